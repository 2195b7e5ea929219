package io.github.argmap.core.dot;

import io.github.argmap.core.Relation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Status;
import io.github.argmap.core.seeds.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diagram the writer makes goes through Graphviz with no error and no warning, and the
 * picture holds the texts as written.
 */
class DotRenderingTest {
    private static final String NO_DOT = "Graphviz's dot is not on the PATH; CI installs it";

    /** Every layout option on its own, and the filters and the overlay with clusters. */
    static Map<String, DotOptions> layouts(ArgumentMap map) {
        Map<String, DotOptions> all = new LinkedHashMap<>();
        for (Cluster cluster : Cluster.values()) {
            for (RankDir dir : RankDir.values()) {
                all.put(cluster + "-" + dir, DotOptions.builder().cluster(cluster).rankDir(dir).build());
            }
        }
        for (Cluster cluster : Cluster.values()) {
            all.put(cluster + "-free", DotOptions.builder().cluster(cluster).layout(Layout.FREE).build());
        }
        List<Claim> claims = map.claims();
        all.put("by-section", DotOptions.builder().coloring(Coloring.bySection(map)).subtitle("a \"part\"").build());
        all.put("by-tag", DotOptions.builder().coloring(Coloring.byTag(map)).cluster(Cluster.SPEAKER).build());
        Map<String, Status> status = new HashMap<>();
        Map<String, Double> strength = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            status.put(claims.get(i).id(), Status.values()[i % 3]);
            strength.put(claims.get(i).id(), i / (double) claims.size());
        }
        all.put("status", DotOptions.builder().status(status).strength(strength).cluster(Cluster.SECTION).build());
        all.put("by-status", DotOptions.builder().status(status).coloring(Coloring.byStatus(status)).build());
        all.put("no-legend", DotOptions.builder().legend(false).wrapWidth(20).build());
        return all;
    }

    private static Map<String, String> renderAll(ArgumentMap map, Path dir) throws IOException {
        Map<String, String> svgs = new LinkedHashMap<>();
        for (Map.Entry<String, DotOptions> e : layouts(map).entrySet()) {
            Path dot = dir.resolve(e.getKey() + ".dot");
            Path svg = dir.resolve(e.getKey() + ".svg");
            DotWriter.write(map, e.getValue(), dot);
            Graphviz.render(dot, svg, "svg"); // throws on any warning
            svgs.put(e.getKey(), Files.readString(svg, StandardCharsets.UTF_8));
        }
        return svgs;
    }

    @Test
    void townHall_rendersCleanlyInEveryLayout(@TempDir Path dir) throws IOException {
        assumeTrue(Graphviz.isAvailable(), NO_DOT);
        Map<String, String> svgs = renderAll(DotFixtures.townHall(), dir);
        assertThat(svgs).hasSize(20);
        for (Map.Entry<String, String> e : svgs.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).contains("Should Riverton introduce a congestion charge?");
        }
        assertThat(svgs.get("NONE-BT")).contains("Siobhán Brennan", "Riverton should charge cars £8 a", ">supports<",
                "class=\"edge support\"", "class=\"edge rebuttal\"");
        assertThat(svgs.get("SECTION-LR")).contains(">Opening statements<", ">Questions from the floor<");
        assertThat(svgs.get("status")).contains("✓ accepted", "✗ rejected", "? undecided");
        assertThat(svgs.get("no-legend")).doesNotContain("Legend");
        assertEveryClaimAndRelationDrawn(DotFixtures.townHall(), svgs, dir);
    }

    @Test
    void adversarialTexts_renderCleanlyAndComeOutAsWritten(@TempDir Path dir) throws IOException {
        assumeTrue(Graphviz.isAvailable(), NO_DOT);
        Map<String, String> svgs = renderAll(DotFixtures.adversarial(), dir);
        for (Map.Entry<String, String> e : svgs.entrySet()) {
            // Graphviz writes SVG text escaped for XML: "<b>" as &lt;b&gt;, a user's "&amp;" as &amp;amp;.
            assertThat(e.getValue()).as(e.getKey())
                    .contains("Adversarial &quot;map&quot; \\ &lt;b&gt;not bold&lt;/b&gt; &amp; {braces} | Türkiye €")
                    .doesNotContain("<b>", "<i>", "\u0001");
        }
        String svg = svgs.get("SECTION-BT");
        assertThat(svg).contains("She said &quot;no&quot; and left \\ twice\\", ">Line one<", ">line two<",
                "Tab here, &lt;b&gt;not bold&lt;/b&gt; &amp;amp;", "not an entity, &amp;#64; neither",
                "Braces {} and bars | and", "Türkiye, Gürsoy, € 5, £ 3, 🙂 and", "Yaprak Gürsoy",
                "Graphviz escapes \\N \\G \\L \\E \\T \\H", "Control \uFFFD and lone \uFFFD surrogate",
                "Türkiye &amp; the EU: &lt;draft&gt; &quot;one&quot;", "newlines {x|y} \\N",
                "He said &quot;hi&quot; \\ &lt;i&gt;", "quoted, A &amp; B &lt;Ltd&gt; &quot;x&quot;",
                DotFixtures.LONG_WORD.substring(34, 68));
        assertEveryClaimAndRelationDrawn(DotFixtures.adversarial(), svgs, dir);
        // The tooltip of an edge keeps its quotes, backslash and line break.
        assertThat(svg).contains("q2 supports q1&#10;note with &quot;quotes&quot; \\ and&#10;newline");
    }

    @Test
    void panelMap_rendersCleanlyInEveryLayout(@TempDir Path dir) throws IOException {
        assumeTrue(Graphviz.isAvailable(), NO_DOT);
        assumeTrue(Seeds.class.getResource(Seeds.PANEL_MAP) != null, "the panel map " + Seeds.PANEL_MAP + " is not bundled yet");
        ArgumentMap panel = Seeds.panel();
        assertEveryClaimAndRelationDrawn(panel, renderAll(panel, dir), dir);
    }

    /**
     * The issue's size rule for the default picture of a large map: at most 8,000 pixels wide at
     * Graphviz's default 96 dpi (6,000 points) and at most three times as wide as high. The whole
     * panel used to be a 16,400 by 1,984 pixel strip.
     */
    @Test
    void panelMap_defaultPictureFitsAScreenOrAPage(@TempDir Path dir) throws IOException {
        assumeTrue(Graphviz.isAvailable(), NO_DOT);
        ArgumentMap panel = Seeds.panel();
        Path dot = dir.resolve("panel.dot");
        Path svg = dir.resolve("panel.svg");
        DotWriter.write(panel, DotOptions.defaults(), dot);
        Graphviz.render(dot, svg, "svg");
        Matcher size = Pattern.compile("<svg width=\"(\\d+)pt\" height=\"(\\d+)pt\"")
                .matcher(Files.readString(svg, StandardCharsets.UTF_8));
        assertThat(size.find()).isTrue();
        double widthPx = Integer.parseInt(size.group(1)) * 96 / 72.0;
        double heightPx = Integer.parseInt(size.group(2)) * 96 / 72.0;
        assertThat(widthPx).isLessThanOrEqualTo(8_000);
        assertThat(widthPx).isLessThanOrEqualTo(3 * heightPx);
    }

    /**
     * Undercuts, linked premises and arguments render in every layout with no Graphviz warning: the
     * joining dots, the undercut ending at the dot of the relation it attacks, the argument boxes and
     * the legend rows that explain them.
     */
    @Test
    void structuredMap_rendersUndercutsLinkedPremisesAndArgumentsInEveryLayout(@TempDir Path dir) throws IOException {
        assumeTrue(Graphviz.isAvailable(), NO_DOT);
        ArgumentMap map = io.github.argmap.core.format.StructuredMaps.bridge();
        Map<String, String> svgs = renderAll(map, dir);
        for (Map.Entry<String, String> e : svgs.entrySet()) {
            String svg = e.getValue();
            // Four relations go through a dot: r1 (linked, undercut), r-cost (undercut), u-other (undercut), r5 (linked).
            for (String dot : List.of("relation:r1", "relation:r&#45;cost", "relation:u&#45;other", "relation:r5")) {
                assertThat(svg).as(e.getKey()).contains("<title>" + dot + "</title>");
            }
            // The undercut of r1 ends at r1's dot; "fixed" undercuts u-other at its dot.
            assertThat(svg).as(e.getKey()).contains("<title>relation:u&#45;other&#45;&gt;relation:r1</title>",
                    "<title>fixed&#45;&gt;relation:u&#45;other</title>", "class=\"edge undercut\"", ">Safety argument<");
            if (!e.getKey().equals("no-legend")) {
                assertThat(svg).as(e.getKey()).contains(">undercuts<", ">premises joined<", ">argument<");
            }
        }
    }

    /** The unfiltered SVGs hold one node per claim plus the legend, and the DOT every relation. */
    private static void assertEveryClaimAndRelationDrawn(ArgumentMap map, Map<String, String> svgs, Path dir)
            throws IOException {
        for (String layout : List.of("NONE-BT", "SECTION-BT", "SPEAKER-LR")) {
            String svg = svgs.get(layout);
            List<String> missing = new ArrayList<>();
            for (Claim claim : map.claims()) {
                // Graphviz writes a node's name as its SVG title, with '-' as &#45;.
                if (!svg.contains("<title>" + claim.id().replace("-", "&#45;") + "</title>")) {
                    missing.add(claim.id());
                }
            }
            assertThat(missing).as(layout + ": claims without a node in the SVG").isEmpty();
            // A relation drawn through a joining dot (linked, or undercut) adds the dot and one line per premise.
            List<Relation> joined = map.relations().stream()
                    .filter(r -> r.isLinked() || !map.undercutsOf(map.idOf(r)).isEmpty()).toList();
            int premiseLines = joined.stream().mapToInt(r -> r.from().size()).sum();
            assertThat(svg.split("class=\"node\"", -1)).as(layout).hasSize(map.claims().size() + 2 + joined.size());
            assertThat(svg.split("class=\"edge ", -1)).as(layout).hasSize(map.relations().size() + 1 + premiseLines);
            assertThat(Imported.read(Files.readString(dir.resolve(layout + ".dot"))).relations())
                    .isEqualTo(Imported.expected(map).relations());
        }
    }
}
