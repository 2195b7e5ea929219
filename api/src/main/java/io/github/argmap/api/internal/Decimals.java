package io.github.argmap.api.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers written with two decimals, as {@code String.format(Locale.ROOT, "%.2f", x)} writes them.
 *
 * <p>Every claim's strength in a diagram or a summary is written this way; a {@link
 * java.util.Formatter} parses its pattern on every call, which was most of writing the summary
 * of a large map. Both round the shortest decimal form of the double half up.
 *
 * <p>api's own copy of core's class of the same name: core exports no internal package, so api
 * keeps the few helpers it shares with core's writers. The summary golden files (RenderTest) pin
 * that both still write the same layout.
 */public final class Decimals {
    private Decimals() {}

    /**
     * Writes a number with exactly two decimals.
     *
     * @param x any double
     * @return what {@code String.format(Locale.ROOT, "%.2f", x)} returns
     */
    public static String twoPlaces(double x) {
        if (!Double.isFinite(x)) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        // BigDecimal has no negative zero; the formatter keeps the sign of -0.0 and of -0.001.
        String sign = Double.doubleToRawLongBits(x) < 0 ? "-" : "";
        return sign + BigDecimal.valueOf(Math.abs(x)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
