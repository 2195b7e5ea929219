package io.github.argmap.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Claim and Relation write their equals out for speed; it must still mean "every component equal". */
class RecordEqualityTest {
    private static final Claim FULL = Claim.of("c1", "Text").withSpeaker("s").withSection("sec").withQuote("q")
            .withTags(List.of("a", "b")).withNote("n").withWeight(0.5);

    @Test
    void claim_equalComponentsMeanEqualClaimsWithEqualHashes() {
        Claim copy = new Claim("c1", new String("Text"), Optional.of("s"), Optional.of("sec"), Optional.of("q"),
                List.of("b", "a"), Optional.of("n"), OptionalDouble.of(0.5), Optional.empty());
        assertThat(copy).isNotSameAs(FULL).isEqualTo(FULL);
        assertThat(copy.hashCode()).isEqualTo(FULL.hashCode());
    }

    @Test
    void claim_differingInAnyOneComponentIsUnequal() {
        List<Claim> variants = List.of(
                new Claim("c2", "Text", FULL.speaker(), FULL.section(), FULL.quote(), FULL.tags(), FULL.note(), FULL.weight(), FULL.title()),
                new Claim("c1", "Other", FULL.speaker(), FULL.section(), FULL.quote(), FULL.tags(), FULL.note(), FULL.weight(), FULL.title()),
                FULL.withSpeaker("t"),
                new Claim("c1", "Text", Optional.empty(), FULL.section(), FULL.quote(), FULL.tags(), FULL.note(), FULL.weight(), FULL.title()),
                FULL.withSection("other"),
                FULL.withQuote("other"),
                FULL.withTags(List.of("a")),
                FULL.withNote("other"),
                FULL.withWeight(0.25),
                new Claim("c1", "Text", FULL.speaker(), FULL.section(), FULL.quote(), FULL.tags(), FULL.note(), OptionalDouble.empty(), FULL.title()),
                FULL.withTitle("A title"));
        for (Claim v : variants) {
            assertThat(v).as(v.toString()).isNotEqualTo(FULL);
            assertThat(FULL).as(v.toString()).isNotEqualTo(v);
        }
        assertThat(FULL).isNotEqualTo(null).isNotEqualTo("c1");
    }

    @Test
    void relation_equalComponentsMeanEqualRelationsWithEqualHashes() {
        Relation r = Relation.support("a", "b").withNote("n").withScheme("g").withId("r1");
        Relation copy = new Relation(new String("r1"), List.of(new String("a")), "b", RelationKind.SUPPORT, Optional.of("n"),
                Optional.of("g"));
        assertThat(copy).isNotSameAs(r).isEqualTo(r);
        assertThat(copy.hashCode()).isEqualTo(r.hashCode());
    }

    @Test
    void relation_differingInAnyOneComponentIsUnequal() {
        Relation r = Relation.support("a", "b").withNote("n").withScheme("g").withId("r1");
        List<Relation> variants = List.of(
                new Relation("r2", List.of("a"), "b", RelationKind.SUPPORT, r.note(), r.scheme()),
                new Relation("r1", List.of("x"), "b", RelationKind.SUPPORT, r.note(), r.scheme()),
                new Relation("r1", List.of("a", "x"), "b", RelationKind.SUPPORT, r.note(), r.scheme()),
                new Relation("r1", List.of("a"), "x", RelationKind.SUPPORT, r.note(), r.scheme()),
                new Relation("r1", List.of("a"), "b", RelationKind.REBUTTAL, r.note(), r.scheme()),
                new Relation("r1", List.of("a"), "b", RelationKind.SUPPORT, Optional.empty(), r.scheme()),
                new Relation("r1", List.of("a"), "b", RelationKind.SUPPORT, r.note(), Optional.of("h")));
        for (Relation v : variants) {
            assertThat(v).as(v.toString()).isNotEqualTo(r);
            assertThat(r).as(v.toString()).isNotEqualTo(v);
        }
        assertThat(r).isNotEqualTo(null).isNotEqualTo("a");
    }
}
