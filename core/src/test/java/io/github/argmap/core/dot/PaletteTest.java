package io.github.argmap.core.dot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {
    /** Okabe and Ito's colours (without black), as published. */
    private static final List<String> OKABE_ITO = List.of(
            "#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#F0E442", "#0072B2", "#D55E00");

    @Test
    void fills_areOkabeItoMixedAQuarterTowardsWhite() {
        for (int i = 0; i < OKABE_ITO.size(); i++) {
            int[] base = rgb(OKABE_ITO.get(i));
            int[] fill = rgb(Palette.FILLS.get(i));
            for (int c = 0; c < 3; c++) {
                // 0.75 * base + 0.25 * 255, rounded either way
                assertThat(fill[c]).as(Palette.FILLS.get(i)).isBetween((int) Math.floor(0.75 * base[c] + 63.75),
                        (int) Math.ceil(0.75 * base[c] + 63.75));
            }
        }
    }

    @Test
    void fills_areDistinctAndLightEnoughForBlackText() {
        // WCAG contrast of black on a colour is (L + 0.05) / 0.05; 4.5 is the AA level for small text.
        for (String fill : Palette.FILLS) {
            assertThat((luminance(fill) + 0.05) / 0.05).as(fill).isGreaterThan(4.5);
        }
        assertThat(new HashSet<>(Palette.FILLS)).hasSize(Palette.SIZE).doesNotContain(Palette.NONE_FILL);
    }

    @Test
    void fill_repeatsAfterThePaletteSize() {
        assertThat(Palette.fill(0)).isEqualTo(Palette.FILLS.get(0));
        assertThat(Palette.fill(Palette.SIZE + 2)).isEqualTo(Palette.fill(2));
    }

    private static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)};
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
