package io.github.argmap.api.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Undercuts and linked relations in the Dung translation and in DF-QuAD, on examples worked by hand
 * in docs/semantics.md. The undercut examples are the shape of Pollock's red-light example and of
 * Modgil and Prakken's undercutter of a defeasible rule: the undercut attacks the inference, not its
 * premise or its conclusion.
 */
class UndercutSemanticsTest {
    private static ArgumentMap.Builder claims(String... ids) {
        ArgumentMap.Builder b = ArgumentMap.builder().title("t");
        for (String id : ids) {
            b.addClaim(Claim.of(id, "Claim " + id + "."));
        }
        return b;
    }

    private static Map<String, Status> grounded(ArgumentMap map, SupportReading reading) {
        return Acceptance.of(map, Semantics.GROUNDED, reading).statuses();
    }

    @Test
    void undercutOfARebuttal_savesTheTarget_whileThePremiseStillStands() {
        // p rebuts t through inference r; u undercuts r. Attacks: r -> t, u -> r.
        ArgumentMap map = claims("t", "p", "u").addRelation(Relation.rebuttal("p", "t").withId("r"))
                .addRelation(Relation.undercut("u", "r")).build();
        MapFramework mf = MapFramework.of(map, SupportReading.ATTACK_ONLY);
        assertThat(mf.framework().ids()).containsExactly("t", "p", "u", "r");
        assertThat(grounded(map, SupportReading.ATTACK_ONLY)).containsAllEntriesOf(Map.of(
                "t", Status.ACCEPTED, "p", Status.ACCEPTED, "u", Status.ACCEPTED));
        // Without the undercut, p defeats t.
        ArgumentMap plain = claims("t", "p", "u").addRelation(Relation.rebuttal("p", "t").withId("r")).build();
        assertThat(grounded(plain, SupportReading.ATTACK_ONLY)).containsEntry("t", Status.REJECTED);
    }

    @Test
    void undercutOfAnUndercut_reinstatesTheRebuttal() {
        // p rebuts t (r1); u undercuts r1 (u1); v undercuts u1. v IN, u1 OUT, r1 IN, t OUT.
        ArgumentMap map = claims("t", "p", "u", "v").addRelation(Relation.rebuttal("p", "t").withId("r1"))
                .addRelation(Relation.undercut("u", "r1").withId("u1"))
                .addRelation(Relation.undercut("v", "u1").withId("u2")).build();
        Map<String, Status> s = grounded(map, SupportReading.ATTACK_ONLY);
        assertThat(s).containsEntry("t", Status.REJECTED).containsEntry("r1", Status.ACCEPTED)
                .containsEntry("u1", Status.REJECTED).containsEntry("v", Status.ACCEPTED);
    }

    @Test
    void linkedRebuttal_fallsWithAnyOfItsPremises() {
        // {a, b} jointly rebut t (L); c rebuts a. Attacks: L -> t, c -> a, c -> L (c attacks a premise of L).
        ArgumentMap map = claims("t", "a", "b", "c")
                .addRelation(Relation.linked(RelationKind.REBUTTAL, List.of("a", "b"), "t").withId("L"))
                .addRelation(Relation.rebuttal("c", "a")).build();
        MapFramework mf = MapFramework.of(map, SupportReading.ATTACK_ONLY);
        ArgumentationFramework af = mf.framework();
        assertThat(af.ids()).containsExactly("t", "a", "b", "c", "L");
        assertThat(grounded(map, SupportReading.ATTACK_ONLY)).containsAllEntriesOf(Map.of(
                "t", Status.ACCEPTED, "a", Status.REJECTED, "b", Status.ACCEPTED, "c", Status.ACCEPTED,
                "L", Status.REJECTED));
    }

    @Test
    void undercutSupport_carriesNoBipolarAttack() {
        // x rebuts s, s supports t: bipolar gives the secondary attack x -> t, unless the support is undercut.
        ArgumentMap.Builder b = claims("t", "s", "x", "u").addRelation(Relation.support("s", "t").withId("sup"))
                .addRelation(Relation.rebuttal("x", "s"));
        assertThat(grounded(b.build(), SupportReading.BIPOLAR)).containsEntry("t", Status.REJECTED);
        ArgumentMap undercut = b.addRelation(Relation.undercut("u", "sup")).build();
        assertThat(grounded(undercut, SupportReading.BIPOLAR)).containsEntry("t", Status.ACCEPTED);
        // The default reading never lets a rebutted reason knock out what it supports.
        assertThat(grounded(b.build(), SupportReading.defaultReading())).containsEntry("t", Status.ACCEPTED);
    }

    @Test
    void dfQuad_anUndercutWeakensTheSupportItAttacks_toTheWeakestLink() {
        // cracks (0.5) supports close through s; other (weight 0.9) undercuts s.
        // s = min(0.5, 1 - 0.9) = 0.1; close = 0.5 + 0.5 * 0.1 = 0.55. Without the undercut: 0.5 + 0.5 * 0.5 = 0.75.
        ArgumentMap.Builder b = ArgumentMap.builder().title("t")
                .addClaim(Claim.of("close", "Close the bridge."))
                .addClaim(Claim.of("cracks", "The report found cracks."))
                .addClaim(Claim.of("other", "The report was about another bridge.").withWeight(0.9))
                .addRelation(Relation.support("cracks", "close").withId("s"));
        assertThat(Strength.dfQuad(b.build()).values().get("close")).isCloseTo(0.75, within(1e-12));
        ArgumentMap map = b.addRelation(Relation.undercut("other", "s")).build();
        assertThat(Strength.dfQuad(map).values().get("close")).isCloseTo(0.55, within(1e-12));
        assertThat(Strength.dfQuad(map).values().get("other")).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void dfQuad_aLinkedSupportIsAsStrongAsItsWeakestPremise() {
        // a (0.8) and b (0.2) jointly support t (0.5): the link is 0.2, t = 0.5 + 0.5 * 0.2 = 0.6.
        ArgumentMap map = ArgumentMap.builder().title("t")
                .addClaim(Claim.of("t", "T.")).addClaim(Claim.of("a", "A.").withWeight(0.8))
                .addClaim(Claim.of("b", "B.").withWeight(0.2))
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("a", "b"), "t")).build();
        assertThat(Strength.dfQuad(map).values().get("t")).isCloseTo(0.6, within(1e-12));
    }
}
