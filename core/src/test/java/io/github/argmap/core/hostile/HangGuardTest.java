package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class HangGuardTest {

    @Test
    void aCaseThatNeverReturnsFailsTheLoop_namingTheCase() {
        HangGuard guard = new HangGuard(Duration.ofSeconds(5));
        CountDownLatch never = new CountDownLatch(1);
        assertThatThrownBy(() -> guard.loop(Duration.ofMillis(300), () -> {
            guard.check("case-1", () -> 1);
            guard.check("case-2", () -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 2;
            });
        })).isInstanceOf(AssertionError.class).hasMessageContaining("case-2 hung");
    }

    @Test
    void aSlowCaseFailsWhenItReturns_namingIt() {
        HangGuard guard = new HangGuard(Duration.ofMillis(20));
        assertThatThrownBy(() -> guard.check("slow-7", () -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 7;
        })).isInstanceOf(AssertionError.class).hasMessageContaining("slow-7 took");
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
}
