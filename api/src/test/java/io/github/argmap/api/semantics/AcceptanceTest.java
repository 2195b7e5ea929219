package io.github.argmap.api.semantics;

import static io.github.argmap.api.semantics.MapFrameworkTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Status;
import org.junit.jupiter.api.Test;

class AcceptanceTest {
    // sunny supports walk, late rebuts walk, bus rebuts late, rain rebuts sunny.
    private final ArgumentMap walk = map("walk sunny late bus rain",
            Relation.support("sunny", "walk"), Relation.rebuttal("late", "walk"),
            Relation.rebuttal("bus", "late"), Relation.rebuttal("rain", "sunny"));

    // Attack only: bus and rain unattacked (IN), late and sunny OUT, walk's only attacker late
    // is OUT, so walk IN.
    @Test
    void grounded_attackOnly_acceptsWalkWhoseRebuttalIsDefeated() {
        Acceptance a = Acceptance.of(walk, Semantics.GROUNDED, SupportReading.ATTACK_ONLY);
        assertThat(a.reading()).isEqualTo(SupportReading.ATTACK_ONLY);
        assertThat(a.semantics()).isEqualTo(Semantics.GROUNDED);
        assertThat(a.statuses().keySet()).containsExactly("walk", "sunny", "late", "bus", "rain");
        assertThat(a.ids(Status.ACCEPTED)).containsExactly("walk", "bus", "rain");
        assertThat(a.ids(Status.REJECTED)).containsExactly("sunny", "late");
    }

    // Bipolar: rain rebuts sunny, which supports walk, so rain also attacks walk (secondary
    // attack); rain is IN, so walk is OUT.
    @Test
    void grounded_bipolar_rejectsWalkWhoseSupportIsRebutted() {
        Acceptance a = Acceptance.of(walk, Semantics.GROUNDED, SupportReading.BIPOLAR);
        assertThat(a.reading()).isEqualTo(SupportReading.BIPOLAR);
        assertThat(a.status("walk")).isEqualTo(Status.REJECTED);
        assertThat(a.ids(Status.ACCEPTED)).containsExactly("bus", "rain");
    }

    // a <-> b, a -> c, b -> c, c -> d (rebuttals). Preferred {a,d}, {b,d}: d sceptical
    // (ACCEPTED); c in none (REJECTED); a and b in one each (UNDECIDED).
    private final ArgumentMap floating = map("a b c d", Relation.rebuttal("a", "b"), Relation.rebuttal("b", "a"),
            Relation.rebuttal("a", "c"), Relation.rebuttal("b", "c"), Relation.rebuttal("c", "d"));

    @Test
    void preferred_acceptsFloatingClaimAndRejectsClaimInNoExtension() {
        Acceptance a = Acceptance.of(floating, Semantics.PREFERRED, SupportReading.ATTACK_ONLY);
        assertThat(a.statuses()).containsExactly(
                java.util.Map.entry("a", Status.UNDECIDED), java.util.Map.entry("b", Status.UNDECIDED),
                java.util.Map.entry("c", Status.REJECTED), java.util.Map.entry("d", Status.ACCEPTED));
    }

    // Complete extensions {}, {a,d}, {b,d}: nothing is in all of them (grounded is empty); c is in
    // none; the rest are in some.
    @Test
    void complete_acceptsOnlyGroundedAndRejectsClaimsInNoExtension() {
        Acceptance a = Acceptance.of(floating, Semantics.COMPLETE, SupportReading.ATTACK_ONLY);
        assertThat(a.ids(Status.ACCEPTED)).isEmpty();
        assertThat(a.ids(Status.REJECTED)).containsExactly("c");
        assertThat(Acceptance.of(floating, Semantics.GROUNDED, SupportReading.ATTACK_ONLY).ids(Status.UNDECIDED))
                .containsExactly("a", "b", "c", "d");
    }

    // x rebuts y, y rebuts z, z rebuts x: no stable extension, so nothing can be said.
    @Test
    void stable_withoutExtensions_leavesEveryClaimUndecided() {
        ArgumentMap odd = map("x y z w", Relation.rebuttal("x", "y"), Relation.rebuttal("y", "z"),
                Relation.rebuttal("z", "x"));
        Acceptance a = Acceptance.of(odd, Semantics.STABLE, SupportReading.ATTACK_ONLY);
        assertThat(a.ids(Status.UNDECIDED)).containsExactly("x", "y", "z", "w");
        // Under preferred, {w} is the only extension: w ACCEPTED, the cycle in no extension.
        Acceptance p = Acceptance.of(odd, Semantics.PREFERRED, SupportReading.ATTACK_ONLY);
        assertThat(p.ids(Status.ACCEPTED)).containsExactly("w");
        assertThat(p.ids(Status.REJECTED)).containsExactly("x", "y", "z");
    }

    // s rebuts t; t and u rebut each other. Stable: {s, u} only (t is attacked by s, so any
    // stable extension holds s, and must then attack... t is out, so u needs no defence: {s,u}).
    @Test
    void stable_acceptsWhatEveryStableExtensionHolds() {
        ArgumentMap m = map("s t u", Relation.rebuttal("s", "t"), Relation.rebuttal("t", "u"), Relation.rebuttal("u", "t"));
        Acceptance a = Acceptance.of(m, Semantics.STABLE, SupportReading.ATTACK_ONLY);
        assertThat(a.ids(Status.ACCEPTED)).containsExactly("s", "u");
        assertThat(a.ids(Status.REJECTED)).containsExactly("t");
    }
}
