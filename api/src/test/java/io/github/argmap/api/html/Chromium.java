package io.github.argmap.api.html;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium driven through the DevTools protocol over a WebSocket, with the JDK's own
 * HTTP client: no Selenium, no driver binary. Test code only.
 */
final class Chromium implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    /** Every message the browser sent, answers and events, in order. */
    private final BlockingQueue<String> source;
    private int nextId = 1;

    private Chromium(Process process, Path profile, WebSocket socket, BlockingQueue<String> source) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        this.source = source;
    }

    /** The browser on the PATH, if any: Debian's {@code chromium}, or Chrome. */
    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts a headless browser with a fresh profile and connects to its one page. */
    static Chromium start(Path browser, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("argmap-chromium-");
        Process process = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--hide-scrollbars", "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                process.destroyForcibly();
                throw new IOException("chromium did not open its DevTools port within " + TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        while (pageSocket == null) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (Object target : (List<?>) Json.parse(list)) {
                Map<?, ?> t = (Map<?, ?>) target;
                if ("page".equals(t.get("type"))) {
                    pageSocket = (String) t.get("webSocketDebuggerUrl");
                }
            }
            if (pageSocket == null) {
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IOException("chromium opened no page");
                }
                Thread.sleep(50);
            }
        }
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    queue.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
        return new Chromium(process, profile, ws, queue);
    }

    /** Sends a command and waits for its answer's {@code result}. */
    Map<?, ?> send(String method, Map<String, Object> params) throws IOException, InterruptedException {
        int id = nextId++;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        socket.sendText(Json.write(message), true).join();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            String text = source.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (text == null) {
                throw new IOException("no answer to " + method + " within " + TIMEOUT.toSeconds() + " s");
            }
            Map<?, ?> answer = (Map<?, ?>) Json.parse(text);
            if (answer.get("id") instanceof Number n && n.intValue() == id) {
                if (answer.containsKey("error")) {
                    throw new IOException(method + " failed: " + answer.get("error"));
                }
                return (Map<?, ?>) answer.get("result");
            }
        }
    }

    /** Opens a page and waits until it has loaded. */
    void open(Path file) throws IOException, InterruptedException {
        send("Page.navigate", Map.of("url", file.toUri().toString()));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!"complete".equals(eval("document.readyState"))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the page did not finish loading");
            }
            Thread.sleep(50);
        }
    }

    /**
     * Evaluates JavaScript in the page.
     *
     * @return the value, as JSON gives it: a String, Number, Boolean, List, Map or null
     * @throws IOException when the script throws
     */
    Object eval(String expression) throws IOException, InterruptedException {
        Map<?, ?> result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.containsKey("exceptionDetails")) {
            throw new IOException("the script threw: " + result.get("exceptionDetails"));
        }
        return ((Map<?, ?>) result.get("result")).get("value");
    }

    /** Clicks with the mouse at a point of the page, as a person would. */
    void click(double x, double y) throws IOException, InterruptedException {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", type);
            p.put("x", x);
            p.put("y", y);
            p.put("button", type.equals("mouseMoved") ? "none" : "left");
            p.put("clickCount", type.equals("mouseMoved") ? 0 : 1);
            send("Input.dispatchMouseEvent", p);
        }
    }

    /** A PNG of what the page shows. */
    void screenshot(Path png) throws IOException, InterruptedException {
        Map<?, ?> shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var walk = Files.walk(profile)) {
            List<Path> all = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // A file the browser still held, or one its helper processes removed while the profile
            // was walked (the walk throws unchecked then): the temporary directory is cleaned by the
            // system, and the test's answer does not depend on it.
        }
    }

    /** Just enough JSON for the DevTools protocol: parse to Map/List/String/Double/Boolean/null, write Maps. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.space();
            if (j.i != text.length()) {
                throw new IllegalArgumentException("trailing text at " + j.i);
            }
            return v;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    space();
                    String k = string();
                    space();
                    i++; // ':'
                    m.put(k, value());
                    space();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    space();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // '"'
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        static String write(Object v) {
            if (v instanceof Map<?, ?> m) {
                StringBuilder b = new StringBuilder("{");
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    b.append(b.length() > 1 ? "," : "").append(write(e.getKey().toString())).append(':').append(write(e.getValue()));
                }
                return b.append('}').toString();
            }
            if (v instanceof String str) {
                StringBuilder b = new StringBuilder("\"");
                for (char c : str.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        b.append('\\').append(c);
                    } else if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
                return b.append('"').toString();
            }
            return String.valueOf(v);
        }
    }
}
