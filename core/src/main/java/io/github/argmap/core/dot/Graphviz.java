package io.github.argmap.core.dot;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders DOT files to pictures with Graphviz's {@code dot} program, when it is installed.
 *
 * <p>A render fails with an {@link IOException} on a non-zero exit, on any output to standard
 * error (Graphviz reports problems such as a font it lacks or a broken label as warnings and still
 * exits with 0, so a warning is treated as a failure), and when {@code dot} runs longer than the
 * timeout, after which it is killed. The picture is written atomically: a failed render leaves the
 * previous file untouched.
 *
 * <pre>{@code
 * if (Graphviz.isAvailable()) {
 *     Graphviz.render(Path.of("panel.dot"), Path.of("panel.svg"), "svg");
 * }
 * }</pre>
 */
public final class Graphviz {
    /** The formats {@link #render} accepts. */
    public static final List<String> FORMATS = List.of("svg", "png", "pdf");
    /** How long a render may take by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    /** Warnings are short; anything past this is cut, so a flood of them cannot fill the memory. */
    private static final int MAX_STDERR = 64 * 1024;

    private Graphviz() {}

    /**
     * Tells whether {@code dot} is on the PATH.
     *
     * @return {@code true} when an executable {@code dot} lies in a directory of the PATH
     */
    public static boolean isAvailable() {
        return findDot().isPresent();
    }

    /**
     * Renders a DOT file, waiting at most {@link #DEFAULT_TIMEOUT}.
     *
     * @param dotFile the DOT file
     * @param output the picture to create or replace
     * @param outputFormat {@code svg}, {@code png} or {@code pdf}
     * @throws IOException when {@code dot} is missing, fails, warns or times out; the message
     *     carries what it printed
     * @throws IllegalArgumentException when the format is not one of {@link #FORMATS}
     */
    public static void render(Path dotFile, Path output, String outputFormat) throws IOException {
        render(dotFile, output, outputFormat, DEFAULT_TIMEOUT);
    }

    /**
     * Renders a DOT file.
     *
     * @param dotFile the DOT file
     * @param output the picture to create or replace
     * @param outputFormat {@code svg}, {@code png} or {@code pdf}
     * @param timeout how long {@code dot} may run before it is killed
     * @throws IOException when {@code dot} is missing, fails, warns or times out
     * @throws IllegalArgumentException when the format is not one of {@link #FORMATS}
     */
    public static void render(Path dotFile, Path output, String outputFormat, Duration timeout) throws IOException {
        Path dot = findDot().orElseThrow(() -> new IOException(
                format(Messages.DOT_NOT_FOUND, Objects.toString(System.getenv("PATH"), ""))));
        render(dot.toString(), dotFile, output, outputFormat, timeout);
    }

    /** Runs a given executable; tests pass stand-ins for {@code dot} that hang or misbehave. */
    static void render(String executable, Path dotFile, Path output, String outputFormat, Duration timeout)
            throws IOException {
        Objects.requireNonNull(dotFile, "dotFile");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(timeout, "timeout");
        String fmt = Objects.requireNonNull(outputFormat, "outputFormat").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(fmt)) {
            throw new IllegalArgumentException(format(Messages.DOT_UNKNOWN_FORMAT, outputFormat, String.join(", ", FORMATS)));
        }
        Path picture = Files.createTempFile("argmap-dot-", "." + fmt);
        try {
            run(executable, fmt, dotFile, picture, timeout);
            AtomicFiles.write(output, out -> Files.copy(picture, out));
        } finally {
            Files.deleteIfExists(picture);
        }
    }

    private static void run(String executable, String fmt, Path dotFile, Path picture, Duration timeout)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(executable, "-T" + fmt, "-o", picture.toString(), dotFile.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        // Read standard error while dot runs: a full pipe would block dot and so this method.
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> drain(process.getErrorStream(), stderr), "argmap-dot-stderr");
        drain.setDaemon(true);
        drain.start();
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            drain.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for dot", e);
        }
        String errors;
        synchronized (stderr) {
            errors = stderr.toString(StandardCharsets.UTF_8).strip();
        }
        if (!finished) {
            throw new IOException(format(Messages.DOT_TIMED_OUT, fmt, dotFile, timeout.toSeconds()));
        }
        if (process.exitValue() != 0) {
            throw new IOException(format(Messages.DOT_FAILED, fmt, dotFile, process.exitValue(),
                    errors.isEmpty() ? "(no message)" : errors));
        }
        if (!errors.isEmpty()) {
            throw new IOException(format(Messages.DOT_WARNED, fmt, dotFile, errors));
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream sink) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (sink) {
                    int room = MAX_STDERR - sink.size();
                    if (room > 0) {
                        sink.write(buffer, 0, Math.min(n, room));
                    }
                }
            }
        } catch (IOException e) {
            // The pipe closes when dot is killed; what was read so far is the message.
        }
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }

    private static Optional<Path> findDot() {
        String path = System.getenv("PATH");
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        boolean windows = File.separatorChar == '\\';
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : windows ? List.of("dot.exe", "dot.bat", "dot") : List.of("dot")) {
                try {
                    Path candidate = Path.of(dir, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                } catch (InvalidPathException e) {
                    break; // a malformed PATH entry holds no dot
                }
            }
        }
        return Optional.empty();
    }
}
