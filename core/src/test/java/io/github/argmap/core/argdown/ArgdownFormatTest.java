package io.github.argmap.core.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.format.TestMaps;
import io.github.argmap.core.hostile.RandomMaps;
import io.github.argmap.core.io.AtomicFiles;
import io.github.argmap.core.seeds.Seeds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ArgdownFormatTest {
    private final ArgdownFormat argdown = new ArgdownFormat();

    private ReadResult read(String text) throws IOException {
        return argdown.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.argdown");
    }

    private List<String> errors(String text) {
        try {
            read(text);
        } catch (InvalidMapException e) {
            return e.problems().stream().map(Problem::toString).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + text);
    }

    // ---- reading the Argdown people write ----

    @Test
    void read_titlesWithSpacesBecomeDerivedIdsAndStayAsTitles() throws IOException {
        ArgumentMap map = read("""
                [Freedom of speech]: Speech should be *free*.
                    + [Zürich Rule]: A reason.
                    - An untitled objection.
                """).map();
        assertThat(map.claims()).extracting(Claim::id).containsExactly("Freedom-of-speech", "Zurich-Rule", "Untitled-1");
        assertThat(map.claim("Freedom-of-speech").orElseThrow().title()).contains("Freedom of speech");
        assertThat(map.claim("Freedom-of-speech").orElseThrow().text()).isEqualTo("Speech should be free.");
        assertThat(map.claim("Untitled-1").orElseThrow().title()).isEmpty();
        assertThat(map.relations()).containsExactly(
                Relation.support("Zurich-Rule", "Freedom-of-speech"),
                Relation.rebuttal("Untitled-1", "Freedom-of-speech"));
    }

    @Test
    void read_equivalenceClassIsOneClaimWithTheLastTextAndAllTags() throws IOException {
        ArgumentMap map = read("""
                [Speech]: First wording. #(civil rights)

                [Speech]: Second wording. #law
                """).map();
        Claim c = map.claims().get(0);
        assertThat(map.claims()).hasSize(1);
        assertThat(c.text()).isEqualTo("Second wording.");
        assertThat(c.tags()).containsExactly("civil-rights", "law");
        assertThat(map.metadata()).containsEntry("tag.civil-rights", "civil rights");
    }

    @Test
    void read_argumentWithPremiseConclusionStructureIsAnArgumentNodeWithoutExtraRelations() throws IOException {
        ArgumentMap map = read("""
                <Modus ponens>: If p then q; p; so q.

                (1) [If p then q]: If it rains, the street is wet.
                (2) [p]: It rains.
                -- modus ponens --
                (3) [q]: The street is wet.
                    +> [Shoes]: Shoes get wet.
                """).map();
        Argument a = map.arguments().get(0);
        assertThat(a.id()).isEqualTo("Modus-ponens");
        assertThat(a.title()).contains("Modus ponens");
        assertThat(a.premises()).containsExactly("If-p-then-q", "p");
        assertThat(a.conclusion()).contains("q");
        assertThat(map.relations()).containsExactly(Relation.support("q", "Shoes"));
    }

    @Test
    void read_contradictionIsTwoRebuttals() throws IOException {
        ArgumentMap map = read("[A]: a\n    >< [B]: b\n").map();
        assertThat(map.relations()).extracting(r -> r.source() + ">" + r.to() + ":" + r.kind())
                .containsExactly("A>B:REBUTTAL", "B>A:REBUTTAL");
    }

    @Test
    void read_strictModeEntailmentsAndContrariesAreSupportsAndRebuttals() throws IOException {
        ArgumentMap map = read("===\nmodel:\n    mode: strict\n===\n\n[A]: a\n    + [B]: b\n    - [C]: c\n").map();
        assertThat(map.relations()).extracting(Relation::kind).containsExactly(RelationKind.SUPPORT, RelationKind.REBUTTAL);
        assertThat(map.metadata()).containsEntry("model.mode", "strict");
    }

    @Test
    void read_undercutOfAReconstructedArgumentUndercutsItsInference() throws IOException {
        ArgumentMap map = read("""
                <A>: a

                (1) [p]: p
                (2) [q]: q
                -- rule --
                (3) [c]: c

                <U>: the rule does not apply
                    _> <A>
                """).map();
        Relation inference = map.relation("A.inference").orElseThrow();
        assertThat(inference.from()).containsExactly("p", "q");
        assertThat(inference.to()).isEqualTo("c");
        assertThat(inference.scheme()).contains("rule");
        assertThat(map.undercutsOf("A.inference")).singleElement().satisfies(u -> assertThat(u.from()).containsExactly("U"));
    }

    @Test
    void read_undercutOfAnArgumentWithoutStructureUndercutsItsRelation() throws IOException {
        ArgumentMap map = read("<A>: a\n    +> [C]: c\n    <_ [U]: u\n").map();
        Relation support = map.relations().get(0);
        assertThat(support.from()).containsExactly("A");
        assertThat(map.undercutsOf(map.idOf(support))).singleElement().satisfies(u -> assertThat(u.from()).containsExactly("U"));
    }

    @Test
    void read_frontMatterSectionsAndSpeakersFromData() throws IOException {
        ReadResult r = read("""
                ===
                title: A debate
                author: Someone
                color:
                    tagColors:
                        pro: green
                ===

                # Opening {isGroup: true}

                [A]: a {speaker: Ana Lopez, color: red}

                ## Details

                [B]: b
                """);
        ArgumentMap map = r.map();
        assertThat(map.title()).isEqualTo("A debate");
        assertThat(map.metadata()).containsEntry("author", "Someone").containsEntry("color.tagColors.pro", "green");
        assertThat(map.sections()).containsExactly(new Section("Opening", "Opening"), new Section("Details", "Details"));
        assertThat(map.claim("A").orElseThrow().speaker()).contains("Ana-Lopez");
        assertThat(map.speaker("Ana-Lopez").orElseThrow().name()).isEqualTo("Ana Lopez");
        assertThat(r.warnings()).singleElement().asString().contains("color").contains("isGroup");
    }

    // ---- bad files: what the Argdown CLI refuses, placed ----

    @Test
    void read_refusesWhatTheArgdownCliRefusesAtTheRightPlace() {
        assertThat(errors("[A]: a\n[B]: b\n")).singleElement().asString().startsWith("t.argdown:2:1: expected an empty line");
        assertThat(errors("(1) p\n(2) q\n")).singleElement().asString().startsWith("t.argdown:2:").contains("inference");
        assertThat(errors("[A]: a {x: [1, }\n")).singleElement().asString().startsWith("t.argdown:1:").contains("invalid YAML");
        assertThat(errors("[A]: a \\\n")).containsExactly("t.argdown:1:8: a line ends with a lone '\\'; escape a backslash as '\\\\'");
        assertThat(errors("   \n")).singleElement().asString().startsWith("t.argdown:1:1: the file is empty");
        assertThat(errors("<A>\n\n(1) p\n----\n(2) c\n\n<A>\n\n(1) q\n----\n(2) d\n")).singleElement().asString()
                .startsWith("t.argdown:9:1: a second premise-conclusion structure");
    }

    // ---- writing, and reading back ----

    private static ArgumentMap structured() {
        return ArgumentMap.builder().title("Structured")
                .addClaim(Claim.of("p", "It rains."))
                .addClaim(Claim.of("q", "If it rains, the street is wet.").withTitle("If rain, wet"))
                .addClaim(Claim.of("c", "The street is wet."))
                .addClaim(Claim.of("u", "The street has a roof.").withTags(List.of("odd.tag")))
                .addClaim(Claim.of("d", "Drive carefully."))
                .addArgument(Argument.of("mp", "Modus ponens").withTitle("Modus ponens").withPremises(List.of("p", "q"))
                        .withConclusion("c"))
                .addArgument(Argument.of("bare", ""))
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("p", "q"), "c").withId("inf").withScheme("modus ponens"))
                .addRelation(Relation.undercut("u", "inf"))
                .addRelation(Relation.support("mp", "d").withNote("so drive carefully"))
                .addRelation(Relation.rebuttal("bare", "d"))
                .addRelation(Relation.undercut("bare", "r3"))
                .putMetadata("author", "Me")
                .build();
    }

    @Test
    void roundTrip_keepsArgumentsLinkedPremisesAndUndercuts() throws IOException {
        ArgumentMap map = structured();
        String text = argdown.toText(map);
        ReadResult back = read(text);
        assertThat(back.warnings()).isEmpty();
        assertThat(back.map()).isEqualTo(map);
        assertThat(argdown.toText(back.map())).isEqualTo(text);
    }

    @Test
    void roundTrip_keepsEverythingButTheOrderOfClaimsAcrossSections() throws IOException {
        ArgumentMap map = TestMaps.rich();
        String text = argdown.toText(map);
        ReadResult back = read(text);
        assertThat(back.warnings()).isEmpty();
        ArgumentMap m = back.map();
        assertThat(m.title()).isEqualTo(map.title());
        assertThat(m.source()).isEqualTo(map.source());
        assertThat(m.notes()).isEqualTo(map.notes());
        assertThat(m.speakers()).isEqualTo(map.speakers());
        assertThat(m.sections()).isEqualTo(map.sections());
        assertThat(m.claims()).containsExactlyInAnyOrderElementsOf(map.claims());
        assertThat(m.relations()).isEqualTo(map.relations());
        assertThat(argdown.toText(m)).isEqualTo(text);
    }

    @Test
    void roundTrip_keepsThePanel() throws IOException {
        Assumptions.assumeTrue(TestMaps.panelPresent(), "the panel map is not bundled yet");
        ArgumentMap panel = Seeds.panel();
        ArgumentMap back = read(argdown.toText(panel)).map();
        assertThat(back.claims()).containsExactlyInAnyOrderElementsOf(panel.claims());
        assertThat(back.arguments()).containsExactlyInAnyOrderElementsOf(panel.arguments());
        assertThat(back.relations()).isEqualTo(panel.relations());
        assertThat(back.speakers()).isEqualTo(panel.speakers());
        assertThat(back.sections()).isEqualTo(panel.sections());
    }

    @Test
    void write_isByteIdenticalForEqualMaps() {
        assertThat(argdown.toText(TestMaps.rich())).isEqualTo(argdown.toText(TestMaps.rich().toBuilder().build()));
    }

    @Test
    void escape_backslashesEveryCharacterThatOpensArgdownMarkup() {
        assertThat(ArgdownWriter.escape("a #tag [ref] <arg> *b* _i_ {d} // c @m \\ x")).isEqualTo(
                "a \\#tag \\[ref\\] \\<arg\\> \\*b\\* \\_i\\_ \\{d\\} \\/\\/ c \\@m \\\\ x");
        assertThat(ArgdownWriter.escape("e.g. 3.5 km: a:b. == ok. x=y")).isEqualTo("e\\.g. 3\\.5 km: a\\:b. \\== ok. x=y");
    }

    // ---- files for the Argdown CLI (.ci/argdown-check.sh) ----

    /**
     * Writes maps to {@code target/argdown} with the counts the real Argdown CLI must find: one
     * statement per claim, one argument per argument node, one relation per relation.
     */
    @Test
    void writesFilesForTheArgdownCliCheck() throws IOException {
        Path dir = Path.of("target", "argdown");
        Files.createDirectories(dir);
        Map<String, ArgumentMap> maps = new LinkedHashMap<>();
        maps.put("small", TestMaps.small());
        maps.put("rich", TestMaps.rich());
        maps.put("structured", structured());
        if (TestMaps.panelPresent()) {
            maps.put("panel", Seeds.panel());
        }
        for (int seed = 5000; seed < 5020; seed++) {
            maps.put("hostile-" + seed, new RandomMaps(seed).map(8 + seed % 10));
        }
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<String, ArgumentMap> e : maps.entrySet()) {
            ArgumentMap m = e.getValue();
            argdown.write(m, dir.resolve(e.getKey() + ".argdown"));
            counts.append(e.getKey()).append('\t').append(m.claims().size()).append('\t').append(m.arguments().size())
                    .append('\t').append(m.relations().size()).append('\n');
            // The same file reads back as the same map.
            assertThat(read(argdown.toText(m)).map().relations()).as(e.getKey()).isEqualTo(m.relations());
        }
        AtomicFiles.writeString(dir.resolve("expected-counts.tsv"), counts.toString());
        assertThat(Files.readString(dir.resolve("expected-counts.tsv"))).startsWith("small\t3\t0\t2\n");
    }
}
