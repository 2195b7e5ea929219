package io.github.argmap.api.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SummaryTest {

    static List<String> ids(List<ClaimRef> refs) {
        return refs.stream().map(ClaimRef::id).collect(Collectors.toList());
    }

    static String ranking(List<Ranked> ranked) {
        return ranked.stream().map(r -> r.claim().id() + "=" + r.score() + "(" + r.direct() + "+" + r.indirect() + ")")
                .collect(Collectors.joining(" "));
    }

    @Test
    void counts_areTakenFromTheMap() {
        // 10 claims; supports 0,1,3,6 and rebuttals 2,4,5,7; theses t and x; evidence (no incoming
        // support) b, d, f, q, u, x.
        assertThat(Summary.of(Debates.panel()).counts()).isEqualTo(new Counts(10, 4, 4, 3, 3, 2, 6, 0, 0, 0));
        assertThat(ids(Summary.of(Debates.panel()).theses())).containsExactly("t", "x");
    }

    @Test
    void speakers_countWhatTheyGiveAndReceive_andWhomTheyRebut() {
        Summary s = Summary.of(Debates.panel());
        // Ann makes t, a, b, d. Gives a->t S, b->a S, d->r R. Receives a->t S, b->a S, r->t R, e->a R.
        SpeakerSummary ann = s.speaker("ann").orElseThrow();
        assertThat(List.of(ann.claims(), ann.supportsGiven(), ann.rebuttalsGiven(), ann.supportsReceived(),
                ann.rebuttalsReceived())).containsExactly(4, 2, 1, 2, 2);
        assertThat(ann.rebuts()).containsExactly("bob");
        assertThat(ann.rebuttedBy()).containsExactly("bob", "cat");
        assertThat(ids(ann.theses())).containsExactly("t");
        // Cat makes e, f, u, x. Gives e->a R, f->e S, u->q R. Receives f->e S.
        SpeakerSummary cat = s.speaker("cat").orElseThrow();
        assertThat(List.of(cat.claims(), cat.supportsGiven(), cat.rebuttalsGiven(), cat.supportsReceived(),
                cat.rebuttalsReceived())).containsExactly(4, 1, 2, 1, 0);
        assertThat(cat.rebuts()).containsExactly("ann", "bob");
        assertThat(cat.rebuttedBy()).isEmpty();
        assertThat(ids(cat.theses())).containsExactly("x");
        assertThat(s.speaker("nobody")).isEmpty();
    }

    @Test
    void exchanges_areTheNonEmptyCellsOfTheSpeakerMatrix() {
        // Supports: ann->ann 2 (a->t, b->a), bob->bob 1 (q->r), cat->cat 1 (f->e).
        // Rebuttals: ann->bob 1 (d->r), bob->ann 1 (r->t), cat->ann 1 (e->a), cat->bob 1 (u->q).
        assertThat(Summary.of(Debates.panel()).exchanges()).containsExactly(
                new Exchange("ann", "ann", 2, 0), new Exchange("ann", "bob", 0, 1),
                new Exchange("bob", "ann", 0, 1), new Exchange("bob", "bob", 1, 0),
                new Exchange("cat", "ann", 0, 1), new Exchange("cat", "bob", 0, 1), new Exchange("cat", "cat", 1, 0));
    }

    @Test
    void rankings_scoreDirectPlusHalfOfTheReasons_tiesInMapOrder() {
        Summary s = Summary.of(Debates.panel());
        // Supported: t 1 (a) + 0.5 x 1 (b on a); a 1; r 1; e 1 (f). Equal scores keep map order.
        assertThat(ranking(s.mostSupported())).isEqualTo("t=1.5(1+1) a=1.0(1+0) r=1.0(1+0) e=1.0(1+0)");
        // Contested: t 1 (r) + 0.5 x 1 (e on a); r 1 (d) + 0.5 x 1 (u on q); a 1 (e); q 1 (u).
        assertThat(ranking(s.mostContested())).isEqualTo("t=1.5(1+1) r=1.5(1+1) a=1.0(1+0) q=1.0(1+0)");
        Summary top2 = Summary.of(Debates.panel(), SummaryOptions.defaults().withTop(2));
        assertThat(top2.mostContested()).hasSize(2);
    }

    @Test
    void unanswered_isRebuttedUnsupportedAndUndefended() {
        // Rebutted: t (supported by a), r (supported by q), a (supported by b), q (rebutted by u,
        // no support, u unchallenged). Only q.
        assertThat(ids(Summary.of(Debates.panel()).unanswered())).containsExactly("q");
        // Rebutting u, q's rebutter, defends q ...
        ArgumentMap defended = Debates.panel().toBuilder()
                .addClaim(Claim.of("v", "The estimate is from last year.").withSpeaker("bob"))
                .addRelation(Relation.rebuttal("v", "u")).build();
        // ... while u, rebutted now and unsupported, becomes unanswered itself.
        assertThat(ids(Summary.of(defended).unanswered())).containsExactly("u");
    }

    @Test
    void longestChain_followsSupportsOnly() {
        // b -> a -> t (2 supports); q -> r and f -> e have 1; rebuttals do not extend chains.
        Chain chain = Summary.of(Debates.panel()).longestChain();
        assertThat(ids(chain.claims())).containsExactly("b", "a", "t");
        assertThat(chain.length()).isEqualTo(2);
        assertThat(chain.supportCycles()).isEmpty();
    }

    @Test
    void longestChain_skipsCirclesOfSupport_andNamesThem() {
        // x and y support each other; z -> x -> w. Inside the circle no support counts, so the
        // longest chain is z -> x -> w (2), not z -> x -> y or y -> x -> w.
        ArgumentMap m = ArgumentMap.builder()
                .addClaim(Claim.of("w", "W.")).addClaim(Claim.of("x", "X.")).addClaim(Claim.of("y", "Y."))
                .addClaim(Claim.of("z", "Z."))
                .addRelation(Relation.support("x", "y")).addRelation(Relation.support("y", "x"))
                .addRelation(Relation.support("z", "x")).addRelation(Relation.support("x", "w"))
                .build();
        Chain chain = Summary.of(m).longestChain();
        assertThat(ids(chain.claims())).containsExactly("z", "x", "w");
        assertThat(chain.supportCycles()).extracting(SummaryTest::ids).containsExactly(List.of("x", "y"));
        assertThat(MarkdownSummary.render(Summary.of(m))).contains("support each other in a circle");
    }

    @Test
    void longestChain_isEmptyWithoutSupports() {
        ArgumentMap m = ArgumentMap.builder().addClaim(Claim.of("p", "P.")).addClaim(Claim.of("q", "Q."))
                .addRelation(Relation.rebuttal("p", "q")).build();
        assertThat(Summary.of(m).longestChain().claims()).isEmpty();
        assertThat(Summary.of(ArgumentMap.builder().build()).longestChain().claims()).isEmpty();
    }

    @Test
    void sections_nestRepliesUnderTheClaimTheyAnswer() {
        Summary s = Summary.of(Debates.panel());
        assertThat(s.sections()).extracting(SectionDigest::title)
                .containsExactly("Opening statement", "Reply", "Questions from the floor", "Other claims");
        // Opening: t is the only claim bearing on nothing in its section; a under t, b under a; e
        // (floor) answers a and r (reply) answers t, both shown as leaves.
        SectionDigest opening = s.section("opening").orElseThrow();
        assertThat(opening.claims()).isEqualTo(3);
        assertThat(opening.points()).hasSize(1);
        Point t = opening.points().get(0);
        assertThat(t.claim().id()).isEqualTo("t");
        assertThat(t.kind()).isEmpty();
        assertThat(t.replies()).extracting(p -> p.claim().id() + ":" + p.kind().orElseThrow())
                .containsExactly("a:SUPPORT", "r:REBUTTAL");
        Point a = t.replies().get(0);
        assertThat(a.replies()).extracting(p -> p.claim().id() + ":" + p.kind().orElseThrow())
                .containsExactly("b:SUPPORT", "e:REBUTTAL");
        Point r = t.replies().get(1);
        assertThat(r.replies()).isEmpty();
        // Floor: d, e and u bear on other sections only; f sits under e.
        SectionDigest floor = s.section("floor").orElseThrow();
        assertThat(floor.points()).extracting(p -> p.claim().id()).containsExactly("d", "e", "u");
        assertThat(floor.points().get(0).answers()).containsExactly(
                new Target(RelationKind.REBUTTAL, s.section("reply").orElseThrow().points().get(0).claim()));
        assertThat(floor.points().get(1).replies()).extracting(p -> p.claim().id()).containsExactly("f");
        assertThat(s.sections().get(3).id()).isEmpty();
        assertThat(s.sections().get(3).points()).extracting(p -> p.claim().id()).containsExactly("x");
    }

    @Test
    void sections_capTheNestingAndCountWhatTheyLeaveOut() {
        Summary s = Summary.of(Debates.panel(), SummaryOptions.defaults().withDepth(1));
        Point t = s.section("opening").orElseThrow().points().get(0);
        Point a = t.replies().get(0);
        // Below a: b (same section) and e (a reply from the floor).
        assertThat(a.replies()).isEmpty();
        assertThat(a.omitted()).isEqualTo(2);
        assertThat(t.omitted()).isZero();
        assertThat(MarkdownSummary.render(s)).contains("    - … 2 more replies not shown\n");
    }

    @Test
    void sections_showClaimsThatOnlyAnswerEachOther() {
        // p and q rebut each other inside one section: neither is a main point by the rule, so the
        // first in map order leads and the other sits under it.
        ArgumentMap m = ArgumentMap.builder()
                .addSection(new io.github.argmap.core.Section("s", "S"))
                .addClaim(Claim.of("p", "P.").withSection("s")).addClaim(Claim.of("q", "Q.").withSection("s"))
                .addRelation(Relation.rebuttal("p", "q")).addRelation(Relation.rebuttal("q", "p"))
                .build();
        SectionDigest s = Summary.of(m).section("s").orElseThrow();
        assertThat(s.points()).extracting(p -> p.claim().id()).containsExactly("p");
        assertThat(s.points().get(0).replies()).extracting(p -> p.claim().id()).containsExactly("q");
        assertThat(s.points().get(0).replies().get(0).replies()).isEmpty();
        assertThat(Summary.of(m).counts().rebuttalCycles()).isEqualTo(1);
    }

    @Test
    void overlay_putsStatusesAndStrengthsOnClaims_andSaysWhichThesesStand() {
        Summary s = Summary.of(Debates.panel(), Map.of("t", Status.ACCEPTED, "r", Status.REJECTED, "x", Status.UNDECIDED),
                Map.of("t", 0.75));
        Point t = s.section("opening").orElseThrow().points().get(0);
        assertThat(t.claim().status()).contains(Status.ACCEPTED);
        assertThat(t.claim().strength()).hasValue(0.75);
        assertThat(t.replies().get(1).claim().status()).contains(Status.REJECTED);
        assertThat(t.replies().get(0).claim().status()).isEmpty();
        Standing st = s.standing().orElseThrow();
        assertThat(List.of(st.accepted(), st.rejected(), st.undecided(), st.unknown())).containsExactly(1, 1, 1, 7);
        assertThat(ids(st.acceptedTheses())).containsExactly("t");
        assertThat(st.rejectedTheses()).isEmpty();
        assertThat(ids(st.undecidedTheses())).containsExactly("x");
        assertThat(Summary.of(Debates.panel()).standing()).isEmpty();
        String md = MarkdownSummary.render(s);
        assertThat(md).contains("## Which claims stand\n\nA claim stands when every rebuttal of it is answered, by a claim that "
                        + "stands or by an undercut that stands against the rebuttal's inference; it falls when a claim that "
                        + "stands rebuts it. Unrebutted claims stand, whatever happens to one of their reasons. Strength")
                .contains("high strength.\n\n- 1 accepted, 1 rejected, 1 undecided, 7 without a status.\n")
                .contains("- **Ann Smith:** The town should build a bridge. *(accepted; strength 0.75)*\n")
                .contains("A bridge costs too much. *(rejected)*\n");
        assertThat(MarkdownSummary.render(Summary.of(Debates.panel()))).doesNotContain("accepted", "strength");
    }

    @Test
    void overlay_rejectsUnknownClaimsStatusesAndStrengths() {
        ArgumentMap m = Debates.panel();
        assertThatThrownBy(() -> Summary.of(m, Map.of("nope", Status.ACCEPTED), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the status map names claim 'nope', which map 'Should the town build a bridge?' does not"
                        + " have; compute the status on this map");
        assertThatThrownBy(() -> Summary.of(m, Map.of(), Map.of("t", 1.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strength 1.5");
        assertThatThrownBy(() -> Summary.of(m, Map.of(), Map.of("t", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strength NaN");
        assertThatThrownBy(() -> SummaryOptions.defaults().withTop(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("top is 0; it must be at least 1");
    }

    @Test
    void summary_isImmutableAndEqualForEqualMaps() {
        Summary a = Summary.of(Debates.panel());
        Summary b = Summary.of(Debates.panel());
        assertThat(a).isEqualTo(b);
        assertThatThrownBy(() -> a.theses().add(a.theses().get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(a.section("opening").map(SectionDigest::id)).isEqualTo(Optional.of(Optional.of("opening")));
    }
}
