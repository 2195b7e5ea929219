package io.github.argmap.core.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewLayoutTest {
    /**
     * Two sections: in "first", seven reasons without reasons of their own support a1; in
     * "second", b1 supports a1 (across sections) and b2 rebuts b1.
     */
    private static ArgumentMap twoSections() {
        ArgumentMap.Builder b = ArgumentMap.builder().title("two sections")
                .addSection(new Section("first", "First")).addSection(new Section("second", "Second"))
                .addClaim(Claim.of("a1", "The conclusion.").withSection("first"));
        for (int i = 1; i <= 7; i++) {
            b.addClaim(Claim.of("r" + i, "Reason " + i + ".").withSection("first"));
            b.addRelation(Relation.support("r" + i, "a1"));
        }
        return b.addClaim(Claim.of("b1", "Later.").withSection("second"))
                .addClaim(Claim.of("b2", "Objection.").withSection("second"))
                .addRelation(Relation.support("b1", "a1"))
                .addRelation(Relation.rebuttal("b2", "b1"))
                .build();
    }

    @Test
    void argumentNodesAreDrawnInTheirSectionsBoxAndOnlyOnce() {
        ArgumentMap map = twoSections().toBuilder()
                .addArgument(Argument.of("arg-in", "In the second section.").withSection("second"))
                .addArgument(Argument.of("arg-out", "In no section."))
                .addRelation(Relation.support("arg-in", "b1"))
                .addRelation(Relation.support("arg-out", "a1"))
                .build();

        String dot = DotWriter.toDot(map, DotOptions.defaults());

        int open = dot.indexOf("subgraph \"cluster_section_second\" {");
        int close = dot.indexOf("\n  }\n", open);
        assertThat(open).isPositive();
        String box = dot.substring(open, close);
        assertThat(box).contains("\"arg-in\" [shape=\"box\"");
        assertThat(box).doesNotContain("\"arg-out\" [");
        assertThat(dot.split("\"arg-in\" \\[shape", -1)).hasSize(2);
        assertThat(dot.split("\"arg-out\" \\[shape", -1)).hasSize(2);
        // Within its box, the argument's support is ranked like any other; the one from outside is not.
        assertThat(line(dot, "  \"arg-in\" -> \"b1\" [")).doesNotContain("constraint");
        assertThat(line(dot, "  \"arg-out\" -> \"a1\" [")).contains("constraint=\"false\"");
    }

    @Test
    void overview_spreadsManyLeafReasonsOfOneClaimOverThreeRows() {
        String dot = DotWriter.toDot(twoSections(), DotOptions.defaults());
        // The k-th such reason (from 0) goes k mod 3 rows further: minlen 1 (left out), 2, 3, 1, 2, 3, 1.
        for (int i = 1; i <= 7; i++) {
            String edge = line(dot, "  \"r" + i + "\" -> \"a1\" [");
            int row = (i - 1) % 3;
            if (row == 0) {
                assertThat(edge).as("r" + i).doesNotContain("minlen");
            } else {
                assertThat(edge).as("r" + i).contains("minlen=\"" + (row + 1) + "\"");
            }
        }
        assertThat(DotWriter.toDot(twoSections(), DotOptions.builder().layout(Layout.FREE).build()))
                .doesNotContain("minlen", "stack:", "constraint");
    }

    @Test
    void overview_stacksSectionsWithInvisibleEdges_andLeavesCrossSectionEdgesOutOfTheRanking() {
        String dot = DotWriter.toDot(twoSections(), DotOptions.defaults());
        assertThat(dot).contains("  \"stack:0:tail\" -> \"a1\" [style=\"invis\"];\n  \"a1\" -> \"stack:0:head\" [style=\"invis\"];")
                .contains("  \"stack:1:head\" -> \"stack:0:tail\" [style=\"invis\"];");
        assertThat(line(dot, "  \"b1\" -> \"a1\" [")).contains("constraint=\"false\"");
        assertThat(line(dot, "  \"b2\" -> \"b1\" [")).doesNotContain("constraint");
        // Top to bottom the first section still comes first: its head joins the next one's tail.
        assertThat(DotWriter.toDot(twoSections(), DotOptions.builder().rankDir(RankDir.TB).build()))
                .contains("  \"stack:0:head\" -> \"stack:1:tail\" [style=\"invis\"];");
    }

    @Test
    void overview_putsTheFirstSectionAboveTheSecondInThePicture(@TempDir Path dir) throws Exception {
        assumeTrue(Graphviz.isAvailable(), "Graphviz's dot is not on the PATH; CI installs it");
        for (RankDir dir0 : List.of(RankDir.BT, RankDir.TB)) {
            Map<String, Double> y = positions(DotWriter.toDot(twoSections(), DotOptions.builder().rankDir(dir0).build()), dir);
            double lowestOfFirst = Double.MAX_VALUE;
            for (String id : List.of("a1", "r1", "r2", "r3", "r4", "r5", "r6", "r7")) {
                lowestOfFirst = Math.min(lowestOfFirst, y.get(id));
            }
            // Graphviz's plain output measures y upwards.
            assertThat(Math.max(y.get("b1"), y.get("b2"))).as(dir0.name()).isLessThan(lowestOfFirst);
        }
    }

    /** Node centres' y coordinates from {@code dot -Tplain}. */
    private static Map<String, Double> positions(String dot, Path dir) throws IOException, InterruptedException {
        Path in = dir.resolve("g.dot");
        Path out = dir.resolve("g.plain");
        Files.writeString(in, dot, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("dot", "-Tplain", "-o", out.toString(), in.toString()).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Map<String, Double> y = new HashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            if (f[0].equals("node")) {
                y.put(f[1].replace("\"", ""), Double.parseDouble(f[3]));
            }
        }
        return y;
    }

    private static String line(String dot, String start) {
        int i = dot.indexOf(start);
        assertThat(i).as(start).isGreaterThanOrEqualTo(0);
        return dot.substring(i, dot.indexOf('\n', i));
    }
}
