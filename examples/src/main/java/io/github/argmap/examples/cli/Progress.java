package io.github.argmap.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Says on standard error what long work is doing, once it has run for a second, and only when a
 * person is watching: standard error is a terminal, and neither {@code CI} is set nor
 * {@code TERM=dumb}. Pipes, files, tests and CI logs see nothing.
 *
 * <p>The line shows the seconds elapsed, rewritten in place each second, and is erased when the
 * work ends, so what the command prints afterwards starts on a clean line.
 *
 * <pre>{@code
 * try (Progress p = Progress.start(top.err, "rendering panel.png with Graphviz")) {
 *     Graphviz.render(dot, target, "png");
 * }
 * }</pre>
 */
final class Progress implements AutoCloseable {
    private static final long DELAY_MS = 1000;
    private final Timer timer;
    private final PrintStream err;
    private volatile boolean shown;

    private Progress(Timer timer, PrintStream err) {
        this.timer = timer;
        this.err = err;
    }

    /**
     * Starts watching a piece of work.
     *
     * @param err standard error; progress is only ever shown on the process's own
     * @param what what is being done, such as {@code reading big.json}
     * @return a handle to close when the work ends
     */
    static Progress start(PrintStream err, String what) {
        return start(err, what, err == Argmap.STDERR && watched(), DELAY_MS);
    }

    /** Starts watching; tests pass {@code interactive} and a short delay. */
    static Progress start(PrintStream err, String what, boolean interactive, long delayMs) {
        if (!interactive) {
            return new Progress(null, err);
        }
        Timer timer = new Timer("argmap-progress", true);
        long started = System.nanoTime();
        Progress progress = new Progress(timer, err);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                long seconds = (System.nanoTime() - started) / 1_000_000_000L;
                synchronized (err) {
                    err.print("\rargmap: " + what + "\u2026 " + seconds + " s\u001B[K");
                    err.flush();
                }
                progress.shown = true;
            }
        }, delayMs, 1000);
        return progress;
    }

    /** Whether a person watches standard error: a terminal, outside CI, not a dumb terminal. */
    static boolean watched() {
        String ci = System.getenv("CI");
        if (ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false")) {
            return false;
        }
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        return stderrIsTerminal();
    }

    /**
     * Whether file descriptor 2 is a terminal. Java cannot ask isatty(2); on Linux the
     * descriptor's link names the device, elsewhere a console (standard input and output both
     * terminals) is the nearest sign.
     */
    private static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString().toLowerCase(Locale.ROOT);
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // fall through to the console
        }
        return System.console() != null;
    }

    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.cancel();
        if (shown) {
            synchronized (err) {
                err.print("\r\u001B[K"); // erase the progress line
                err.flush();
            }
        }
    }
}
