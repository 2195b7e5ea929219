package io.github.argmap.core.aif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.PositionedJson;
import io.github.argmap.core.internal.PositionedJson.Value;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.format.StructuredMaps;
import io.github.argmap.core.format.TestMaps;
import io.github.argmap.core.seeds.Seeds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AifFormatTest {
    private final AifFormat aif = new AifFormat();

    private ReadResult read(String text) throws IOException {
        return aif.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json");
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

    // ---- writing and reading back ----

    @Test
    void roundTrip_keepsEveryPartOfTheRichMap() throws IOException {
        ArgumentMap map = TestMaps.rich();
        ReadResult back = read(aif.toText(map));
        assertThat(back.map()).isEqualTo(map);
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void roundTrip_keepsThePanel() throws IOException {
        Assumptions.assumeTrue(TestMaps.panelPresent(), "the panel map is not bundled yet");
        ArgumentMap panel = Seeds.panel();
        ReadResult back = read(aif.toText(panel));
        assertThat(back.map()).isEqualTo(panel);
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void write_isByteIdenticalForEqualMaps() {
        assertThat(aif.toText(TestMaps.rich())).isEqualTo(aif.toText(TestMaps.rich()));
        assertThat(aif.toText(TestMaps.rich())).isEqualTo(aif.toText(TestMaps.rich().toBuilder().build()));
    }

    @Test
    void write_usesAifNodesForClaimsSchemesAndLocutions() {
        Value root = PositionedJson.parse(aif.toText(TestMaps.rich()).getBytes(StandardCharsets.UTF_8), "w", 1, 1);
        List<Value> nodes = root.field("nodes").orElseThrow().items();
        Map<String, Long> byType = nodes.stream()
                .collect(Collectors.groupingBy(n -> n.field("type").orElseThrow().text(), Collectors.counting()));
        // 7 claims; supports sunny, {cheap, fit} (one linked RA) and -dash: 3 RA; rebuttals late, taxi,
        // walk: 3 CA; walk, sunny and late have speakers: 3 L and 3 YA.
        assertThat(byType).isEqualTo(Map.of("I", 7L, "RA", 3L, "CA", 3L, "L", 3L, "YA", 3L));
        // 7 premise edges (one per relation) + 6 conclusion edges (one per scheme node) + 3 x (L -> YA, YA -> I).
        assertThat(root.field("edges").orElseThrow().items()).hasSize(19);
        assertThat(root.field("locutions").orElseThrow().items()).hasSize(3);

        Map<String, Value> byId = nodes.stream().collect(Collectors.toMap(n -> n.field("nodeID").orElseThrow().text(), n -> n));
        // Claims are nodes 1..7 in map order: walk=1, cheap=6, fit=7; the linked RA is the second scheme node, 9.
        assertThat(byId.get("9").field("type").orElseThrow().text()).isEqualTo("RA");
        List<List<String>> edges = root.field("edges").orElseThrow().items().stream()
                .map(e -> List.of(e.field("fromID").orElseThrow().text(), e.field("toID").orElseThrow().text())).toList();
        assertThat(edges).contains(List.of("6", "9"), List.of("7", "9"), List.of("9", "1"));
        assertThat(edges.stream().filter(e -> e.get(1).equals("9"))).hasSize(2);

        Value firstLocution = nodes.stream().filter(n -> n.field("type").orElseThrow().text().equals("L")).findFirst().orElseThrow();
        assertThat(firstLocution.field("text").orElseThrow().text()).isEqualTo("Ana María Pérez: we walk, I say");
        Value ana = root.field("participants").orElseThrow().items().get(0);
        assertThat(ana.field("firstname").orElseThrow().text()).isEqualTo("Ana María");
        assertThat(ana.field("surname").orElseThrow().text()).isEqualTo("Pérez");
        assertThat(nodes.stream().filter(n -> n.field("type").orElseThrow().text().equals("YA"))
                .map(n -> n.field("text").orElseThrow().text())).containsOnly("Asserting");
    }

    @Test
    void withoutExtension_ourOwnOutputStillGivesClaimsSpeakersQuotesAndRelations() throws IOException {
        String text = aif.toText(TestMaps.small());
        String stripped = text.substring(0, text.indexOf(",\n  \"argmap\"")) + "\n}\n";
        ReadResult back = read(stripped);
        // Node ids 1..3 give claim ids n1..n3; Ana Lopez asserted "We walk." (no quote, so the text).
        assertThat(back.map().claims()).containsExactly(
                Claim.of("n1", "We walk.").withSpeaker("ana-lopez").withQuote("We walk."),
                Claim.of("n2", "It is sunny."),
                Claim.of("n3", "We are late."));
        assertThat(back.map().relations()).containsExactly(Relation.support("n2", "n1"), Relation.rebuttal("n3", "n1"));
        assertThat(back.map().speakers()).containsExactly(Speaker.of("ana-lopez", "Ana Lopez", "participant"));
        assertThat(back.warnings()).isEmpty();
    }

    // ---- foreign AIF ----

    /** AIFdb's layout, with numeric and string ids mixed; every line below is one node or edge. */
    static final String FOREIGN = """
            {
              "nodes": [
                {"nodeID": 101, "text": "Higher fines are the right measure.", "type": "I", "timestamp": "2019-03-23 15:53:31"},
                {"nodeID": "102", "text": "Dog dirt is everywhere.", "type": "I"},
                {"nodeID": "103", "text": "Stepping in it is awful.", "type": "I"},
                {"nodeID": "104", "text": "Nobody is ever caught.", "type": "I"},
                {"nodeID": "105", "text": "Fines are the best measure.", "type": "I"},
                {"nodeID": "110", "text": "Sign", "type": "RA", "scheme": "30"},
                {"nodeID": "111", "text": "Default Conflict", "type": "CA"},
                {"nodeID": "112", "text": "Default Rephrase", "type": "MA"},
                {"nodeID": "113", "text": "Default Preference", "type": "PA"},
                {"nodeID": "120", "text": "Anna Ludwig : Higher fines are the right measure", "type": "L"},
                {"nodeID": "121", "text": "Asserting", "type": "YA"},
                {"nodeID": "122", "text": "Ben: are they ever caught?", "type": "L"},
                {"nodeID": "123", "text": "Questioning", "type": "YA"},
                {"nodeID": "124", "text": "Default Transition", "type": "TA"},
                {"nodeID": "125", "text": "?", "type": "XX"}
              ],
              "edges": [
                {"edgeID": 1, "fromID": "102", "toID": "110", "formEdgeID": null},
                {"edgeID": 2, "fromID": "103", "toID": "110"},
                {"edgeID": 3, "fromID": "110", "toID": 101},
                {"edgeID": 4, "fromID": "104", "toID": "111"},
                {"edgeID": 5, "fromID": "111", "toID": "101"},
                {"edgeID": 6, "fromID": "105", "toID": "112"},
                {"edgeID": 7, "fromID": "112", "toID": "101"},
                {"edgeID": 8, "fromID": "102", "toID": "113"},
                {"edgeID": 9, "fromID": "113", "toID": "104"},
                {"edgeID": 10, "fromID": "120", "toID": "121"},
                {"edgeID": 11, "fromID": "121", "toID": "101"},
                {"edgeID": 12, "fromID": "122", "toID": "123"},
                {"edgeID": 13, "fromID": "123", "toID": "104"},
                {"edgeID": 14, "fromID": "120", "toID": "124"},
                {"edgeID": 15, "fromID": "124", "toID": "122"},
                {"edgeID": 16, "fromID": "103", "toID": "104"}
              ],
              "locutions": [{"nodeID": "120", "personID": 1}, {"nodeID": "122", "personID": "2"}],
              "participants": [{"participantID": 1, "firstname": "Anna", "surname": "Ludwig"}, {"participantID": "2", "firstname": "Ben", "surname": ""}]
            }
            """;

    @Test
    void readForeign_mapsINodesSchemesAndAssertingLocutions() throws IOException {
        ArgumentMap map = read(FOREIGN).map();
        assertThat(map.claims()).containsExactly(
                Claim.of("n101", "Higher fines are the right measure.").withSpeaker("anna-ludwig")
                        .withQuote("Higher fines are the right measure"),
                Claim.of("n102", "Dog dirt is everywhere."),
                Claim.of("n103", "Stepping in it is awful."),
                // Ben questions it (L 122 -> YA "Questioning" -> I 104): his, with the illocution as a note.
                Claim.of("n104", "Nobody is ever caught.").withSpeaker("ben").withQuote("are they ever caught?")
                        .withNote("Questioning (by Ben)"),
                Claim.of("n105", "Fines are the best measure."));
        assertThat(map.speakers()).containsExactly(
                Speaker.of("anna-ludwig", "Anna Ludwig", "participant"), Speaker.of("ben", "Ben", "participant"));
        // RA 110 has two premises: one linked argument following the scheme "Sign" (AIFdb's number 30
        // kept in the metadata); CA 111 one attacker.
        assertThat(map.relations()).containsExactly(
                Relation.linked(RelationKind.SUPPORT, List.of("n102", "n103"), "n101").withScheme("Sign"),
                Relation.rebuttal("n104", "n101"));
        assertThat(map.metadata()).containsExactly(Map.entry("aif.schemeID.Sign", "30"));
        assertThat(map.notes()).containsExactly(
                "AIF rephrase: claim 'n105' is rephrased as claim 'n101' (MA node '112')",
                "AIF preference: claim 'n102' is preferred to claim 'n104' (PA node '113')");
    }

    @Test
    void readForeign_reportsEverythingLeftOutAtItsFirstPlace() throws IOException {
        List<String> warnings = read(FOREIGN).warnings().stream().map(Problem::toString).toList();
        // Lines: node k of the list is on line k + 2, edge k on line k + 19; objects start at column 5.
        assertThat(warnings).containsExactly(
                "t.json:10:5: 1 MA node(s) (rephrase) have no relation in argmap; each is kept as a note on the map",
                "t.json:11:5: 1 PA node(s) (preference) have no relation in argmap; each is kept as a note on the map",
                "t.json:16:5: 1 TA node(s) (transitions between locutions) are left out: argmap maps claims,"
                        + " not the turns of a dialogue",
                "t.json:17:5: 1 node(s) of unknown type 'XX' are left out; argmap reads I, L, YA, RA, CA, MA, PA and TA nodes",
                "t.json:35:5: 1 edge(s) from a I node to a I node fit no pattern argmap reads"
                        + " (I -> RA/CA/MA/PA -> I, CA -> RA/CA, L -> YA -> I) and are left out");
    }

    @Test
    void readForeign_takesOvaWrappedAif() throws IOException {
        ReadResult wrapped = read("{\"AIF\": " + FOREIGN + ", \"OVA\": {\"nodes\": []}, \"text\": \"...\"}");
        assertThat(wrapped.map()).isEqualTo(read(FOREIGN).map());
    }

    @Test
    void readForeign_derivesValidUniqueIdsFromAnyNodeId() throws IOException {
        ArgumentMap map = read("""
                {"nodes": [{"nodeID": "a b", "text": "x", "type": "I"}, {"nodeID": "a_b", "text": "y", "type": "I"},
                 {"nodeID": "6f1c-ü", "text": "z", "type": "I"}], "edges": []}
                """).map();
        assertThat(map.claims()).extracting(Claim::id).containsExactly("na_b", "na_b-2", "n6f1c-_");
    }

    // ---- bad files ----

    @Test
    void read_rejectsATruncatedFileWithItsPosition() {
        String text = aif.toText(TestMaps.small());
        List<String> errors = errors(text.substring(0, text.length() / 2));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).matches("t\\.json:\\d+:\\d+: the JSON ends before it is complete.*");
    }

    @Test
    void read_rejectsAnEmptyFile() {
        assertThat(errors("")).containsExactly("t.json:1:1: the file is empty; expected a JSON document");
    }

    @Test
    void read_rejectsWrongTypesAtTheirPlace() {
        assertThat(errors("{\"nodes\": {}, \"edges\": []}"))
                .containsExactly("t.json:1:11: \"nodes\" must be an array, not an object");
        assertThat(errors("{\"nodes\": [{\"nodeID\": 1.5, \"text\": \"a\", \"type\": \"I\"}], \"edges\": []}"))
                .containsExactly("t.json:1:23: a node's \"nodeID\" must be a string or an integer, not a number");
        assertThat(errors("[]")).containsExactly("t.json:1:1: an AIF document must be an object, not an array");
    }

    @Test
    void read_rejectsMissingFields() {
        assertThat(errors("{\"nodes\": []}")).containsExactly("t.json:1:1: the AIF document is missing the required field \"edges\"");
        assertThat(errors("{\"nodes\": [{\"nodeID\": \"1\", \"text\": \"a\"}], \"edges\": []}"))
                .containsExactly("t.json:1:12: a node is missing the required field \"type\"");
    }

    @Test
    void read_rejectsADanglingEdgeAtTheMissingId() {
        assertThat(errors("""
                {"nodes": [{"nodeID": "1", "text": "a", "type": "I"}],
                 "edges": [{"edgeID": "e", "fromID": "1", "toID": "999"}]}
                """)).containsExactly("t.json:2:51: edge 'e': toID '999' names no node of this file; add the node or fix the edge");
    }

    @Test
    void read_rejectsARepeatedNodeId() {
        assertThat(errors("""
                {"nodes": [{"nodeID": "1", "text": "a", "type": "I"},
                           {"nodeID": 1, "text": "b", "type": "I"}], "edges": []}
                """)).containsExactly("t.json:2:23: nodeID '1' is used again (first at 1:12); give each node its own nodeID");
    }

    @Test
    void read_rejectsABadExtensionAndPlacesModelErrorsAtTheirNode() {
        String text = aif.toText(TestMaps.small());
        assertThat(errors(text.replace("\"version\": 2", "\"version\": 3")))
                .singleElement().asString().endsWith("unsupported \"argmap\" extension version 3; this library reads version 2");
        assertThat(errors(text.replace("\"id\": \"sunny\"", "\"id\": \"sunny\", \"colour\": \"red\"")))
                .singleElement().asString().contains("unknown field \"colour\" in the extension of node '2'");
        // Node 2 (sunny) is on line 4; naming an unknown section is the model's error, placed there.
        assertThat(errors(text.replace("\"id\": \"sunny\"", "\"id\": \"sunny\", \"section\": \"nope\"")))
                .containsExactly("t.json:4:5: claim 'sunny' names section 'nope', which the map does not define;"
                        + " add it to \"sections\" or fix the claim");
    }

    @Test
    void splitName_splitsAtTheLastSpace() {
        assertThat(AifWriter.splitName("Ilke Toygür")).containsExactly("Ilke", "Toygür");
        assertThat(AifWriter.splitName("Plato")).containsExactly("Plato", "");
        assertThat(AifNames.slug("Ilke Toygür")).isEqualTo(Optional.of("ilke-toygur"));
        assertThat(AifNames.slug("???")).isEmpty();
    }

    /** AIFdb's own shape: no locutions rows, the speaker only in the L node's "Name : text", numeric ids. */
    @Test
    void readAifdb_speakersComeFromTheLocutionPrefixAndIllocutionsBecomeNotes() throws IOException {
        String aifdb = """
                {"nodes": [
                  {"nodeID": 1, "text": "We should act now", "type": "I"},
                  {"nodeID": 2, "text": "CL : and therefore we should act now", "type": "L"},
                  {"nodeID": 3, "text": "Asserting", "type": "YA"},
                  {"nodeID": 4, "text": "Is it too late", "type": "I"},
                  {"nodeID": 5, "text": "Bob Smith : is it too late?", "type": "L"},
                  {"nodeID": 6, "text": "Pure Questioning", "type": "YA"},
                  {"nodeID": 7, "text": "Time is short", "type": "I"},
                  {"nodeID": 8, "text": "CL : time is short", "type": "L"},
                  {"nodeID": 9, "text": "Conceding", "type": "YA"}
                ],
                "edges": [
                  {"edgeID": 1, "fromID": 2, "toID": 3}, {"edgeID": 2, "fromID": 3, "toID": 1},
                  {"edgeID": 3, "fromID": 5, "toID": 6}, {"edgeID": 4, "fromID": 6, "toID": 4},
                  {"edgeID": 5, "fromID": 8, "toID": 9}, {"edgeID": 6, "fromID": 9, "toID": 7}
                ],
                "locutions": []}
                """;
        ReadResult r = read(aifdb);
        assertThat(r.map().speakers()).containsExactly(Speaker.of("cl", "CL", "participant"),
                Speaker.of("bob-smith", "Bob Smith", "participant"));
        assertThat(r.map().claims()).containsExactly(
                Claim.of("n1", "We should act now").withSpeaker("cl").withQuote("and therefore we should act now"),
                Claim.of("n4", "Is it too late").withSpeaker("bob-smith").withQuote("is it too late?")
                        .withNote("Pure Questioning (by Bob Smith)"),
                Claim.of("n7", "Time is short").withSpeaker("cl").withQuote("time is short")
                        .withNote("Conceding (by CL)"));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void prefixName_isTheShortNameBeforeTheColonOnly() {
        assertThat(AifNames.prefixName("CL : and therefore")).isEqualTo("CL");
        assertThat(AifNames.prefixName("Dr. X: hi")).isNull();
        assertThat(AifNames.prefixName("Note:no space")).isNull();
        assertThat(AifNames.prefixName("no colon at all")).isNull();
        assertThat(AifNames.prefixName("Speaker : ")).isNull();
    }

    @Test
    void readAifdb_schemesAreKeptOnTheRelation() throws IOException {
        String aif = """
                {"nodes": [
                  {"nodeID": "1", "text": "Take the job", "type": "I"},
                  {"nodeID": "2", "text": "The expert says so", "type": "I"},
                  {"nodeID": "3", "text": "Argument From Expert Opinion", "type": "RA", "scheme": "Expert Opinion", "schemeID": 11},
                  {"nodeID": "4", "text": "The pay is low", "type": "I"},
                  {"nodeID": "5", "text": "Default Conflict", "type": "CA", "schemeID": "0"},
                  {"nodeID": "6", "text": "It is far", "type": "I"},
                  {"nodeID": "7", "text": "Argument From Consequences", "type": "RA"}
                ],
                "edges": [
                  {"edgeID": "a", "fromID": "2", "toID": "3"}, {"edgeID": "b", "fromID": "3", "toID": "1"},
                  {"edgeID": "c", "fromID": "4", "toID": "5"}, {"edgeID": "d", "fromID": "5", "toID": "1"},
                  {"edgeID": "e", "fromID": "6", "toID": "7"}, {"edgeID": "f", "fromID": "7", "toID": "4"}
                ]}
                """;
        ArgumentMap map = read(aif).map();
        assertThat(map.relations()).containsExactly(
                Relation.support("n2", "n1").withScheme("Expert Opinion"),
                Relation.rebuttal("n4", "n1"),
                Relation.support("n6", "n4").withScheme("Argument From Consequences"));
        assertThat(map.metadata()).containsExactly(Map.entry("aif.schemeID.Expert Opinion", "11"));
        // Written back as AIFdb writes a named scheme: the name as text and "scheme", the number as "schemeID".
        assertThat(this.aif.toText(map)).contains(
                "{\"nodeID\": \"5\", \"text\": \"Expert Opinion\", \"type\": \"RA\", \"scheme\": \"Expert Opinion\", \"schemeID\": \"11\"}",
                "{\"nodeID\": \"6\", \"text\": \"Default Conflict\", \"type\": \"CA\"}");
    }

    // ---- undercuts, linked premises, arguments, titles, metadata, schemes ----

    @Test
    void roundTrip_keepsUndercutsLinkedPremisesArgumentsTitlesMetadataAndSchemes() throws IOException {
        ArgumentMap map = StructuredMaps.bridge();
        String text = aif.toText(map);
        ReadResult back = read(text);
        assertThat(back.map().claims()).isEqualTo(map.claims());
        assertThat(back.map().arguments()).isEqualTo(map.arguments());
        assertThat(back.map().relations()).isEqualTo(map.relations());
        assertThat(back.map().metadata()).isEqualTo(map.metadata());
        assertThat(back.map()).isEqualTo(map);
        assertThat(back.warnings()).isEmpty();
        assertThat(aif.toText(back.map())).isEqualTo(text);
    }

    @Test
    void write_undercutIsACaNodeWhoseConclusionIsTheAttackedSchemeNode() {
        ArgumentMap map = StructuredMaps.bridge();
        Value doc = PositionedJson.parse(aif.toText(map).getBytes(StandardCharsets.UTF_8), "t", 1, 1);
        Map<String, String> type = doc.field("nodes").orElseThrow().items().stream().collect(Collectors.toMap(
                n -> n.field("nodeID").orElseThrow().text(), n -> n.field("type").orElseThrow().text()));
        List<List<String>> edges = doc.field("edges").orElseThrow().items().stream()
                .map(e -> List.of(e.field("fromID").orElseThrow().text(), e.field("toID").orElseThrow().text())).toList();
        // Statements 1..10 (8 claims, 2 arguments), then one scheme node per relation: 11..17.
        assertThat(List.of(type.get("11"), type.get("12"), type.get("13"), type.get("14"), type.get("15"),
                type.get("16"), type.get("17"))).containsExactly("RA", "CA", "CA", "CA", "CA", "RA", "CA");
        // r1: cracks (2) and unsafe (3) into one RA node 11, which concludes close (1).
        assertThat(edges).contains(List.of("2", "11"), List.of("3", "11"), List.of("11", "1"));
        // u-other: other (4) -> CA 13 -> RA 11; its undercut: fixed (5) -> CA 14 -> CA 13.
        assertThat(edges).contains(List.of("4", "13"), List.of("13", "11"), List.of("5", "14"), List.of("14", "13"));
        // The linked undercut of r-cost: insured (7) and policy (8) -> CA 15 -> CA 12.
        assertThat(edges).contains(List.of("7", "15"), List.of("8", "15"), List.of("15", "12"));
        // The argument a-safety (9) supports close through RA 16.
        assertThat(edges).contains(List.of("9", "16"), List.of("16", "1"));
    }

    @Test
    void withoutExtension_undercutsAndLinkedPremisesStillReadFromTheAifAlone() throws IOException {
        String text = aif.toText(StructuredMaps.bridge());
        String stripped = text.substring(0, text.indexOf(",\n  \"argmap\"")) + "\n}\n";
        ArgumentMap back = read(stripped).map();
        // Without the extension, relations that are undercut are named after their scheme node.
        assertThat(back.relations()).containsExactly(
                Relation.linked(RelationKind.SUPPORT, List.of("n2", "n3"), "n1").withId("ra11").withScheme("Argument From Sign"),
                Relation.rebuttal("n6", "n1").withId("ca12"),
                Relation.undercut("n4", "ra11").withId("ca13").withScheme("Undercutter"),
                Relation.undercut("n5", "ca13"),
                Relation.linked(RelationKind.UNDERCUT, List.of("n7", "n8"), "ca12"),
                Relation.support("n9", "n1").withScheme("12"),
                Relation.rebuttal("n10", "n9").withScheme("spaced"));
    }

    /** AIFdb and OVA draw an undercut as a CA node whose conclusion edge ends at an RA (or CA) node. */
    @Test
    void readAifdb_caNodeAttackingAnRaNodeIsAnUndercut() throws IOException {
        String text = """
                {"nodes": [
                  {"nodeID": "1", "text": "Close the bridge", "type": "I"},
                  {"nodeID": "2", "text": "A report found cracks", "type": "I"},
                  {"nodeID": "3", "text": "Default Inference", "type": "RA"},
                  {"nodeID": "4", "text": "The report was about another bridge", "type": "I"},
                  {"nodeID": "5", "text": "Default Conflict", "type": "CA"},
                  {"nodeID": "6", "text": "The address was corrected", "type": "I"},
                  {"nodeID": "7", "text": "Default Conflict", "type": "CA"},
                  {"nodeID": "8", "text": "Loop one", "type": "I"},
                  {"nodeID": "9", "text": "Default Conflict", "type": "CA"},
                  {"nodeID": "10", "text": "Default Conflict", "type": "CA"}
                ],
                "edges": [
                  {"edgeID": 1, "fromID": "2", "toID": "3"}, {"edgeID": 2, "fromID": "3", "toID": "1"},
                  {"edgeID": 3, "fromID": "4", "toID": "5"}, {"edgeID": 4, "fromID": "5", "toID": "3"},
                  {"edgeID": 5, "fromID": "6", "toID": "7"}, {"edgeID": 6, "fromID": "7", "toID": "5"},
                  {"edgeID": 7, "fromID": "8", "toID": "9"}, {"edgeID": 8, "fromID": "9", "toID": "10"},
                  {"edgeID": 9, "fromID": "8", "toID": "10"}, {"edgeID": 10, "fromID": "10", "toID": "9"}
                ]}
                """;
        ReadResult result = read(text);
        assertThat(result.map().relations()).containsExactly(
                Relation.support("n2", "n1").withId("ra3"),
                Relation.undercut("n4", "ra3").withId("ca5"),
                Relation.undercut("n6", "ca5"));
        // CA 9 and CA 10 undercut each other: a loop that attacks no inference, left out.
        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
                "t.json:10:3: 2 CA node(s) point at a scheme node that gives no relation (left out itself, or part of"
                        + " a loop of undercuts) and are left out");
    }

    /** AIF written by argmap before relations had ids (extension version 1) still reads, group as id. */
    @Test
    void read_extensionVersion1KeepsNotesAndGroupsOnPremiseEdges() throws IOException {
        String text = """
                {"nodes": [
                  {"nodeID": "1", "text": "walk", "type": "I"}, {"nodeID": "2", "text": "cheap", "type": "I"},
                  {"nodeID": "3", "text": "fit", "type": "I"}, {"nodeID": "4", "text": "Default Inference", "type": "RA"}
                ],
                "edges": [
                  {"edgeID": "1", "fromID": "2", "toID": "4"}, {"edgeID": "2", "fromID": "3", "toID": "4"},
                  {"edgeID": "3", "fromID": "4", "toID": "1"}
                ],
                "argmap": {"version": 1, "title": "old", "speakers": [], "sections": [],
                  "claims": {"1": {"id": "walk"}, "2": {"id": "cheap"}, "3": {"id": "fit"}},
                  "edges": {"1": {"note": "both", "group": "g-walk"}, "2": {"note": "both", "group": "g-walk"}}}}
                """;
        assertThat(read(text).map().relations()).containsExactly(
                Relation.linked(RelationKind.SUPPORT, List.of("cheap", "fit"), "walk").withId("g-walk").withNote("both"));
    }
}
