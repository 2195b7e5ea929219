package io.github.argmap.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of relation ids, linked premises, undercuts and argument nodes, in the model and in JSON. */
class UndercutAndLinkedRulesTest {
    private static ArgumentMap.Builder bridge() {
        return ArgumentMap.builder().title("Close the bridge?")
                .addClaim(Claim.of("close", "Close the bridge."))
                .addClaim(Claim.of("cracks", "The report found cracks."))
                .addClaim(Claim.of("unsafe", "Bridges with cracks are unsafe."))
                .addClaim(Claim.of("other", "The report was about another bridge."))
                .addClaim(Claim.of("cost", "Closing costs too much."));
    }

    private static ArgumentMap read(String json) {
        try {
            return JsonMapReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void relationsWithoutIds_areNamedByPosition_andStayEqualToWhatWasBuilt() {
        ArgumentMap map = bridge().addRelation(Relation.support("cracks", "close"))
                .addRelation(Relation.rebuttal("cost", "close").withId("r1")).build();
        assertThat(map.relations().get(0)).isEqualTo(Relation.support("cracks", "close"));
        // r1 is taken by the second relation's own id, so the first is named with a suffix.
        assertThat(map.idOf(map.relations().get(0))).isEqualTo("r1-2");
        assertThat(map.relation("r1")).contains(Relation.rebuttal("cost", "close").withId("r1"));
        assertThat(map.relation("r1-2")).contains(Relation.support("cracks", "close"));
    }

    @Test
    void undercut_targetsARelation_andIsReachedFromIt() {
        Relation report = Relation.linked(RelationKind.SUPPORT, List.of("cracks", "unsafe"), "close").withId("r-report");
        ArgumentMap map = bridge().addRelation(report).addRelation(Relation.undercut("other", "r-report")).build();
        assertThat(map.undercutsOf("r-report")).containsExactly(Relation.undercut("other", "r-report"));
        assertThat(map.relationsTo("close")).containsExactly(report);
        assertThat(map.relationsFrom("unsafe")).containsExactly(report);
        // A linked relation has one source and is no edge of the claim graph.
        assertThat(map.graph().edgeSet()).isEmpty();
    }

    @Test
    void undercut_ofAClaim_ofAMissingRelation_andInACycle_areRefused() {
        assertThatThrownBy(() -> bridge().addRelation(Relation.undercut("other", "close")).build())
                .hasMessageContaining("/relations/0/to: undercut 'r1' targets 'close', which is a claim or argument");
        assertThatThrownBy(() -> bridge().addRelation(Relation.undercut("other", "nope")).build())
                .hasMessageContaining("/relations/0/to: undercut 'r1' targets relation 'nope', which the map does not have");
        assertThatThrownBy(() -> bridge().addRelation(Relation.support("cracks", "close").withId("s"))
                .addRelation(Relation.undercut("other", "u2").withId("u1"))
                .addRelation(Relation.undercut("cost", "u1").withId("u2")).build())
                .hasMessageContaining("/relations/1/to: undercut 'u1' is part of a cycle of undercuts (u1 -> u2 -> u1)");
        assertThatThrownBy(() -> bridge().addRelation(Relation.undercut("other", "u").withId("u")).build())
                .hasMessageContaining("cycle of undercuts (u -> u)");
    }

    @Test
    void linkedRelation_withARepeatedPremise_isRefused() {
        assertThatThrownBy(() -> bridge()
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("cracks", "cracks"), "close")).build())
                .hasMessageContaining("/relations/0/from: relation 'r1' names premise 'cracks' twice");
    }

    @Test
    void supportOfARelation_isRefused_asOnlyAnUndercutAttacksOne() {
        assertThatThrownBy(() -> bridge().addRelation(Relation.support("cracks", "close").withId("s"))
                .addRelation(Relation.rebuttal("other", "s")).build())
                .hasMessageContaining("rebuttal 'r2' targets relation 's'; only an undercut attacks a relation");
    }

    @Test
    void argument_premisesAndConclusionMustBeClaims_andItsIdMustNotBeAClaims() {
        assertThat(bridge().addArgument(Argument.of("a-report", "").withPremises(List.of("cracks", "unsafe"))
                .withConclusion("close")).addRelation(Relation.rebuttal("other", "a-report")).build().arguments())
                .hasSize(1);
        assertThatThrownBy(() -> bridge().addArgument(Argument.of("close", "x")).build())
                .hasMessageContaining("argument id 'close' is already a claim's id");
        assertThatThrownBy(() -> bridge().addArgument(Argument.of("a", "x").withPremises(List.of("ghost"))
                .withConclusion("cracks")).build())
                .hasMessageContaining("argument 'a' names premise 'ghost', which is not a claim of the map");
        assertThatThrownBy(() -> bridge().addArgument(Argument.of("a", "x").withPremises(List.of("cracks"))
                .withConclusion("cracks")).build())
                .hasMessageContaining("argument 'a' has 'cracks' as both premise and conclusion");
    }

    @Test
    void json_acceptsTheIssuesExamples_andWritesThemBackAsRead() {
        String json = """
                {
                  "argmap": 1,
                  "title": "Close the bridge?",
                  "metadata": {"corpus": "test", "author": "A. N. Other"},
                  "speakers": [],
                  "sections": [],
                  "claims": [
                    {"id": "c", "title": "Close it", "text": "Close the bridge."},
                    {"id": "p1", "text": "The report found cracks."},
                    {"id": "p2", "text": "Bridges with cracks are unsafe."},
                    {"id": "u", "text": "The report was about another bridge."}
                  ],
                  "arguments": [
                    {"id": "a1", "title": "The report", "text": "The report says close it.", "premises": ["p1", "p2"], "conclusion": "c"}
                  ],
                  "relations": [
                    {"id": "r1", "from": ["p1", "p2"], "to": "c", "kind": "support"},
                    {"id": "r2", "from": "u", "to": "r1", "kind": "undercut"}
                  ]
                }
                """;
        ArgumentMap map = read(json);
        assertThat(map.relation("r1").orElseThrow().from()).containsExactly("p1", "p2");
        assertThat(map.undercutsOf("r1")).extracting(Relation::from).containsExactly(List.of("u"));
        assertThat(map.argument("a1").orElseThrow().premises()).containsExactly("p1", "p2");
        assertThat(map.requireClaim("c").title()).contains("Close it");
        assertThat(map.metadata()).containsOnlyKeys("author", "corpus");
        String written = JsonMapWriter.toJson(map);
        assertThat(written).contains("      \"id\": \"r2\",\n      \"from\": \"u\",\n      \"to\": \"r1\",\n      \"kind\": \"undercut\"\n")
                .contains("\"from\": [\"p1\", \"p2\"]");
        assertThat(read(written)).isEqualTo(map);
        assertThat(JsonMapWriter.toJson(read(written))).isEqualTo(written);
    }

    @Test
    void json_refusesEachBrokenUndercutOrLinkWithItsPosition() {
        String head = "{\"argmap\": 1, \"title\": \"t\", \"claims\": [{\"id\": \"a\", \"text\": \"A\"}, {\"id\": \"b\", \"text\": \"B\"}],\n"
                + "\"relations\": [\n";
        assertThatThrownBy(() -> read(head + "{\"id\": \"s\", \"from\": \"a\", \"to\": \"b\", \"kind\": \"support\"},\n"
                + "  {\"id\": \"u\", \"from\": \"a\", \"to\": \"zz\", \"kind\": \"undercut\"}]}"))
                .hasMessageContaining("m.json:4:34:")
                .hasMessageContaining("undercut 'u' targets relation 'zz', which the map does not have");
        assertThatThrownBy(() -> read(head + "{\"id\": \"s\", \"from\": [\"a\", \"a\"], \"to\": \"b\", \"kind\": \"support\"}]}"))
                .hasMessageContaining("m.json:3:21:").hasMessageContaining("names premise 'a' twice");
        assertThatThrownBy(() -> read(head + "{\"id\": \"u\", \"from\": \"a\", \"to\": \"v\", \"kind\": \"undercut\"},\n"
                + "  {\"id\": \"v\", \"from\": \"b\", \"to\": \"u\", \"kind\": \"undercut\"}]}"))
                .hasMessageContaining("m.json:3:").hasMessageContaining("cycle of undercuts (u -> v -> u)");
    }

    @Test
    void json_oldGroupsFoldIntoOneLinkedRelationNamedByTheGroup() {
        ArgumentMap map = read("{\"argmap\": 1, \"title\": \"t\", \"claims\": [{\"id\": \"a\", \"text\": \"A\"}, "
                + "{\"id\": \"b\", \"text\": \"B\"}, {\"id\": \"c\", \"text\": \"C\"}], \"relations\": ["
                + "{\"from\": \"a\", \"to\": \"c\", \"kind\": \"support\", \"group\": \"g1\"},"
                + "{\"from\": \"b\", \"to\": \"c\", \"kind\": \"support\", \"group\": \"g1\"}]}");
        assertThat(map.relations()).containsExactly(
                Relation.linked(RelationKind.SUPPORT, List.of("a", "b"), "c").withId("g1"));
    }
}
