package io.github.argmap.core.dot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColoringTest {
    private static final ArgumentMap TOWN = DotFixtures.townHall();

    @Test
    void bySection_givesSectionsColoursInOrder_andTheLegendListsOnlyThoseDrawn() {
        Coloring c = Coloring.bySection(TOWN);
        assertThat(c.heading()).isEqualTo("Section");
        assertThat(c.fill(TOWN.requireClaim("c1"))).isEqualTo(Palette.FILLS.get(0));
        assertThat(c.fill(TOWN.requireClaim("c9"))).isEqualTo(Palette.FILLS.get(1));
        assertThat(c.fill(TOWN.requireClaim("c25"))).isEqualTo(Palette.NONE_FILL);
        List<String> labels = c.legend(List.of(TOWN.requireClaim("c9"), TOWN.requireClaim("c25")))
                .stream().map(Coloring.Entry::label).toList();
        assertThat(labels).containsExactly("What it does to the economy", "no section");
    }

    @Test
    void byTag_colorsEachClaimByItsMostUsedTag() {
        ArgumentMap map = ArgumentMap.builder()
                .addClaim(Claim.of("a", "A.").withTags(List.of("rare", "common")))
                .addClaim(Claim.of("b", "B.").withTags(List.of("common")))
                .addClaim(Claim.of("c", "C.").withTags(List.of("common", "middle")))
                .addClaim(Claim.of("d", "D.").withTags(List.of("middle")))
                .addClaim(Claim.of("e", "E."))
                .build();
        Coloring c = Coloring.byTag(map);
        // common: 3 claims, middle: 2, rare: 1.
        assertThat(c.entry(map.requireClaim("a")).key()).isEqualTo("common");
        assertThat(c.entry(map.requireClaim("c")).key()).isEqualTo("common");
        assertThat(c.entry(map.requireClaim("d")).key()).isEqualTo("middle");
        assertThat(c.fill(map.requireClaim("d"))).isEqualTo(Palette.FILLS.get(1));
        assertThat(c.fill(map.requireClaim("e"))).isEqualTo(Palette.NONE_FILL);
        assertThat(c.legend(map.claims()).stream().map(Coloring.Entry::label))
                .containsExactly("common", "middle", "no tag");
    }

    @Test
    void byTag_groupsTagsBeyondTheSeventhAsOther() {
        ArgumentMap.Builder b = ArgumentMap.builder();
        List<String> tags = new ArrayList<>();
        // tag t0 on 10 claims, t1 on 9, ... t9 on 1: t7, t8, t9 are beyond the seventh.
        int n = 0;
        for (int t = 0; t < 10; t++) {
            tags.add("t" + t);
            for (int k = 0; k < 10 - t; k++) {
                b.addClaim(Claim.of("c" + n++, "C.").withTags(List.of("t" + t)));
            }
        }
        ArgumentMap map = b.build();
        Coloring c = Coloring.byTag(map);
        assertThat(c.entry(map.requireClaim("c0")).label()).isEqualTo("t0");
        Claim lastTagged = map.claims().get(n - 1); // t9
        assertThat(c.entry(lastTagged).label()).isEqualTo("other tags");
        assertThat(c.entry(lastTagged).details()).isEqualTo("3 less used tags");
        assertThat(c.legend(map.claims())).hasSize(8);
    }

    @Test
    void byStatus_usesGreenVermillionAndGrey_andMarksTheLegendWithTheSigns() {
        Coloring c = Coloring.byStatus(Map.of("c1", Status.ACCEPTED, "c6", Status.REJECTED));
        assertThat(c.fill(TOWN.requireClaim("c1"))).isEqualTo(Palette.ACCEPTED_FILL);
        assertThat(c.fill(TOWN.requireClaim("c6"))).isEqualTo(Palette.REJECTED_FILL);
        assertThat(c.fill(TOWN.requireClaim("c2"))).isEqualTo(Palette.NONE_FILL);
        assertThat(c.legend(TOWN.claims()).stream().map(Coloring.Entry::label))
                .containsExactly("\u2713 accepted", "\u2717 rejected", "no status");
    }

    @Test
    void theLegendSaysWhatTheColoursMean() {
        String dot = DotWriter.toDot(TOWN, DotOptions.builder().coloring(Coloring.bySection(TOWN)).build());
        assertThat(dot).contains("<I>Colour: Section</I>", "Opening statements");
    }
}
