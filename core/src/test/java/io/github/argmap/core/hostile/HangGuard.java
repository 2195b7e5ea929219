package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A hang guard for a loop of many small cases: one watchdog thread for the whole loop rather
 * than one per case. JUnit's {@code assertTimeoutPreemptively} starts a thread on every call, and
 * around each of a fuzzer's reads that cost more than the reads themselves
 * ({@link FormatMutationFuzzTest}: 13.0 s with a thread per case, 3.5 s without).
 *
 * <p>A case that never returns is caught by the loop's time limit, and the failure names the case
 * it was in; a case that returns but took longer than the per-case limit fails when it returns,
 * named too. So a reader that hangs, or is merely very slow on one input, is still found.
 */
final class HangGuard {
    private final Duration perCase;
    private volatile String current = "(before the first case)";

    /**
     * A guard whose cases may each take up to {@code perCase}.
     *
     * @param perCase the longest one case may take
     */
    HangGuard(Duration perCase) {
        this.perCase = perCase;
    }

    /**
     * Runs a loop of cases, failing, with the name of the case it was in, if it outlasts
     * {@code total}.
     *
     * @param total the longest the whole loop may take
     * @param loop the loop, whose cases go through {@link #check}
     */
    void loop(Duration total, Executable loop) {
        assertTimeoutPreemptively(total, loop, () -> current + " hung (the loop outlasted " + total + ")");
    }

    /**
     * Runs one case, naming it for the loop's failure message, and fails if it took too long.
     *
     * @param name the case's name, with what is needed to reproduce it (a seed, a length)
     * @param body the case
     * @param <T> what the case returns
     * @return what it returned
     */
    <T> T check(String name, ThrowingSupplier<T> body) {
        current = name;
        long start = System.nanoTime();
        T result;
        try {
            result = body.get();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new AssertionError(name + ": " + e, e);
        }
        long took = System.nanoTime() - start;
        if (took > perCase.toNanos()) {
            fail("%s took %d ms, more than the %d ms a case may take", name, took / 1_000_000, perCase.toMillis());
        }
        return result;
    }
}
