package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HangGuardTest {

    @Test
    void aCaseThatNeverReturnsFailsTheLoop_namingTheCase() {
        HangGuard guard = new HangGuard(Duration.ofSeconds(5));
        assertThatThrownBy(() -> guard.loop(Duration.ofMillis(300), () -> {
            guard.check("case-1", () -> 1);
            guard.check("case-2", () -> after(Long.MAX_VALUE, 2));
        })).isInstanceOf(AssertionError.class).hasMessageContaining("case-2 hung");
    }

    @Test
    void aSlowCaseFailsWhenItReturns_namingIt() {
        HangGuard guard = new HangGuard(Duration.ofMillis(20));
        assertThatThrownBy(() -> guard.check("slow-7", () -> after(200, 7)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("slow-7 took");
    }

    @Test
    void quickCasesPassTheirResultsThrough() {
        HangGuard guard = new HangGuard(Duration.ofSeconds(5));
        int[] sum = {0};
        guard.loop(Duration.ofSeconds(5), () -> {
            for (int i = 1; i <= 100; i++) {
                int k = i;
                sum[0] += guard.check("case-" + i, () -> k);
            }
        });
        assertThat(sum[0]).isEqualTo(5050);
    }

    /** Returns a value after a pause; the loop's watchdog interrupts a pause that never ends. */
    private static <T> T after(long millis, T value) throws InterruptedException {
        Thread.sleep(millis);
        return value;
    }
}
