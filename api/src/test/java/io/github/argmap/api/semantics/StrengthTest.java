package io.github.argmap.api.semantics;

import static io.github.argmap.api.semantics.MapFrameworkTest.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrengthTest {
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2; // the root of s = 1 / (1 + s)

    // a -> b -> c: s(a) = 1, s(b) = 1/(1+1) = 1/2, s(c) = 1/(1+1/2) = 2/3; exact, no iteration.
    @Test
    void hCategorizer_onAChain_isExactInTopologicalOrder() {
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("c", "b", "a")
                .addAttack("a", "b").addAttack("b", "c").build();
        Strengths s = Strength.hCategorizer(af);
        assertThat(s.method()).isEqualTo(Strengths.Method.H_CATEGORIZER);
        assertThat(s.reading()).isEmpty();
        assertThat(s.iterations()).isZero();
        assertThat(s.converged()).isTrue();
        assertThat(s.values().keySet()).containsExactly("c", "b", "a");
        assertThat(s.of("a")).isEqualTo(1.0);
        assertThat(s.of("b")).isEqualTo(0.5);
        assertThat(s.of("c")).isCloseTo(2.0 / 3, within(1e-15));
    }

    // a <-> b: by symmetry s(a) = s(b) = s with s = 1/(1+s), the golden ratio's inverse 0.618...
    // A lone self-attacker satisfies the same equation.
    @Test
    void hCategorizer_onCycles_iteratesToTheFixedPoint() {
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("a", "b", "s")
                .addAttack("a", "b").addAttack("b", "a").addAttack("s", "s").build();
        Strengths s = Strength.hCategorizer(af);
        assertThat(s.converged()).isTrue();
        assertThat(s.iterations()).isPositive().isLessThan(Strength.MAX_ITERATIONS);
        assertThat(s.of("a")).isCloseTo(GOLDEN, within(1e-8));
        assertThat(s.of("b")).isCloseTo(GOLDEN, within(1e-8));
        assertThat(s.of("s")).isCloseTo(GOLDEN, within(1e-8));
    }

    // sunny supports walk, rain rebuts sunny. Attack only: walk unattacked (1), sunny 1/2, rain 1.
    // Bipolar: rain also attacks walk (secondary), so walk = 1/(1+1) = 1/2.
    @Test
    void hCategorizer_onMaps_dependsOnTheReading() {
        ArgumentMap m = map("walk sunny rain", Relation.support("sunny", "walk"), Relation.rebuttal("rain", "sunny"));
        Strengths attackOnly = Strength.hCategorizer(m, SupportReading.ATTACK_ONLY);
        assertThat(attackOnly.reading()).contains(SupportReading.ATTACK_ONLY);
        assertThat(attackOnly.of("walk")).isEqualTo(1.0);
        assertThat(attackOnly.of("sunny")).isEqualTo(0.5);
        Strengths bipolar = Strength.hCategorizer(m, SupportReading.BIPOLAR);
        assertThat(bipolar.reading()).contains(SupportReading.BIPOLAR);
        assertThat(bipolar.of("walk")).isEqualTo(0.5);
    }

    private static ArgumentMap weighted(ArgumentMap m, String id, double weight) {
        ArgumentMap.Builder b = ArgumentMap.builder().title(m.title());
        for (Claim c : m.claims()) {
            b.addClaim(c.id().equals(id) ? c.withWeight(weight) : c);
        }
        return b.addRelations(m.relations()).build();
    }

    // a (base 0.5) has supporter s (base 0.5, no parents: strength 0.5) and attacker t (weight
    // 0.8, no parents: strength 0.8). F(att) = 0.8, F(sup) = 0.5; va >= vs, so
    // a = 0.5 - 0.5 * (0.8 - 0.5) = 0.35.
    @Test
    void dfQuad_attackStrongerThanSupport_lowersTheBaseScore() {
        ArgumentMap m = weighted(map("a s t", Relation.support("s", "a"), Relation.rebuttal("t", "a")), "t", 0.8);
        Strengths s = Strength.dfQuad(m);
        assertThat(s.method()).isEqualTo(Strengths.Method.DF_QUAD);
        assertThat(s.reading()).isEqualTo(Optional.of(SupportReading.BIPOLAR));
        assertThat(s.iterations()).isZero();
        assertThat(s.of("a")).isCloseTo(0.35, within(1e-12));
        assertThat(s.of("s")).isEqualTo(0.5);
        assertThat(s.of("t")).isEqualTo(0.8);
    }

    // a (weight 0.4) has supporters s1 (0.6) and s2 (0.5) and attacker t (0.3).
    // F(sup) = 1 - (1-0.6)(1-0.5) = 0.8, F(att) = 0.3; vs > va, so
    // a = 0.4 + (1 - 0.4) * (0.8 - 0.3) = 0.7.
    @Test
    void dfQuad_supportStrongerThanAttack_raisesTheBaseScore() {
        ArgumentMap m = map("a s1 s2 t", Relation.support("s1", "a"), Relation.support("s2", "a"), Relation.rebuttal("t", "a"));
        m = weighted(weighted(weighted(m, "a", 0.4), "s1", 0.6), "t", 0.3);
        assertThat(Strength.dfQuad(m).of("a")).isCloseTo(0.7, within(1e-12));
    }

    // t (0.8) rebuts s (0.5), s supports a (0.5): s = 0.5 - 0.5 * 0.8 = 0.1 first, then
    // a = 0.5 + 0.5 * 0.1 = 0.55; the claims are listed so that map order is not topological.
    @Test
    void dfQuad_onAChain_usesUpstreamStrengthsNotBaseScores() {
        ArgumentMap m = weighted(map("a s t", Relation.support("s", "a"), Relation.rebuttal("t", "s")), "t", 0.8);
        Strengths s = Strength.dfQuad(m);
        assertThat(s.of("s")).isCloseTo(0.1, within(1e-12));
        assertThat(s.of("a")).isCloseTo(0.55, within(1e-12));
    }

    // a and b rebut each other, base 0.5 each: by symmetry x = 0.5 - 0.5x, so x = 1/3; the
    // Jacobi map halves the error each step.
    @Test
    void dfQuad_onACycle_iteratesToTheFixedPoint() {
        Strengths s = Strength.dfQuad(map("a b", Relation.rebuttal("a", "b"), Relation.rebuttal("b", "a")));
        assertThat(s.converged()).isTrue();
        assertThat(s.iterations()).isBetween(20, 60);
        assertThat(s.of("a")).isCloseTo(1.0 / 3, within(1e-8));
    }

    // a and b rebut each other with base 1: (1,1) -> (0,0) -> (1,1) -> ... never settles.
    @Test
    void dfQuad_onAnOscillatingCycle_reportsNoConvergence() {
        ArgumentMap m = weighted(weighted(map("a b", Relation.rebuttal("a", "b"), Relation.rebuttal("b", "a")), "a", 1), "b", 1);
        Strengths s = Strength.dfQuad(m);
        assertThat(s.converged()).isFalse();
        assertThat(s.iterations()).isEqualTo(Strength.MAX_ITERATIONS);
        assertThat(s.of("a")).isIn(0.0, 1.0);
    }
}
