package io.github.argmap.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Extension;
import io.github.argmap.api.semantics.MapFramework;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.summary.JsonSummary;
import io.github.argmap.api.summary.MarkdownSummary;
import io.github.argmap.api.summary.SpeakerSummary;
import io.github.argmap.api.summary.Summary;
import io.github.argmap.api.summary.SummaryOptions;
import io.github.argmap.api.traverse.Direction;
import io.github.argmap.api.traverse.Order;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The empty map, a ring of rebuttals with no way in, a map of many speakers, and a digest asked for too deep. */
@Timeout(120)
class EdgeShapesTest {
    private static final ArgumentMap EMPTY = ArgumentMap.builder().title("empty").build();

    @Test
    void traversalAndSummary_onEmptyMap_answerWithNothing() {
        Traversal t = Traversal.of(EMPTY);
        assertThat(t.theses()).isEmpty();
        assertThat(t.evidence()).isEmpty();
        assertThat(t.rebuttalCycles()).isEmpty();
        assertThat(t.subMap(c -> true).claims()).isEmpty();
        assertThat(t.bySpeaker("x").claims()).isEmpty();
        assertThatThrownBy(() -> t.walk("c0", Order.BREADTH_FIRST, Direction.BOTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c0");
        assertThatThrownBy(() -> t.caseFor("c0")).isInstanceOf(IllegalArgumentException.class);
        Summary s = Summary.of(EMPTY);
        assertThat(s.counts().claims()).isZero();
        assertThat(s.counts().theses()).isZero();
        assertThat(s.sections()).isEmpty();
        assertThat(s.longestChain().claims()).isEmpty();
        assertThat(s.theses()).isEmpty();
        assertThat(MarkdownSummary.render(s)).startsWith("# empty\n").contains("0 claims");
        assertThat(JsonSummary.render(s)).contains("\"claims\": 0");
    }

    @Test
    void semantics_onEmptyMap_haveTheEmptyExtensionOnly() {
        for (SupportReading reading : SupportReading.values()) {
            ArgumentationFramework af = MapFramework.of(EMPTY, reading).framework();
            assertThat(af.size()).isZero();
            for (Semantics s : Semantics.values()) {
                // The empty set is conflict-free, admissible, complete, maximal and (vacuously) stable.
                assertThat(s.extensions(af)).as("%s", s).singleElement().satisfies(e -> assertThat(e.size()).isZero());
                assertThat(s.someExtension(af)).as("%s", s).hasValueSatisfying(e -> assertThat(e.size()).isZero());
                assertThat(Acceptance.of(EMPTY, s, reading).statuses()).isEmpty();
            }
            assertThat(Semantics.groundedLabelling(af).count(Status.ACCEPTED)).isZero();
            Strengths h = Strength.hCategorizer(EMPTY, reading);
            assertThat(h.values()).isEmpty();
            assertThat(h.converged()).isTrue();
        }
        assertThat(Strength.dfQuad(EMPTY).values()).isEmpty();
        assertThat(Strength.dfQuad(EMPTY).converged()).isTrue();
    }

    private static ArgumentMap ring(int n) {
        ArgumentMap.Builder b = ArgumentMap.builder().title("ring of " + n);
        for (int i = 0; i < n; i++) {
            b.addClaim(Claim.of("c" + i, "claim " + i));
        }
        for (int i = 0; i < n; i++) {
            b.addRelation(Relation.rebuttal("c" + ((i + 1) % n), "c" + i));
        }
        return b.build();
    }

    /**
     * A ring of 20,000 rebuttals, c(i+1) rebutting c(i) and c0 rebutting c(n-1): nothing is
     * unattacked, so grounded decides nothing; the even and the odd claims are the two preferred
     * and stable extensions; the h-categorizer settles at the fixed point s = 1 / (1 + s), the
     * golden ratio's inverse, and DF-QuAD at s = 0.5 - 0.5 s = 1/3. 20,000 rather than a million:
     * preferred semantics goes to the SAT solver here, with every argument undecided; 100,000 took
     * 12 s of the suite's budget and a million would take minutes, while chains of a million (which
     * grounded settles) are tested in the Million*ChainTest classes.
     */
    @Test
    void preferredAndStable_onRebuttalRingOfTwentyThousand_areEvensAndOdds() {
        int n = 20_000;
        ArgumentMap map = ring(n);
        Traversal t = Traversal.of(map);
        assertThat(t.rebuttalCycles()).singleElement().satisfies(c -> assertThat(c).hasSize(n));
        assertThat(t.theses()).isEmpty();
        assertThat(Summary.of(map).counts().rebuttalCycles()).isEqualTo(1);
        ArgumentationFramework af = MapFramework.of(map).framework();
        assertThat(Semantics.groundedLabelling(af).count(Status.UNDECIDED)).isEqualTo(n);
        for (Semantics s : List.of(Semantics.PREFERRED, Semantics.STABLE)) {
            List<Extension> all = s.extensions(af);
            assertThat(all).as("%s", s).hasSize(2);
            for (Extension e : all) {
                int parity = e.indices()[0] % 2;
                assertThat(e.size()).isEqualTo(n / 2);
                assertThat(java.util.Arrays.stream(e.indices()).allMatch(a -> a % 2 == parity)).isTrue();
            }
            assertThat(s.credulouslyAccepts(af, "c7")).isTrue();
            assertThat(s.scepticallyAccepts(af, "c7")).isFalse();
        }
        double golden = (Math.sqrt(5) - 1) / 2;
        Strengths h = Strength.hCategorizer(map, SupportReading.ATTACK_ONLY);
        assertThat(h.converged()).isTrue();
        assertThat(h.of("c0")).isCloseTo(golden, within(1e-8));
        assertThat(h.of("c" + (n - 1))).isCloseTo(golden, within(1e-8));
        Strengths quad = Strength.dfQuad(map);
        assertThat(quad.converged()).isTrue();
        assertThat(quad.of("c12345")).isCloseTo(1.0 / 3, within(1e-8));
    }

    /**
     * Thirty independent pairs of mutual rebuttals have 2^30 preferred extensions; every claim is
     * in some and none is in all. Deciding that used to meet preferred extensions one by one and
     * ran for over ten minutes (found by {@link SharedMapConcurrencyTest}); now a few seconds at most.
     */
    @Test
    void preferredAcceptance_onThirtyMutualRebuttalPairs_decidesEveryClaimQuickly() {
        ArgumentMap.Builder b = ArgumentMap.builder().title("pairs");
        for (int i = 0; i < 60; i++) {
            b.addClaim(Claim.of("c" + i, "claim " + i));
        }
        for (int i = 0; i < 60; i += 2) {
            b.addRelation(Relation.rebuttal("c" + i, "c" + (i + 1))).addRelation(Relation.rebuttal("c" + (i + 1), "c" + i));
        }
        ArgumentMap map = b.build();
        Acceptance preferred = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> Acceptance.of(map, Semantics.PREFERRED));
        assertThat(preferred.ids(Status.UNDECIDED)).hasSize(60);
        ArgumentationFramework af = MapFramework.of(map).framework();
        for (int a = 0; a < 60; a++) {
            assertThat(Semantics.PREFERRED.scepticallyAccepts(af, a)).isFalse();
            assertThat(Semantics.STABLE.credulouslyAccepts(af, a)).isTrue();
        }
    }

    /**
     * 100,000 speakers, each making one claim that rebuts the previous speaker's. The summary
     * used to hold a speakers × speakers matrix, 80 GB here, and loop over it.
     */
    @Test
    void summary_withHundredThousandSpeakers_staysLinear() {
        int n = 100_000;
        ArgumentMap.Builder b = ArgumentMap.builder().title("crowd");
        for (int i = 0; i < n; i++) {
            b.addSpeaker(Speaker.of("s" + i, "Speaker " + i, "panellist"));
            b.addClaim(Claim.of("c" + i, "claim " + i).withSpeaker("s" + i));
            if (i > 0) {
                b.addRelation(Relation.rebuttal("c" + i, "c" + (i - 1)));
            }
        }
        Summary s = Summary.of(b.build());
        assertThat(s.speakers()).hasSize(n);
        SpeakerSummary middle = s.speakers().get(500);
        assertThat(middle.claims()).isEqualTo(1);
        assertThat(middle.rebuts()).containsExactly("s499");
        assertThat(middle.rebuttedBy()).containsExactly("s501");
        assertThat(s.speakers().get(0).theses()).extracting(c -> c.id()).containsExactly("c0");
        assertThat(s.exchanges()).hasSize(n - 1);
        assertThat(s.exchanges().get(0).from()).isEqualTo("s1");
        assertThat(s.exchanges().get(0).to()).isEqualTo("s0");
        assertThat(s.exchanges().get(0).rebuttals()).isEqualTo(1);
    }

    /**
     * A digest nests replies to the depth asked; each level indents every line below it, so a
     * digest a million levels deep is terabytes of Markdown. Depth is capped, with a message. At
     * the cap, records' own equals and hashCode overflowed a 1 MB stack (Point's are now
     * iterative) and JSON rendering hit Jackson's 1,000-level nesting limit (now raised to fit).
     */
    @Test
    void summaryDepth_beyondTheCap_isRefusedSayingTheCap() {
        assertThatThrownBy(() -> SummaryOptions.defaults().withDepth(SummaryOptions.MAX_DEPTH + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("depth is " + (SummaryOptions.MAX_DEPTH + 1) + "; it must be at most " + SummaryOptions.MAX_DEPTH
                        + ", as a digest nested deeper is unreadable");
        assertThatThrownBy(() -> SummaryOptions.defaults().withDepth(Integer.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        ArgumentMap chain = Chains.chain(10_000, Chains.Shape.ALTERNATING);
        Summary deepest = Summary.of(chain, SummaryOptions.defaults().withDepth(SummaryOptions.MAX_DEPTH));
        String markdown = MarkdownSummary.render(deepest);
        assertThat(markdown).contains("  ".repeat(SummaryOptions.MAX_DEPTH) + "- *")
                .contains("… " + (10_000 - SummaryOptions.MAX_DEPTH - 1) + " more replies not shown");
        Summary again = Summary.of(chain, SummaryOptions.defaults().withDepth(SummaryOptions.MAX_DEPTH));
        assertThat(deepest).isEqualTo(again);
        assertThat(deepest.hashCode()).isEqualTo(again.hashCode());
        assertThat(deepest.toString()).contains("replies=1 points");
        assertThat(JsonSummary.render(deepest)).isEqualTo(JsonSummary.render(again));
    }
}
