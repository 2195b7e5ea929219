package io.github.argmap.api.hostile;

import static io.github.argmap.api.hostile.Chains.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.MapFramework;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.summary.ClaimRef;
import io.github.argmap.api.summary.JsonSummary;
import io.github.argmap.api.summary.MarkdownSummary;
import io.github.argmap.api.summary.Summary;
import io.github.argmap.api.traverse.Direction;
import io.github.argmap.api.traverse.Order;
import io.github.argmap.api.traverse.Reason;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Status;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * A chain of a million supports c0 ← c1 ← … ← c(n-1): there are no attacks under either reading
 * (supports only propagate rebuttals), so every claim is accepted everywhere; the whole chain is
 * the case for c0 and the longest chain of the summary; strengths follow their recurrences.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
abstract class SupportChainChecks {
    /** The chain's length: a million in {@link MillionSupportChainTest}, fewer in {@link SupportChainTest}. */
    final int N;
    private final int TOP;
    private ArgumentMap map;
    private Traversal traversal;

    SupportChainChecks(int n) {
        this.N = n;
        this.TOP = n - 1;
    }

    @BeforeAll
    void build() {
        map = Chains.chain(N, Chains.Shape.SUPPORTS);
        traversal = Traversal.of(map);
    }

    @AfterAll
    void release() {
        map = null;
        traversal = null;
    }

    @Test
    void traversal_onMillionSupportChain_caseForIsTheWholeChain() {
        assertThat(traversal.supporters("c0")).extracting(Claim::id).containsExactly("c1");
        assertThat(traversal.rebutters("c0")).isEmpty();
        assertThat(traversal.theses()).extracting(Claim::id).containsExactly("c0");
        assertThat(traversal.evidence()).extracting(Claim::id).containsExactly(id(TOP));
        List<Reason> caseFor = traversal.caseFor("c0");
        assertThat(caseFor).hasSize(TOP);
        assertThat(Chains.firstFailure(TOP, k -> caseFor.get(k).claim().id().equals(id(k + 1))
                && caseFor.get(k).depth() == k + 1
                && caseFor.get(k).via().equals(Relation.support(id(k + 1), id(k))))).isEqualTo(-1);
        assertThat(traversal.caseAgainst("c0")).isEmpty();
        assertThat(traversal.rebuttalCycles()).isEmpty();
        assertThat(traversal.walk("c0", Order.DEPTH_FIRST, Direction.INCOMING, EnumSet.of(RelationKind.SUPPORT)).count())
                .isEqualTo(N);
        assertThat(traversal.walk("c0", Order.BREADTH_FIRST, Direction.INCOMING, EnumSet.of(RelationKind.REBUTTAL))
                .count()).isEqualTo(1);
        assertThat(traversal.shortestChain(id(TOP), "c0")).hasValueSatisfying(c -> assertThat(c).hasSize(TOP));
    }

    @Test
    void summary_onMillionSupportChain_longestChainIsTheWholeChain() {
        Summary s = Summary.of(map);
        assertThat(s.counts().supports()).isEqualTo(TOP);
        assertThat(s.counts().rebuttals()).isZero();
        assertThat(s.counts().evidence()).isEqualTo(1);
        assertThat(s.counts().theses()).isEqualTo(1);
        List<ClaimRef> longest = s.longestChain().claims();
        assertThat(longest).hasSize(N);
        assertThat(longest.get(0).id()).isEqualTo(id(TOP));
        assertThat(longest.get(TOP).id()).isEqualTo("c0");
        assertThat(Chains.firstFailure(N, k -> longest.get(k).id().equals(id(TOP - k)))).isEqualTo(-1);
        assertThat(s.longestChain().supportCycles()).isEmpty();
        // c(i) has one supporter, whose own supporter counts half: 1.5 up to c(n-3).
        assertThat(s.mostSupported()).extracting(r -> r.claim().id()).containsExactly("c0", "c1", "c2", "c3", "c4");
        assertThat(s.mostSupported()).allSatisfy(r -> assertThat(r.score()).isEqualTo(1.5));
        assertThat(s.mostContested()).isEmpty();
        assertThat(s.unanswered()).isEmpty();
        assertThat(s.sections().get(0).points().get(0).replies().get(0).kind()).contains(RelationKind.SUPPORT);
        String markdown = MarkdownSummary.render(s);
        assertThat(markdown).contains("“claim " + TOP + "”").contains("… " + (N - 3) + " more replies not shown");
        assertThat(JsonSummary.render(s)).contains("\"" + id(TOP) + "\"");
    }

    @Test
    void semantics_onMillionSupportChain_acceptEveryClaim() {
        for (SupportReading reading : SupportReading.values()) {
            ArgumentationFramework af = MapFramework.of(map, reading).framework();
            assertThat(af.attackCount()).isZero();
            for (Semantics s : Semantics.values()) {
                assertThat(s.extensions(af)).as("%s %s", s, reading).singleElement()
                        .satisfies(e -> assertThat(e.size()).isEqualTo(N));
                assertThat(s.credulouslyAccepts(af, "c0")).isTrue();
                assertThat(s.scepticallyAccepts(af, id(TOP))).isTrue();
            }
            assertThat(Acceptance.of(map, Semantics.PREFERRED, reading).ids(Status.ACCEPTED)).hasSize(N);
        }
    }

    @Test
    void strengths_onMillionSupportChain_followTheRecurrences() {
        for (SupportReading reading : SupportReading.values()) {
            List<Double> h = List.copyOf(Strength.hCategorizer(map, reading).values().values());
            assertThat(Chains.firstFailure(N, i -> h.get(i) == 1.0)).as("%s", reading).isEqualTo(-1);
        }
        Strengths quad = Strength.dfQuad(map);
        assertThat(quad.converged()).isTrue();
        double[] expected = new double[N];
        expected[TOP] = 0.5;
        for (int i = TOP - 1; i >= 0; i--) {
            expected[i] = 0.5 + 0.5 * expected[i + 1];
        }
        List<Double> values = List.copyOf(quad.values().values());
        assertThat(Chains.firstFailure(N, i -> Math.abs(values.get(i) - expected[i]) < 1e-12)).isEqualTo(-1);
        assertThat(quad.of("c0")).isEqualTo(1.0);
    }
}
