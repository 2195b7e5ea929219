package io.github.argmap.api.hostile;

import static io.github.argmap.api.hostile.Chains.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Extension;
import io.github.argmap.api.semantics.Labelling;
import io.github.argmap.api.semantics.MapFramework;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.summary.JsonSummary;
import io.github.argmap.api.summary.MarkdownSummary;
import io.github.argmap.api.summary.Point;
import io.github.argmap.api.summary.Summary;
import io.github.argmap.api.summary.SummaryOptions;
import io.github.argmap.api.traverse.Direction;
import io.github.argmap.api.traverse.Order;
import io.github.argmap.api.traverse.Reason;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * A chain of a million rebuttals c0 ← c1 ← … ← c(n-1), on surefire's 1 MB stack: every traversal,
 * summary and semantics answers without recursion along it, and the answers are worked out by
 * hand. The top c(n-1) is unattacked, so it is in; what it rebuts is out; and so on down: c(i) is
 * accepted exactly when n-1-i is even. Supports play no part, so both readings agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
abstract class RebuttalChainChecks {
    /** The chain's length: a million in {@link MillionRebuttalChainTest}, fewer in {@link RebuttalChainTest}. */
    final int N;
    private final int TOP;
    private ArgumentMap map;
    private Traversal traversal;

    RebuttalChainChecks(int n) {
        this.N = n;
        this.TOP = n - 1;
    }

    @BeforeAll
    void build() {
        map = Chains.chain(N, Chains.Shape.REBUTTALS);
        traversal = Traversal.of(map);
    }

    @AfterAll
    void release() {
        map = null;
        traversal = null;
    }

    private boolean in(int i) {
        return (TOP - i) % 2 == 0;
    }

    private List<String> ids(boolean accepted) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            if (in(i) == accepted) {
                out.add(id(i));
            }
        }
        return out;
    }

    @Test
    void directRelations_onMillionRebuttalChain_areTheNeighbours() {
        assertThat(traversal.rebutters("c0")).extracting(Claim::id).containsExactly("c1");
        assertThat(traversal.supporters("c0")).isEmpty();
        assertThat(traversal.rebutted("c1")).extracting(Claim::id).containsExactly("c0");
        assertThat(traversal.supported("c1")).isEmpty();
        assertThat(traversal.rebutters(id(TOP))).isEmpty();
        assertThat(traversal.incoming("c5")).containsExactly(Relation.rebuttal("c6", "c5"));
        assertThat(traversal.indexOf(id(TOP))).isEqualTo(TOP);
        assertThat(traversal.theses()).extracting(Claim::id).containsExactly("c0");
        assertThat(traversal.evidence()).hasSize(N); // nothing is supported
    }

    @Test
    void caseAgainst_onMillionRebuttalChain_isEveryOddClaimAtItsDistance() {
        List<Reason> against = traversal.caseAgainst("c0");
        assertThat(against).hasSize(N / 2);
        assertThat(Chains.firstFailure(against.size(), k -> {
            int i = 2 * k + 1;
            Reason r = against.get(k);
            return r.claim().id().equals(id(i)) && r.depth() == i && r.via().equals(Relation.rebuttal(id(i), id(i - 1)));
        })).as("first wrong row of the case against").isEqualTo(-1);
        List<Reason> caseFor = traversal.caseFor("c0");
        assertThat(caseFor).hasSize((N - 1) / 2);
        assertThat(Chains.firstFailure(caseFor.size(),
                k -> caseFor.get(k).claim().id().equals(id(2 * k + 2)) && caseFor.get(k).depth() == 2 * k + 2))
                .as("first wrong row of the case for").isEqualTo(-1);
        assertThat(traversal.caseFor(id(TOP))).isEmpty();
        assertThat(traversal.caseMap("c0").claims()).hasSize(N);
        assertThat(traversal.caseMap(id(TOP)).claims()).extracting(Claim::id).containsExactly(id(TOP));
    }

    @Test
    void rebuttalCycles_onMillionRebuttalChain_areNone() {
        assertThat(traversal.rebuttalCycles()).isEmpty();
    }

    @Test
    void walks_onMillionRebuttalChain_reachEveryClaimInChainOrder() {
        for (Order order : Order.values()) {
            AtomicInteger next = new AtomicInteger();
            // Plain comparisons, one assertion: a million AssertJ assertions would dominate the time.
            long inOrder = traversal.walk("c0", order, Direction.INCOMING)
                    .filter(c -> c.id().equals(id(next.getAndIncrement()))).count();
            assertThat(inOrder).as("%s", order).isEqualTo(N);
            assertThat(traversal.walk("c0", order, Direction.OUTGOING).map(Claim::id)).containsExactly("c0");
            assertThat(traversal.walk("c0", order, Direction.INCOMING, EnumSet.of(RelationKind.SUPPORT)).count())
                    .isEqualTo(1);
            assertThat(traversal.visit("c0", order, Direction.INCOMING, EnumSet.allOf(RelationKind.class),
                    c -> !c.id().equals("c9"))).isEqualTo(10);
        }
        assertThat(traversal.walk(id(TOP), Order.DEPTH_FIRST, Direction.OUTGOING).count()).isEqualTo(N);
        assertThat(traversal.walk(id(N / 2), Order.BREADTH_FIRST, Direction.BOTH).count()).isEqualTo(N);
    }

    @Test
    void chains_onMillionRebuttalChain_runTheWholeLengthOneWayOnly() {
        Optional<List<Relation>> longest = traversal.shortestChain(id(TOP), "c0");
        assertThat(longest).isPresent();
        assertThat(longest.get()).hasSize(TOP);
        assertThat(longest.get().get(0)).isEqualTo(Relation.rebuttal(id(TOP), id(TOP - 1)));
        assertThat(traversal.shortestChain("c0", id(TOP))).isEmpty();
        assertThat(traversal.chains("c50", "c0", 50)).hasSize(1).allSatisfy(c -> assertThat(c).hasSize(50));
        assertThat(traversal.chains("c50", "c0", 49)).isEmpty();
        assertThat(traversal.chains("c0", "c50", N)).isEmpty();
    }

    @Test
    void subMaps_onMillionRebuttalChain_keepWhatTheyShould() {
        ArgumentMap around = traversal.neighbourhood(id(N / 2), 3);
        List<String> expected = new ArrayList<>();
        for (int i = N / 2 - 3; i <= N / 2 + 3; i++) {
            expected.add(id(i));
        }
        assertThat(around.claims()).extracting(Claim::id).containsExactlyElementsOf(expected);
        assertThat(around.relations()).hasSize(6);
        ArgumentMap even = traversal.subMap(c -> Integer.parseInt(c.id().substring(1)) % 2 == 0);
        assertThat(even.claims()).hasSize(N / 2);
        assertThat(even.relations()).isEmpty();
        assertThat(traversal.bySpeaker("nobody").claims()).isEmpty();
        assertThat(traversal.bySection("none").claims()).isEmpty();
        assertThat(traversal.byTag("none").claims()).isEmpty();
    }

    @Test
    void summary_onMillionRebuttalChain_countsAndNestsByHand() {
        Acceptance grounded = Acceptance.of(map, Semantics.GROUNDED);
        Summary s = Summary.of(map, SummaryOptions.defaults().withAcceptance(grounded));
        assertThat(s.counts().claims()).isEqualTo(N);
        assertThat(s.counts().supports()).isZero();
        assertThat(s.counts().rebuttals()).isEqualTo(TOP);
        assertThat(s.counts().theses()).isEqualTo(1);
        assertThat(s.counts().evidence()).isEqualTo(N);
        assertThat(s.counts().rebuttalCycles()).isZero();
        assertThat(s.theses()).extracting(c -> c.id()).containsExactly("c0");
        // Only c(n-2) is rebutted by a claim nothing rebuts.
        assertThat(s.unanswered()).extracting(c -> c.id()).containsExactly(id(TOP - 1));
        assertThat(s.longestChain().claims()).isEmpty();
        assertThat(s.longestChain().supportCycles()).isEmpty();
        assertThat(s.mostContested()).extracting(r -> r.claim().id()).containsExactly("c0", "c1", "c2", "c3", "c4");
        assertThat(s.mostSupported()).isEmpty();
        assertThat(s.sections()).hasSize(1);
        assertThat(s.sections().get(0).claims()).isEqualTo(N);
        Point root = s.sections().get(0).points().get(0);
        assertThat(root.claim().id()).isEqualTo("c0");
        Point c1 = root.replies().get(0);
        assertThat(c1.kind()).contains(RelationKind.REBUTTAL);
        Point c2 = c1.replies().get(0);
        assertThat(c2.claim().id()).isEqualTo("c2");
        assertThat(c2.replies()).isEmpty();
        assertThat(c2.omitted()).isEqualTo(N - 3);
        assertThat(s.standing()).hasValueSatisfying(st -> {
            assertThat(st.accepted()).isEqualTo(N - N / 2);
            assertThat(st.rejected()).isEqualTo(N / 2);
            assertThat(st.undecided()).isZero();
            assertThat((in(0) ? st.acceptedTheses() : st.rejectedTheses())).extracting(c -> c.id()).containsExactly("c0");
        });
        String markdown = MarkdownSummary.render(s);
        assertThat(markdown).contains("… " + (N - 3) + " more replies not shown");
        String json = JsonSummary.render(s);
        assertThat(json).contains(String.valueOf(N - 3)).startsWith("{").endsWith("}\n");
    }

    @Test
    void grounded_onMillionRebuttalChain_alternates() {
        for (SupportReading reading : SupportReading.values()) {
            Acceptance a = Acceptance.of(map, Semantics.GROUNDED, reading);
            assertThat(a.ids(Status.ACCEPTED)).isEqualTo(ids(true));
            assertThat(a.ids(Status.REJECTED)).isEqualTo(ids(false));
            assertThat(a.ids(Status.UNDECIDED)).isEmpty();
        }
        ArgumentationFramework af = MapFramework.of(map, SupportReading.ATTACK_ONLY).framework();
        Labelling l = Semantics.groundedLabelling(af);
        assertThat(l.count(Status.ACCEPTED)).isEqualTo(N - N / 2);
        assertThat(l.count(Status.UNDECIDED)).isZero();
        assertThat(l.label(id(TOP))).isEqualTo(Status.ACCEPTED);
        assertThat(l.label(id(TOP - 1))).isEqualTo(Status.REJECTED);
        assertThat(l.extension().ids()).isEqualTo(ids(true));
    }

    @Test
    void everyDungSemantics_onMillionRebuttalChain_hasTheGroundedExtensionOnly() {
        ArgumentationFramework af = MapFramework.of(map).framework();
        List<String> grounded = ids(true);
        for (Semantics s : Semantics.values()) {
            List<Extension> all = s.extensions(af);
            assertThat(all).as("%s", s).hasSize(1);
            assertThat(List.copyOf(all.get(0).ids())).as("%s", s).isEqualTo(grounded);
            assertThat(s.someExtension(af)).as("%s", s).hasValueSatisfying(e -> assertThat(e.size()).isEqualTo(grounded.size()));
            for (int i : new int[] {0, 1, N / 2, TOP - 1, TOP}) {
                assertThat(s.credulouslyAccepts(af, id(i))).as("%s credulous c%d", s, i).isEqualTo(in(i));
                assertThat(s.scepticallyAccepts(af, id(i))).as("%s sceptical c%d", s, i).isEqualTo(in(i));
            }
        }
    }

    @Test
    void hCategorizer_onMillionRebuttalChain_followsTheRecurrence() {
        for (SupportReading reading : SupportReading.values()) {
            Strengths st = Strength.hCategorizer(map, reading);
            assertThat(st.converged()).isTrue();
            double[] expected = new double[N];
            expected[TOP] = 1;
            for (int i = TOP - 1; i >= 0; i--) {
                expected[i] = 1 / (1 + expected[i + 1]);
            }
            List<Double> values = List.copyOf(st.values().values());
            assertThat(Chains.firstFailure(N, i -> Math.abs(values.get(i) - expected[i]) < 1e-12))
                    .as("first claim off the recurrence, %s reading", reading).isEqualTo(-1);
            assertThat(st.of("c0")).isCloseTo(expected[0], within(1e-12));
        }
    }

    @Test
    void dfQuad_onMillionRebuttalChain_followsTheRecurrence() {
        Strengths st = Strength.dfQuad(map);
        assertThat(st.converged()).isTrue();
        double[] expected = new double[N];
        expected[TOP] = 0.5;
        for (int i = TOP - 1; i >= 0; i--) {
            expected[i] = 0.5 - 0.5 * expected[i + 1];
        }
        List<Double> values = List.copyOf(st.values().values());
        assertThat(Chains.firstFailure(N, i -> Math.abs(values.get(i) - expected[i]) < 1e-12))
                .as("first claim off the recurrence").isEqualTo(-1);
        assertThat(st.of(id(TOP))).isEqualTo(0.5);
    }
}
