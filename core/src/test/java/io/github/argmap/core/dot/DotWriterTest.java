package io.github.argmap.core.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Status;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotWriterTest {
    private static final ArgumentMap TOWN = DotFixtures.townHall();
    private static final Pattern NODE_LINE = Pattern.compile("^\\s+\"([^\"]+)\" \\[label=", Pattern.MULTILINE);
    private static final Pattern EDGE_LINE = Pattern.compile("^\\s+\"([^\"]+)\" -> \"([^\"]+)\" \\[class=\"(\\w+)\"", Pattern.MULTILINE);

    private static List<String> nodeIds(String dot) {
        List<String> ids = new ArrayList<>();
        Matcher m = NODE_LINE.matcher(dot);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static List<String> edgeLines(String dot) {
        List<String> edges = new ArrayList<>();
        Matcher m = EDGE_LINE.matcher(dot);
        while (m.find()) {
            edges.add(m.group(1) + " -> " + m.group(2) + " : " + m.group(3));
        }
        return edges;
    }

    private static List<String> ids(String... ids) {
        return List.of(ids);
    }

    @Test
    void toDot_drawsEveryClaimAndRelationInMapOrder() {
        String dot = DotWriter.toDot(TOWN, DotOptions.defaults());
        Imported expected = Imported.expected(TOWN);
        assertThat(Imported.read(dot)).isEqualTo(expected);
        assertThat(nodeIds(dot)).isEqualTo(expected.claims());
        assertThat(edgeLines(dot)).isEqualTo(expected.relations());
    }

    @Test
    void toDot_importsBackToTheMapInEveryLayout() {
        for (Cluster cluster : Cluster.values()) {
            for (RankDir rankDir : RankDir.values()) {
                DotOptions options = DotOptions.builder().cluster(cluster).rankDir(rankDir).build();
                for (ArgumentMap map : List.of(TOWN, DotFixtures.adversarial())) {
                    Imported read = Imported.read(DotWriter.toDot(map, options));
                    Imported expected = Imported.expected(map);
                    assertThat(read.claims()).as(cluster + " " + rankDir).containsExactlyInAnyOrderElementsOf(expected.claims());
                    assertThat(read.relations()).as(cluster + " " + rankDir).isEqualTo(expected.relations());
                }
            }
        }
    }

    @Test
    void toDot_isByteIdenticalForEqualInputs() {
        Map<String, Status> hashed = new HashMap<>();
        Map<String, Status> sorted = new TreeMap<>();
        Map<String, Status> reversed = new LinkedHashMap<>();
        List<Claim> claims = TOWN.claims();
        for (int i = 0; i < claims.size(); i++) {
            Status s = Status.values()[i % 3];
            hashed.put(claims.get(i).id(), s);
            sorted.put(claims.get(i).id(), s);
        }
        for (int i = claims.size() - 1; i >= 0; i--) {
            reversed.put(claims.get(i).id(), Status.values()[i % 3]);
        }
        String first = DotWriter.toDot(TOWN, DotOptions.builder().cluster(Cluster.SECTION).status(hashed).build());
        String second = DotWriter.toDot(DotFixtures.townHall(), DotOptions.builder().cluster(Cluster.SECTION).status(sorted).build());
        String third = DotWriter.toDot(TOWN, DotOptions.builder().cluster(Cluster.SECTION).status(reversed).build());
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
    }

    @Test
    void sectionClusters_holdTheirClaimsInSectionOrder() {
        String dot = DotWriter.toDot(TOWN, DotOptions.builder().cluster(Cluster.SECTION).build());
        int opening = dot.indexOf("subgraph \"cluster_section_opening\" {");
        int economy = dot.indexOf("subgraph \"cluster_section_economy\" {");
        int questions = dot.indexOf("subgraph \"cluster_section_questions\" {");
        assertThat(opening).isPositive().isLessThan(economy);
        assertThat(economy).isLessThan(questions);
        assertThat(nodeIds(block(dot, opening))).containsExactly("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8");
        assertThat(nodeIds(block(dot, economy))).containsExactly("c9", "c10", "c11", "c12", "c13", "c14", "c15", "c16");
        assertThat(nodeIds(block(dot, questions)))
                .containsExactly("c17", "c18", "c19", "c20", "c21", "c22", "c23", "c24");
        // c25 has no section: drawn after the clusters, outside all of them.
        assertThat(nodeIds(dot)).endsWith("c25");
        assertThat(dot).contains("label=<<B>What it does to the economy</B>>");
    }

    @Test
    void speakerClusters_holdTheirClaimsInSpeakerOrder() {
        String dot = DotWriter.toDot(TOWN, DotOptions.builder().cluster(Cluster.SPEAKER).build());
        List<Integer> starts = new ArrayList<>();
        for (String speaker : ids("okafor", "lindqvist", "brennan", "moreau")) {
            starts.add(dot.indexOf("subgraph \"cluster_speaker_" + speaker + "\" {"));
        }
        assertThat(starts).isSorted().allMatch(i -> i > 0);
        assertThat(nodeIds(block(dot, starts.get(0))))
                .containsExactly("c1", "c2", "c3", "c12", "c14", "c18", "c22");
        assertThat(nodeIds(block(dot, starts.get(3)))).containsExactly("c17", "c19", "c21");
        assertThat(dot).contains("label=<<B>Mayor Ada Okafor</B>>");
    }

    @Test
    void clusters_leaveOutGroupsWithNothingDrawn() {
        // Within 1 step of c21 lie c21 and c22 (both in "questions").
        String dot = DotWriter.toDot(only(TOWN, "c21", "c22"), DotOptions.builder().cluster(Cluster.SECTION).build());
        assertThat(dot).contains("cluster_section_questions").doesNotContain("cluster_section_opening")
                .doesNotContain("cluster_section_economy");
    }

    @Test
    void noClusters_writesNoSubgraph() {
        assertThat(DotWriter.toDot(TOWN, DotOptions.builder().cluster(Cluster.NONE).build())).doesNotContain("subgraph", "stack:");
    }

    /** The text of a subgraph from its start to its closing brace. */
    private static String block(String dot, int start) {
        return dot.substring(start, dot.indexOf("\n  }\n", start));
    }

    @Test
    void rankDir_isBottomToTopByDefaultAndAsChosen() {
        assertThat(DotWriter.toDot(TOWN, DotOptions.defaults())).contains("rankdir=\"BT\"");
        for (RankDir dir : RankDir.values()) {
            assertThat(DotWriter.toDot(TOWN, DotOptions.builder().rankDir(dir).build()))
                    .contains("rankdir=\"" + dir.name() + "\"");
        }
    }

    @Test
    void subtitle_isShownEscapedUnderTheTitle() {
        String dot = DotWriter.toDot(TOWN, DotOptions.builder().subtitle("claims near <c6> & \"c7\"").build());
        assertThat(dot).contains("<BR/><FONT POINT-SIZE=\"13\">claims near &lt;c6&gt; &amp; &quot;c7&quot;</FONT>");
        assertThat(DotWriter.toDot(TOWN, DotOptions.defaults())).doesNotContain("POINT-SIZE=\"13\"");
    }

    @Test
    void aSubMap_isDrawnWhole_withNothingAdded() {
        // Tagged "evidence": c4, c9, c10, c21; between them only c10 supports c9.
        String dot = DotWriter.toDot(only(TOWN, "c4", "c9", "c10", "c21"), DotOptions.defaults());
        assertThat(Imported.read(dot)).isEqualTo(new Imported(ids("c4", "c9", "c10", "c21"), ids("c10 -> c9 : support")));
    }

    /**
     * The claims with these ids, the relations among them, and the speakers and sections they
     * use: the sub-map the traversal API gives, built here by hand because core cannot use api.
     */
    static ArgumentMap only(ArgumentMap map, String... ids) {
        Set<String> keep = Set.of(ids);
        ArgumentMap.Builder b = ArgumentMap.builder().title(map.title());
        Set<String> speakers = new HashSet<>();
        Set<String> sections = new HashSet<>();
        for (Claim c : map.claims()) {
            if (keep.contains(c.id())) {
                b.addClaim(c);
                c.speaker().ifPresent(speakers::add);
                c.section().ifPresent(sections::add);
            }
        }
        map.speakers().stream().filter(s -> speakers.contains(s.id())).forEach(b::addSpeaker);
        map.sections().stream().filter(s -> sections.contains(s.id())).forEach(b::addSection);
        map.relations().stream().filter(r -> keep.containsAll(r.from()) && keep.contains(r.to())).forEach(b::addRelation);
        return b.build();
    }

    @Test
    void node_showsTextWrappedSpeakerInSmallTypeAndIdAsTooltip() {
        String dot = DotWriter.toDot(TOWN, DotOptions.defaults());
        // "Riverton should charge cars £8 a day to enter the old town." at 34: "Riverton should charge cars £8 a"
        // is 32 characters, adding " day" would make 36.
        assertThat(dot).contains("\"c1\" [label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
                + "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">Riverton should charge cars £8 a<BR/>day to enter the old town.</TD></TR>"
                + "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#333333\"><I>Mayor Ada Okafor</I></FONT></TD></TR>"
                + "</TABLE>>, tooltip=\"c1\", fillcolor=\"");
        assertThat(dot).contains("\"c1\" [").contains("shape=\"box\", style=\"rounded,filled\"");
    }

    @Test
    void wrapWidth_changesWhereLinesBreak() {
        String dot = DotWriter.toDot(only(TOWN, "c1"), DotOptions.builder().wrapWidth(20).build());
        // At 20: "Riverton should" (15) + " charge" = 22; "charge cars £8 a day" (20); "to enter the old" (16)
        // + " town." = 22; "town."
        assertThat(dot).contains(">Riverton should<BR/>charge cars £8 a day<BR/>to enter the old<BR/>town.</TD>");
    }

    @Test
    void speakers_takeThePalettesColoursInMapOrder_andKeepThemInAPartColouredByTheWhole() {
        // okafor, lindqvist, brennan, moreau: the first four Okabe-Ito fills.
        Map<String, String> fills = Map.of("okafor", Palette.FILLS.get(0), "lindqvist", Palette.FILLS.get(1),
                "brennan", Palette.FILLS.get(2), "moreau", Palette.FILLS.get(3));
        String full = DotWriter.toDot(TOWN, DotOptions.defaults());
        for (Claim claim : TOWN.claims()) {
            String fill = claim.speaker().map(fills::get).orElse(Palette.NONE_FILL);
            assertThat(fillOf(full, claim.id())).as(claim.id()).isEqualTo(fill);
        }
        assertThat(fillOf(full, "c25")).isEqualTo("#FFFFFF");
        // Moreau alone is the first speaker of the part; coloured by the whole map he keeps his colour.
        String part = DotWriter.toDot(only(TOWN, "c21", "c22"), DotOptions.builder().coloring(Coloring.bySpeaker(TOWN)).build());
        assertThat(fillOf(part, "c21")).isEqualTo(fills.get("moreau"));
    }

    private static String fillOf(String dot, String id) {
        Matcher m = Pattern.compile("^\\s+\"" + Pattern.quote(id) + "\" \\[.*?fillcolor=\"(#[0-9A-F]{6})\"", Pattern.MULTILINE)
                .matcher(dot);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }

    @Test
    void edges_differByStyleAndArrowheadNotOnlyColour() {
        String dot = DotWriter.toDot(TOWN, DotOptions.builder().layout(Layout.FREE).build());
        assertThat(dot).contains("\"c2\" -> \"c1\" [class=\"support\", color=\"" + DotWriter.SUPPORT_COLOR
                + "\", style=\"solid\", arrowhead=\"normal\", tooltip=\"c2 supports c1\"];");
        assertThat(dot).contains("\"c6\" -> \"c1\" [class=\"rebuttal\", color=\"" + DotWriter.REBUTTAL_COLOR
                + "\", style=\"dashed\", arrowhead=\"tee\", arrowsize=\"1.2\", tooltip=\"c6 rebuts c1\"];");
        assertThat(dot).contains("tooltip=\"c16 supports c6\\na concession: it limits the objection rather than rejecting the charge\"");
    }

    @Test
    void legend_explainsExactlyWhatIsDrawn() {
        String full = DotWriter.toDot(TOWN, DotOptions.defaults());
        assertThat(legend(full)).contains("Mayor Ada Okafor", "Prof. Erik Lindqvist", "Siobhán Brennan", "Luc Moreau",
                "no speaker", ">supports<", ">rebuts<", "chair, City of Riverton").doesNotContain("accepted");
        // c21 alone: one speaker, no relation, no claim without speaker.
        String alone = DotWriter.toDot(only(TOWN, "c21"), DotOptions.defaults());
        assertThat(legend(alone)).contains("Luc Moreau").doesNotContain("Okafor", "no speaker", "supports", "rebuts");
        // Tagged "evidence": Lindqvist's c4, c9, c10 and Moreau's c21, joined by one support.
        String evidence = DotWriter.toDot(only(TOWN, "c4", "c9", "c10", "c21"), DotOptions.defaults());
        assertThat(legend(evidence)).contains("Prof. Erik Lindqvist", "Luc Moreau", ">supports<")
                .doesNotContain("Okafor", "Brennan", "rebuts", "no speaker");
        // Speakers are listed in map order.
        assertThat(legend(full).indexOf("Okafor")).isLessThan(legend(full).indexOf("Lindqvist"));
        assertThat(legend(full).indexOf("Brennan")).isLessThan(legend(full).indexOf("Moreau"));
    }

    @Test
    void legend_canBeLeftOut() {
        assertThat(DotWriter.toDot(TOWN, DotOptions.builder().legend(false).build())).doesNotContain("legend:", "Legend");
    }

    private static String legend(String dot) {
        int start = dot.indexOf("\"legend:table\"");
        assertThat(start).as("legend present").isPositive();
        return dot.substring(start, dot.indexOf('\n', start));
    }

    @Test
    void statusOverlay_marksClaimsWithSignsAndBordersAndTheLegendExplainsOnlyThoseUsed() {
        Map<String, Status> status = Map.of("c1", Status.ACCEPTED, "c6", Status.REJECTED);
        String dot = DotWriter.toDot(TOWN, DotOptions.builder().status(status).strength(Map.of("c1", 0.825, "c7", 1.0)).build());
        assertThat(line(dot, "\"c1\" [")).contains("<B>\u2713 accepted</B> \u00B7 strength 0.83")
                .contains("color=\"" + DotWriter.ACCEPTED_COLOR + "\", penwidth=\"3\"");
        assertThat(line(dot, "\"c6\" [")).contains("<B>\u2717 rejected</B>")
                .contains("color=\"" + DotWriter.REJECTED_COLOR + "\", penwidth=\"3\", style=\"rounded,filled,dashed\"");
        assertThat(line(dot, "\"c7\" [")).contains(">strength 1.00</FONT>").doesNotContain("penwidth");
        assertThat(line(dot, "\"c2\" [")).doesNotContain("strength", "penwidth");
        assertThat(legend(dot)).contains("\u2713 accepted", "\u2717 rejected").doesNotContain("undecided");
    }

    @Test
    void statusOverlay_ofTheWholeMapServesAPart_claimsNotDrawnAreIgnored() {
        Map<String, Status> status = Map.of("zz", Status.ACCEPTED, "c6", Status.REJECTED, "c1", Status.ACCEPTED);
        String dot = DotWriter.toDot(only(TOWN, "c1"), DotOptions.builder().status(status).strength(Map.of("c0", 0.5)).build());
        assertThat(line(dot, "\"c1\" [")).contains("\u2713 accepted");
        assertThat(dot).doesNotContain("zz", "rejected", "c0", "strength");
    }

    private static String line(String dot, String start) {
        int i = dot.indexOf(start);
        assertThat(i).as(start).isPositive();
        return dot.substring(i, dot.indexOf('\n', i));
    }

    @Test
    void title_isTheMapsTitleEscapedAndSetAfterTheClusters() {
        String dot = DotWriter.toDot(DotFixtures.adversarial(), DotOptions.builder().cluster(Cluster.SECTION).build());
        String title = "  graph [label=<<B>Adversarial &quot;map&quot; \\\\ &lt;b&gt;not bold&lt;/b&gt; &amp; {braces} | Türkiye €</B>>";
        assertThat(dot).contains(title);
        assertThat(dot.indexOf(title)).isGreaterThan(dot.lastIndexOf("subgraph"));
        ArgumentMap untitled = ArgumentMap.builder().addClaim(Claim.of("a", "A.")).build();
        assertThat(DotWriter.toDot(untitled, DotOptions.defaults())).doesNotContain("label=<<B>", "labelloc=\"t\", fontsize=\"20\"");
    }

    @Test
    void userText_isEscapedEverywhere() {
        String dot = DotWriter.toDot(DotFixtures.adversarial(), DotOptions.builder().cluster(Cluster.SECTION).build());
        assertThat(line(dot, "\"q1\" [")).contains(">She said &quot;no&quot; and left \\\\ twice\\\\</TD>");
        assertThat(line(dot, "\"q2\" [")).contains(">Line one<BR/>line two<BR/>line three<BR/>after blank lines</TD>");
        // "Tab here, <b>not bold</b> &amp;" is 31 characters before escaping; " not" would make 35.
        assertThat(line(dot, "\"q3\" [")).contains(">Tab here, &lt;b&gt;not bold&lt;/b&gt; &amp;amp;<BR/>not an entity, &amp;#64; neither</TD>");
        assertThat(line(dot, "\"q5\" [")).contains("Türkiye, Gürsoy, € 5, £ 3, 🙂 and");
        assertThat(line(dot, "\"q8\" [")).contains("Control \uFFFD and lone \uFFFD");
        assertThat(dot).contains("label=<<B>Tabs and<BR/>newlines {x|y} \\\\N</B>>")
                .contains("tooltip=\"q2 supports q1\\nnote with \\\"quotes\\\" \\\\ and\\nnewline\"")
                .contains("He said &quot;hi&quot; \\\\ &lt;i&gt;")
                .contains("quoted, A &amp; B &lt;Ltd&gt; &quot;x&quot;");
        // Only escaped markup reaches a label: no raw user "<b>" or "<i>" survives anywhere.
        assertThat(dot).doesNotContain("<b>", "<i>", "<Ltd>");
        // The 300-letter word is cut into lines of 34 letters: 8 full lines and one of 28 + " after".
        assertThat(line(dot, "\"q6\" [")).contains("Before<BR/>" + DotFixtures.LONG_WORD.substring(0, 34) + "<BR/>")
                .contains(DotFixtures.LONG_WORD.substring(272) + " after</TD>");
    }

    @Test
    void legend_skipsBlankAffiliationsAndRoles() {
        String dot = DotWriter.toDot(DotFixtures.adversarial(), DotOptions.defaults());
        // gursoy: role "panellist", affiliation "   "; emoji: role "", affiliation "".
        assertThat(legend(dot)).contains("Yaprak Gürsoy<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#333333\">panellist</FONT>")
                .contains("🙂 Smiley € £</TD>");
    }

    @Test
    void write_writesTheSameTextAsToDot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("town.dot");
        Files.writeString(file, "old");
        DotOptions options = DotOptions.builder().cluster(Cluster.SPEAKER).build();
        DotWriter.write(TOWN, options, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(DotWriter.toDot(TOWN, options));
        assertThat(dir.toFile().list()).containsExactly("town.dot");
    }

    @Test
    void write_toAStreamGivesTheSameTextAsToDotWhenItSpansManyChunks() throws IOException {
        // 3,000 claims with multi-byte text make about 1.5 MB of DOT: many 64 KB chunks, and
        // chunk ends that fall inside a label or an escape.
        ArgumentMap.Builder b = ArgumentMap.builder().title("Gr\u00FC\u00DFe \"big\"");
        for (int i = 0; i < 3_000; i++) {
            b.addClaim(Claim.of("c" + i, "T\u00FCrkiye \u20AC" + i + " <&> \"quoted\" back\\slash \uD83D\uDE00 " + "word ".repeat(i % 40)));
            if (i > 0) {
                b.addRelation(i % 4 == 0 ? Relation.rebuttal("c" + i, "c" + (i / 2)) : Relation.support("c" + i, "c" + (i - 1)));
            }
        }
        ArgumentMap big = b.build();
        for (DotOptions options : List.of(DotOptions.defaults(), DotOptions.builder().cluster(Cluster.NONE).build())) {
            StringBuilder streamed = new StringBuilder();
            List<Integer> pieces = new ArrayList<>();
            DotWriter.write(big, options, new Writer() {
                @Override
                public Writer append(CharSequence csq) {
                    pieces.add(csq.length());
                    streamed.append(csq);
                    return this;
                }

                @Override
                public void write(char[] buffer, int offset, int length) {
                    append(new String(buffer, offset, length));
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            });
            String whole = DotWriter.toDot(big, options);
            assertThat(streamed.toString()).isEqualTo(whole);
            assertThat(whole.length()).isGreaterThan(1_000_000);
            assertThat(pieces).hasSizeGreaterThan(10).allMatch(n -> n <= 2 * 65_536);
        }
    }

    @Test
    void write_passesOnTheStreamsFailure() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public Writer append(CharSequence csq) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> DotWriter.write(TOWN, DotOptions.defaults(), failing))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    @Test
    void write_withABadAttributeNameFailsWithoutTouchingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("town.dot");
        Files.writeString(file, "old");
        DotOptions bad = DotOptions.builder().claimAttributes(c -> Map.of("no pe", "x")).build();
        assertThatThrownBy(() -> DotWriter.write(TOWN, bad, file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no pe'");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(dir.toFile().list()).containsExactly("town.dot");
    }

    @Test
    void aChainOfAHundredThousandClaimsIsDrawnWithoutRecursion() {
        ArgumentMap.Builder b = ArgumentMap.builder().title("chain");
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            b.addClaim(Claim.of("k" + i, "Claim " + i));
            if (i > 0) {
                b.addRelation(Relation.support("k" + i, "k" + (i - 1)));
            }
        }
        ArgumentMap chain = b.build();
        String all = DotWriter.toDot(chain, DotOptions.builder().legend(false).build());
        assertThat(nodeIds(all)).hasSize(n);
        assertThat(edgeLines(all)).hasSize(n - 1).endsWith("k99999 -> k99998 : support");
    }

    @Test
    void write_drawsLinkedPremisesThroughADotAndUndercutsOntoTheDotOfTheInferenceTheyAttack() {
        ArgumentMap map = io.github.argmap.core.format.StructuredMaps.bridge();
        String dot = DotWriter.toDot(map, DotOptions.defaults());
        // r1's premises meet at its dot without arrowheads; one support arrow leaves the dot for "close".
        assertThat(dot).contains("\"relation:r1\" [shape=\"point\"",
                "\"cracks\" -> \"relation:r1\" [class=\"premise\", color=\"" + DotWriter.SUPPORT_COLOR + "\", style=\"solid\", arrowhead=\"none\"",
                "\"unsafe\" -> \"relation:r1\" [class=\"premise\"",
                "\"relation:r1\" -> \"close\" [class=\"support\"");
        // u-other is an undercut of r1 and itself undercut: it has a dot, and its arrow ends at r1's dot.
        assertThat(dot).contains("\"relation:u-other\" -> \"relation:r1\" [class=\"undercut\"",
                "\"fixed\" -> \"relation:u-other\" [class=\"undercut\"");
        // A relation nobody undercuts with one premise stays one plain edge.
        assertThat(dot).contains("\"a-safety\" -> \"close\" [class=\"support\"")
                .doesNotContain("\"relation:r6\"");
        // Arguments are square double-bordered boxes with their title in bold.
        assertThat(dot).contains("\"a-safety\" [shape=\"box\", style=\"filled\", peripheries=\"2\"",
                "<B>Safety argument</B>", "<B>a-bare</B>");
        assertThat(dot).contains(">undercuts<BR/>", ">premises joined<BR/>", ">argument<BR/>");
        assertThat(DotWriter.toDot(map, DotOptions.defaults())).isEqualTo(dot);
    }
}
