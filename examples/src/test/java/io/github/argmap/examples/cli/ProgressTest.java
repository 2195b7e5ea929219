package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void notWatched_printsNothingHoweverLongTheWork() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress p = Progress.start(err, "rendering", false, 1);
        try {
            Thread.sleep(50);
        } finally {
            p.close();
        }
        assertThat(bytes.size()).isZero();
    }

    @Test
    void watched_saysWhatItDoesAfterTheDelay_andErasesTheLineAtTheEnd() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress p = Progress.start(err, "rendering x.png", true, 1);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (bytes.size() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        p.close();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\rargmap: rendering x.png\u2026 0 s\u001B[K").endsWith("\r\u001B[K");
    }

    @Test
    void watched_quickWorkPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress.start(err, "reading", true, 60_000).close();
        assertThat(bytes.size()).isZero();
    }

    @Test
    void theProcessItself_isNotWatchedInCiOrInTests() {
        // Under surefire standard error is a pipe to the plugin, and CI sets CI=true.
        assertThat(Progress.watched()).isFalse();
    }
}
