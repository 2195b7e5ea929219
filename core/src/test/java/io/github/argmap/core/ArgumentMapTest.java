package io.github.argmap.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class ArgumentMapTest {

    private static ArgumentMap.Builder walk() {
        return ArgumentMap.builder()
                .title("Should we walk?")
                .addSpeaker(Speaker.of("ann", "Ann", "panellist"))
                .addSection(new Section("s1", "Opening"))
                .addClaim(Claim.of("walk", "We should walk.").withSpeaker("ann").withSection("s1"))
                .addClaim(Claim.of("sunny", "It is sunny.").withSpeaker("ann"))
                .addClaim(Claim.of("late", "We are late."))
                .addRelation(Relation.support("sunny", "walk"))
                .addRelation(Relation.rebuttal("late", "walk"));
    }

    @Test
    void build_makesGraphWithEveryClaimAndRelation() {
        ArgumentMap map = walk().build();
        Graph<Claim, Relation> g = map.graph();
        assertThat(g.vertexSet()).extracting(Claim::id).containsExactly("walk", "sunny", "late");
        Claim walk = map.requireClaim("walk");
        assertThat(g.incomingEdgesOf(walk)).containsExactlyInAnyOrder(
                Relation.support("sunny", "walk"), Relation.rebuttal("late", "walk"));
        assertThat(g.getEdgeSource(Relation.rebuttal("late", "walk"))).isEqualTo(map.requireClaim("late"));
        assertThat(g.getType().isDirected()).isTrue();
        assertThat(map.speakerOf(walk)).contains(Speaker.of("ann", "Ann", "panellist"));
        assertThat(map.sectionOf(map.requireClaim("late"))).isEmpty();
    }

    @Test
    void graph_isUnmodifiable() {
        ArgumentMap map = walk().build();
        assertThatThrownBy(() -> map.graph().addVertex(Claim.of("x", "x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.graph().removeVertex(map.requireClaim("walk")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.claims().add(Claim.of("x", "x"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builder_isReusableAndBuildReturnsSnapshot() {
        ArgumentMap.Builder b = walk();
        ArgumentMap first = b.build();
        b.addClaim(Claim.of("rain", "It may rain.")).addRelation(Relation.rebuttal("rain", "sunny"));
        ArgumentMap second = b.build();
        assertThat(first.claims()).hasSize(3);
        assertThat(first.relations()).hasSize(2);
        assertThat(second.claims()).hasSize(4);
        assertThat(first.toBuilder().build()).isEqualTo(first).hasSameHashCodeAs(first);
    }

    @Test
    void build_rejectsDanglingRelation() {
        assertThatThrownBy(() -> walk().addRelation(Relation.support("ghost", "walk")).build())
                .isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("/relations/2/from")
                .hasMessageContaining("no claim or argument has id 'ghost'");
    }

    @Test
    void build_rejectsSelfRelation() {
        assertThatThrownBy(() -> walk().addRelation(Relation.rebuttal("late", "late")).build())
                .hasMessageContaining("/relations/2: rebuttal from claim 'late' to itself");
    }

    @Test
    void build_rejectsSecondRelationOnSameOrderedPair() {
        assertThatThrownBy(() -> walk().addRelation(Relation.rebuttal("sunny", "walk")).build())
                .hasMessageContaining("a second relation from 'sunny' to 'walk' (already a support at /relations/0)");
    }

    @Test
    void build_allowsRelationsBothWaysBetweenTwoClaims() {
        ArgumentMap map = walk().addRelation(Relation.rebuttal("walk", "late")).build();
        assertThat(map.relations()).hasSize(3);
    }

    @Test
    void build_rejectsDuplicateIdsPerKind() {
        assertThatThrownBy(() -> walk().addClaim(Claim.of("walk", "Again.")).addSpeaker(Speaker.of("ann", "Ann B", "x")).build())
                .hasMessageContaining("/speakers/1/id: duplicate speaker id 'ann' (already used at /speakers/0)")
                .hasMessageContaining("/claims/3/id: duplicate claim id 'walk' (already used at /claims/0)");
    }

    @Test
    void build_allowsSameIdForClaimAndSpeaker() {
        ArgumentMap map = walk().addClaim(Claim.of("ann", "A claim named like a speaker.")).build();
        assertThat(map.claim("ann")).isPresent();
    }

    @Test
    void build_rejectsInvalidIdsAndTags() {
        assertThatThrownBy(() -> walk().addClaim(Claim.of("has space", "x"))
                        .addClaim(Claim.of("ok", "y").withTags(List.of("bad tag")))
                        .addClaim(Claim.of("x".repeat(129), "z"))
                        .build())
                .hasMessageContaining("claim id 'has space' is not valid")
                .hasMessageContaining("claim 'ok' has tag 'bad tag', which is not valid")
                .hasMessageContaining("/claims/5/id");
    }

    @Test
    void build_rejectsInvalidRelationId() {
        assertThatThrownBy(() -> walk().addRelation(Relation.support("late", "sunny").withId("g 1")).build())
                .hasMessageContaining("/relations/2/id: relation id 'g 1' is not valid");
        assertThat(walk().addRelation(Relation.support("late", "sunny").withId("g1")).build().relation("g1")).isPresent();
    }

    @Test
    void build_acceptsIdOfMaximumLength() {
        assertThat(walk().addClaim(Claim.of("x".repeat(128), "z")).build().claims()).hasSize(4);
    }

    @Test
    void build_rejectsUnknownSpeakerAndSection() {
        assertThatThrownBy(() -> walk().addClaim(Claim.of("c", "x").withSpeaker("bob").withSection("s9")).build())
                .hasMessageContaining("claim 'c' names speaker 'bob', which the map does not define")
                .hasMessageContaining("claim 'c' names section 's9', which the map does not define");
    }

    @Test
    void build_rejectsBlankTextAndNames() {
        assertThatThrownBy(() -> walk().addClaim(Claim.of("c", "  ")).addSpeaker(Speaker.of("bob", "", "audience")).build())
                .hasMessageContaining("the text of claim 'c' is blank")
                .hasMessageContaining("the name of speaker 'bob' is blank");
    }

    @Test
    void build_rejectsWeightOutsideUnitInterval() {
        assertThatThrownBy(() -> walk().addClaim(Claim.of("c", "x").withWeight(1.5))
                        .addClaim(Claim.of("d", "y").withWeight(Double.NaN)).build())
                .hasMessageContaining("claim 'c' has weight 1.5")
                .hasMessageContaining("claim 'd' has weight NaN");
        assertThat(walk().addClaim(Claim.of("c", "x").withWeight(0.0)).addClaim(Claim.of("d", "y").withWeight(1.0))
                .build().claims()).hasSize(5);
    }

    @Test
    void build_reportsEveryProblemAtOnce() {
        InvalidMapException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidMapException.class, () -> walk()
                .addClaim(Claim.of("walk", "dup"))
                .addRelation(Relation.support("a", "b"))
                .addRelation(Relation.support("late", "late"))
                .build());
        // dup id; relation 2 has two dangling ends; relation 3 is a self-relation
        assertThat(e.problems()).extracting(Problem::pointer)
                .containsExactly("/claims/3/id", "/relations/2/from", "/relations/2/to", "/relations/3");
    }

    @Test
    void claim_sortsAndDeduplicatesTags() {
        Claim c = Claim.of("c", "x").withTags(List.of("nato", "eu", "nato"));
        assertThat(c.tags()).containsExactly("eu", "nato");
        assertThat(c).isEqualTo(Claim.of("c", "x").withTags(List.of("eu", "nato")));
    }

    @Test
    void requireClaim_namesMissingId() {
        assertThatThrownBy(() -> walk().build().requireClaim("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no claim has id 'nope'");
    }

    @Test
    void problem_formatsWithAndWithoutPosition() {
        assertThat(new Problem("m.json", 3, 7, "/claims/0", "bad").toString()).isEqualTo("m.json:3:7: bad");
        assertThat(new Problem("m.json", 0, 0, "/claims/0", "bad").toString()).isEqualTo("m.json: /claims/0: bad");
        assertThat(Problem.at("/claims/0", "bad").toString()).isEqualTo("/claims/0: bad");
        assertThat(Problem.at("", "bad").toString()).isEqualTo("bad");
    }

    @Test
    void speaker_affiliationIsOptional() {
        assertThat(new Speaker("t", "T", "panellist", Optional.of("LSE")).affiliation()).contains("LSE");
    }
}
