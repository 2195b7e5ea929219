package io.github.argmap.examples.cli;

import java.io.PrintStream;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Says on standard error what long work is doing, once it has run for a second, and only when a
 * person is watching a terminal: scripts and tests see nothing.
 */
final class Progress implements AutoCloseable {
    private static final long DELAY_MS = 1000;
    private final Timer timer;

    private Progress(Timer timer) {
        this.timer = timer;
    }

    static Progress start(PrintStream err, String what) {
        if (System.console() == null || err != Argmap.STDERR) {
            return new Progress(null);
        }
        Timer timer = new Timer("argmap-progress", true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                err.println("argmap: " + what + "…");
            }
        }, DELAY_MS);
        return new Progress(timer);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.cancel();
        }
    }
}
