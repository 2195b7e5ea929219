package io.github.argmap.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void twoPlaces_roundsTheShortestDecimalFormHalfUp() {
        assertThat(Decimals.twoPlaces(0.125)).isEqualTo("0.13");
        assertThat(Decimals.twoPlaces(1.005)).isEqualTo("1.01"); // 1.00499999... in binary
        assertThat(Decimals.twoPlaces(0.0)).isEqualTo("0.00");
        assertThat(Decimals.twoPlaces(-0.0)).isEqualTo("-0.00");
        assertThat(Decimals.twoPlaces(-0.001)).isEqualTo("-0.00");
        assertThat(Decimals.twoPlaces(1.0)).isEqualTo("1.00");
        assertThat(Decimals.twoPlaces(1e20)).isEqualTo("100000000000000000000.00");
    }

    @Test
    void twoPlaces_agreesWithTheFormatter() {
        Random random = new Random(20261125);
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            Double.MAX_VALUE, 0.005, 0.015, 0.995, 0.9999999, 2.675, 1e-300, 123456.785};
        for (double x : special) {
            assertThat(Decimals.twoPlaces(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
        }
        for (int i = 0; i < 60_000; i++) {
            // Strengths in [0, 1], values on the rounding edge (k/1000), and any double.
            double x = switch (i % 3) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextInt(200_001) / 1000.0 - 100;
                default -> Double.longBitsToDouble(random.nextLong());
            };
            assertThat(Decimals.twoPlaces(x)).as("seed 20261125, %s", x).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
        }
    }
}
