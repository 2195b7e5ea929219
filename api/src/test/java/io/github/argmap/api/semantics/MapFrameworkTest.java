package io.github.argmap.api.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MapFrameworkTest {
    static ArgumentMap map(String claims, Relation... relations) {
        ArgumentMap.Builder b = ArgumentMap.builder().title("test");
        for (String id : claims.split(" ")) {
            b.addClaim(Claim.of(id, "Claim " + id + "."));
        }
        return b.addRelations(List.of(relations)).build();
    }

    static Set<String> attacks(ArgumentationFramework af) {
        Set<String> out = new TreeSet<>();
        for (int a = 0; a < af.size(); a++) {
            for (int b : af.attackedBy(a)) {
                out.add(af.id(a) + ">" + af.id(b));
            }
        }
        return out;
    }

    // z supports y supports l, l rebuts w; s supports w, x rebuts s.
    private final ArgumentMap walk = map("w s l x y z",
            Relation.support("s", "w"), Relation.rebuttal("l", "w"), Relation.rebuttal("x", "s"),
            Relation.support("y", "l"), Relation.support("z", "y"));

    @Test
    void attackOnly_keepsRebuttalsAndClaimOrder() {
        MapFramework mf = MapFramework.of(walk, SupportReading.ATTACK_ONLY);
        assertThat(mf.reading()).isEqualTo(SupportReading.ATTACK_ONLY);
        assertThat(mf.framework().ids()).containsExactly("w", "s", "l", "x", "y", "z");
        assertThat(attacks(mf.framework())).containsExactly("l>w", "x>s");
    }

    @Test
    void bipolar_addsSupportedAndSecondaryAttacks() {
        MapFramework mf = MapFramework.of(walk, SupportReading.BIPOLAR);
        assertThat(mf.reading()).isEqualTo(SupportReading.BIPOLAR);
        // Direct: l>w, x>s. Supported: y>w (y supports l), z>w (z supports y supports l).
        // Secondary: x>w (x rebuts s, s supports w).
        assertThat(attacks(mf.framework())).containsExactly("l>w", "x>s", "x>w", "y>w", "z>w");
    }

    // a supports b, b rebuts c, c supports d: supported a>c and secondary b>d, but the two are
    // not composed into a>d.
    @Test
    void bipolar_doesNotComposeSupportedWithSecondaryAttacks() {
        ArgumentMap m = map("a b c d", Relation.support("a", "b"), Relation.rebuttal("b", "c"),
                Relation.support("c", "d"));
        assertThat(attacks(MapFramework.of(m, SupportReading.BIPOLAR).framework())).containsExactly("a>c", "b>c", "b>d");
    }

    // p and q support each other, q rebuts r, t rebuts p. Supported: p>r. Secondary: t>q, and
    // t>p again through the cycle p -> q -> p (already direct).
    @Test
    void bipolar_followsSupportCyclesWithoutLooping() {
        ArgumentMap m = map("p q r t", Relation.support("p", "q"), Relation.support("q", "p"),
                Relation.rebuttal("q", "r"), Relation.rebuttal("t", "p"));
        assertThat(attacks(MapFramework.of(m, SupportReading.BIPOLAR).framework())).containsExactly("p>r", "q>r", "t>p", "t>q");
    }

    // a supports b which rebuts a: a's support for b makes a attack itself (supported), and b,
    // rebutting a reason for itself, attacks itself too (secondary).
    @Test
    void bipolar_canMakeASelfAttack() {
        ArgumentMap m = map("a b", Relation.support("a", "b"), Relation.rebuttal("b", "a"));
        assertThat(attacks(MapFramework.of(m, SupportReading.BIPOLAR).framework())).containsExactly("a>a", "b>a", "b>b");
    }

    @Test
    void bipolar_onALongSupportChainNeedsNoStack() {
        int n = 100_000;
        ArgumentMap.Builder b = ArgumentMap.builder().title("chain");
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            b.addClaim(Claim.of("c" + i, "Claim " + i + "."));
            if (i > 0) {
                relations.add(Relation.support("c" + (i - 1), "c" + i));
            }
        }
        b.addClaim(Claim.of("r", "The root is wrong."));
        relations.add(Relation.rebuttal("r", "c0"));
        ArgumentationFramework af = MapFramework.of(b.addRelations(relations).build(), SupportReading.BIPOLAR).framework();
        // r rebuts c0, which supports every later claim through the chain: r attacks them all.
        assertThat(af.attackCount()).isEqualTo(n);
        assertThat(Semantics.groundedLabelling(af).count(Status.REJECTED)).isEqualTo(n);
    }

    /** s1 supports s0, s2 supports s1, ...; x_i rebuts s_i. */
    private static ArgumentMap supportChainWithAttackers(int length) {
        ArgumentMap.Builder b = ArgumentMap.builder().title("ladder");
        for (int i = 0; i < length; i++) {
            b.addClaim(Claim.of("s" + i, "Step " + i)).addClaim(Claim.of("x" + i, "Objection " + i));
            b.addRelation(Relation.rebuttal("x" + i, "s" + i));
            if (i > 0) {
                b.addRelation(Relation.support("s" + i, "s" + (i - 1)));
            }
        }
        return b.build();
    }

    @Test
    void bipolar_derivesASecondaryAttackOnEveryClaimDownTheSupportChain() {
        // x_i rebuts s_i, which supports s_{i-1} ... s_0: i secondary attacks, so 0+1+2+3 = 6 plus 4 direct.
        ArgumentationFramework af = MapFramework.of(supportChainWithAttackers(4), SupportReading.BIPOLAR, 10).framework();
        assertThat(af.attackCount()).isEqualTo(10);
        assertThat(af.attacks("x3", "s0")).isTrue();
        assertThat(af.attacks("x0", "s1")).isFalse();
    }

    @Test
    void bipolar_refusesToDeriveMoreAttacksThanTheBoundAndSaysWhatToDoInstead() {
        assertThatThrownBy(() -> MapFramework.of(supportChainWithAttackers(4), SupportReading.BIPOLAR, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bipolar reading of map 'ladder' derives more than 9 attacks")
                .hasMessageContaining("attack-only");
        assertThat(MapFramework.of(supportChainWithAttackers(4), SupportReading.ATTACK_ONLY, 4).framework().attackCount())
                .isEqualTo(4);
    }

    @Test
    void bipolar_onAQuadraticLadderFailsFastInsteadOfFillingTheHeap() {
        // 20,000 steps would derive about 200 million attacks (1.6 GB of pairs): refused at the bound.
        ArgumentMap ladder = supportChainWithAttackers(20_000);
        assertThatThrownBy(() -> MapFramework.of(ladder, SupportReading.BIPOLAR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 20,000,000 attacks");
        assertThat(MapFramework.of(ladder, SupportReading.ATTACK_ONLY).framework().attackCount()).isEqualTo(20_000);
    }
}
