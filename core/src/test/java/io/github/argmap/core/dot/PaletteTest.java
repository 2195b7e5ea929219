package io.github.argmap.core.dot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.Speaker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void fnv1a_matchesTheReferenceVectors() {
        // From the FNV reference test suite (32-bit FNV-1a).
        assertThat(Palette.fnv1a("")).isEqualTo(0x811C9DC5);
        assertThat(Palette.fnv1a("a")).isEqualTo(0xE40C292C);
        assertThat(Palette.fnv1a("foobar")).isEqualTo(0xBF9CF968);
    }

    @Test
    void assign_givesASpeakerItsPreferredColourInEveryMapWithoutACollision() {
        Speaker alice = Speaker.of("alice", "Alice", "panellist");
        String own = Palette.SPEAKER_FILLS.get(Palette.preferred("alice"));
        assertThat(Palette.assign(List.of(alice))).containsEntry("alice", own);
        Speaker other = firstWithPreferredOtherThan(Palette.preferred("alice"));
        assertThat(Palette.assign(List.of(other, alice))).containsEntry("alice", own);
    }

    @Test
    void assign_movesTheLaterOfTwoCollidingSpeakersToTheNextFreeColour() {
        List<Speaker> same = new ArrayList<>();
        int target = Palette.preferred("s0");
        for (int i = 0; same.size() < 2; i++) {
            if (Palette.preferred("s" + i) == target) {
                same.add(Speaker.of("s" + i, "S" + i, "panellist"));
            }
        }
        Map<String, String> fills = Palette.assign(same);
        int n = Palette.SPEAKER_FILLS.size();
        assertThat(fills.get(same.get(0).id())).isEqualTo(Palette.SPEAKER_FILLS.get(target));
        assertThat(fills.get(same.get(1).id())).isEqualTo(Palette.SPEAKER_FILLS.get((target + 1) % n));
    }

    @Test
    void assign_keepsColoursDistinctUpToThePaletteSizeAndThenFallsBackToThePreferred() {
        int n = Palette.SPEAKER_FILLS.size();
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            speakers.add(Speaker.of("p" + i, "P" + i, "panellist"));
        }
        Map<String, String> fills = Palette.assign(speakers);
        HashSet<String> firstN = new HashSet<>();
        for (int i = 0; i < n; i++) {
            firstN.add(fills.get("p" + i));
        }
        assertThat(firstN).hasSize(n);
        assertThat(fills.get("p" + n)).isEqualTo(Palette.SPEAKER_FILLS.get(Palette.preferred("p" + n)));
    }

    @Test
    void palette_isLightEnoughForBlackText() {
        // WCAG contrast of black on a colour is (L + 0.05) / 0.05; 7 is the AAA level for small text.
        for (String fill : Palette.SPEAKER_FILLS) {
            assertThat((luminance(fill) + 0.05) / 0.05).as(fill).isGreaterThan(7.0);
        }
        assertThat(new HashSet<>(Palette.SPEAKER_FILLS)).hasSize(Palette.SPEAKER_FILLS.size())
                .doesNotContain(Palette.NO_SPEAKER_FILL);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static Speaker firstWithPreferredOtherThan(int index) {
        for (int i = 0; ; i++) {
            if (Palette.preferred("x" + i) != index) {
                return Speaker.of("x" + i, "X" + i, "panellist");
            }
        }
    }
}
