package io.github.argmap.api.hostile;

import static io.github.argmap.api.hostile.Chains.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Labelling;
import io.github.argmap.api.semantics.MapFramework;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.summary.ClaimRef;
import io.github.argmap.api.summary.MarkdownSummary;
import io.github.argmap.api.summary.Summary;
import io.github.argmap.api.traverse.Reason;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * A chain of a million relations alternating rebuttal and support: c1 rebuts c0, c2 supports c1,
 * c3 rebuts c2, and so on (odd i rebut, even i support; n is even, so the top rebuts).
 *
 * <p>Attack-only reading: the odd claims attack the even ones below them and nothing attacks an
 * odd claim, so exactly the odd claims are accepted. Bipolar reading, worked out by hand from
 * {@link SupportReading#BIPOLAR}: besides each rebuttal c(i) → c(i-1) (i odd), c(i+1) supports c(i)
 * which rebuts c(i-1), a supported attack c(i+1) → c(i-1); and c(i) rebuts c(i-1) which supports
 * c(i-2), a secondary attack c(i) → c(i-2). No support chain is longer than one. So an odd claim
 * j is attacked by c(j+2) alone and an even claim k by c(k+1) and c(k+2): every attack goes down
 * the chain, and the grounded labelling is the sweep from the top in which a claim is IN when all
 * its attackers are OUT.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
abstract class AlternatingChainChecks {
    /** The chain's length: a million in {@link MillionAlternatingChainTest}, fewer in {@link AlternatingChainTest}. */
    final int N;
    private final int TOP;
    private ArgumentMap map;
    private Traversal traversal;

    AlternatingChainChecks(int n) {
        this.N = n;
        this.TOP = n - 1;
    }

    @BeforeAll
    void build() {
        map = Chains.chain(N, Chains.Shape.ALTERNATING);
        traversal = Traversal.of(map);
    }

    @AfterAll
    void release() {
        map = null;
        traversal = null;
    }

    /** The attackers of claim j under the bipolar reading, as worked out in the class comment. */
    private int[] bipolarAttackers(int j) {
        List<Integer> out = new ArrayList<>();
        if (j % 2 == 1) {
            if (j + 2 <= TOP) {
                out.add(j + 2);
            }
        } else {
            if (j + 1 <= TOP) {
                out.add(j + 1);
            }
            if (j + 2 <= TOP) {
                out.add(j + 2);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean[] bipolarGrounded() {
        boolean[] in = new boolean[N];
        for (int j = TOP; j >= 0; j--) {
            boolean anyIn = false;
            for (int a : bipolarAttackers(j)) {
                anyIn |= in[a];
            }
            in[j] = !anyIn;
        }
        return in;
    }

    @Test
    void bipolarFramework_onMillionAlternatingChain_hasTheAttacksWorkedOutByHand() {
        ArgumentationFramework af = MapFramework.of(map, SupportReading.BIPOLAR).framework();
        // N/2 rebuttals, N/2 - 1 supported and N/2 - 1 secondary attacks.
        assertThat(af.attackCount()).isEqualTo(3 * (N / 2) - 2);
        assertThat(Chains.firstFailure(N, j -> java.util.Arrays.equals(af.attackersOf(j), bipolarAttackers(j))))
                .as("first claim whose attackers differ").isEqualTo(-1);
    }

    @Test
    void grounded_onMillionAlternatingChain_isTheSweepFromTheTop() {
        boolean[] expected = bipolarGrounded();
        // A few by hand: the top is unattacked; c(n-2) falls to it; c(n-3) to c(n-1); c(n-4)'s
        // attackers c(n-3) and c(n-2) are both out.
        assertThat(new boolean[] {expected[TOP], expected[TOP - 1], expected[TOP - 2], expected[TOP - 3]})
                .containsExactly(true, false, false, true);
        for (Semantics s : Semantics.values()) {
            Acceptance a = Acceptance.of(map, s, SupportReading.BIPOLAR);
            assertThat(Chains.firstFailure(N, i -> a.status(id(i))
                    == (expected[i] ? Status.ACCEPTED : Status.REJECTED)))
                    .as("first claim with the wrong %s status", s).isEqualTo(-1);
        }
        Acceptance attackOnly = Acceptance.of(map, Semantics.GROUNDED, SupportReading.ATTACK_ONLY);
        assertThat(Chains.firstFailure(N, i -> a(attackOnly, i) == (i % 2 == 1))).isEqualTo(-1);
        Labelling l = Semantics.groundedLabelling(MapFramework.of(map, SupportReading.ATTACK_ONLY).framework());
        assertThat(l.count(Status.ACCEPTED)).isEqualTo(N / 2);
        assertThat(l.count(Status.REJECTED)).isEqualTo(N / 2);
    }

    private boolean a(Acceptance acceptance, int i) {
        return acceptance.status(id(i)) == Status.ACCEPTED;
    }

    @Test
    void hCategorizer_onMillionAlternatingChain_followsTheRecurrence() {
        Strengths attackOnly = Strength.hCategorizer(map, SupportReading.ATTACK_ONLY);
        List<Double> values = List.copyOf(attackOnly.values().values());
        assertThat(Chains.firstFailure(N, i -> values.get(i) == (i % 2 == 1 ? 1.0 : 0.5))).isEqualTo(-1);
        double[] expected = new double[N];
        for (int j = TOP; j >= 0; j--) {
            double sum = 0;
            for (int a : bipolarAttackers(j)) {
                sum += expected[a];
            }
            expected[j] = 1 / (1 + sum);
        }
        List<Double> bipolar = List.copyOf(Strength.hCategorizer(map, SupportReading.BIPOLAR).values().values());
        assertThat(Chains.firstFailure(N, i -> Math.abs(bipolar.get(i) - expected[i]) < 1e-12)).isEqualTo(-1);
    }

    @Test
    void dfQuad_onMillionAlternatingChain_followsTheRecurrence() {
        double[] expected = new double[N];
        expected[TOP] = 0.5;
        for (int i = TOP - 1; i >= 0; i--) {
            // Relation i + 1 bears on c(i): a rebuttal when i + 1 is odd.
            expected[i] = (i + 1) % 2 == 1 ? 0.5 - 0.5 * expected[i + 1] : 0.5 + 0.5 * expected[i + 1];
        }
        Strengths quad = Strength.dfQuad(map);
        assertThat(quad.converged()).isTrue();
        List<Double> values = List.copyOf(quad.values().values());
        assertThat(Chains.firstFailure(N, i -> Math.abs(values.get(i) - expected[i]) < 1e-12)).isEqualTo(-1);
    }

    @Test
    void caseForAndAgainst_onMillionAlternatingChain_followTheParityOfRebuttals() {
        // The chain from c(i) down to c0 carries one rebuttal per odd j in 1..i: (i + 1) / 2 of them.
        List<Reason> against = traversal.caseAgainst("c0");
        List<Reason> caseFor = traversal.caseFor("c0");
        assertThat(against.size() + caseFor.size()).isEqualTo(TOP);
        assertThat(Chains.firstFailure(against.size(), k -> {
            int i = Integer.parseInt(against.get(k).claim().id().substring(1));
            return ((i + 1) / 2) % 2 == 1 && against.get(k).depth() == i;
        })).isEqualTo(-1);
        assertThat(Chains.firstFailure(caseFor.size(), k -> {
            int i = Integer.parseInt(caseFor.get(k).claim().id().substring(1));
            return ((i + 1) / 2) % 2 == 0 && caseFor.get(k).depth() == i;
        })).isEqualTo(-1);
        assertThat(traversal.rebuttalCycles()).isEmpty();
    }

    @Test
    void summary_onMillionAlternatingChain_countsByHand() {
        Summary s = Summary.of(map);
        assertThat(s.counts().rebuttals()).isEqualTo(N / 2);
        assertThat(s.counts().supports()).isEqualTo(N / 2 - 1);
        // Supported: the odd claims below the top.
        assertThat(s.counts().evidence()).isEqualTo(N / 2 + 1);
        // Every even claim is rebutted by an odd claim that nothing rebuts.
        assertThat(s.unanswered()).hasSize(N / 2);
        List<ClaimRef> longest = s.longestChain().claims();
        assertThat(longest).extracting(ClaimRef::id).containsExactly("c2", "c1");
        assertThat(MarkdownSummary.render(s)).contains("*against*").contains("*for*");
    }
}
