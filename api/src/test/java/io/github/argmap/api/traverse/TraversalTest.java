package io.github.argmap.api.traverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TraversalTest {

    /**
     * A small debate, drawn with relations pointing from reason to target:
     * <pre>
     *   b --s--> a --s--> t <--r-- r <--s-- q
     *            ^                 ^
     *   f --s--> e (r)             d (r)
     *   x (alone, no section)
     * </pre>
     * Relations in map order: 0 a->t S, 1 b->a S, 2 r->t R, 3 q->r S, 4 d->r R, 5 e->a R, 6 f->e S.
     */
    static ArgumentMap debate() {
        return ArgumentMap.builder()
                .title("Small debate")
                .addNote("made by hand")
                .addSpeaker(Speaker.of("ann", "Ann", "panellist"))
                .addSpeaker(Speaker.of("bob", "Bob", "panellist"))
                .addSpeaker(Speaker.of("cat", "Cat", "audience"))
                .addSection(new Section("s1", "Opening"))
                .addSection(new Section("s2", "Debate"))
                .addClaim(Claim.of("t", "Thesis.").withSpeaker("ann").withSection("s1").withTags(List.of("main")))
                .addClaim(Claim.of("a", "Reason a.").withSpeaker("ann").withSection("s1"))
                .addClaim(Claim.of("b", "Reason b.").withSpeaker("ann").withSection("s1"))
                .addClaim(Claim.of("r", "Objection r.").withSpeaker("bob").withSection("s2").withTags(List.of("main")))
                .addClaim(Claim.of("q", "Backing for r.").withSpeaker("bob").withSection("s2"))
                .addClaim(Claim.of("d", "Defence d.").withSpeaker("ann").withSection("s2"))
                .addClaim(Claim.of("e", "Attack on a.").withSpeaker("cat").withSection("s2"))
                .addClaim(Claim.of("f", "Backing for e.").withSpeaker("cat").withSection("s2"))
                .addClaim(Claim.of("x", "Aside.").withSpeaker("cat"))
                .addRelation(Relation.support("a", "t"))
                .addRelation(Relation.support("b", "a"))
                .addRelation(Relation.rebuttal("r", "t"))
                .addRelation(Relation.support("q", "r"))
                .addRelation(Relation.rebuttal("d", "r"))
                .addRelation(Relation.rebuttal("e", "a"))
                .addRelation(Relation.support("f", "e"))
                .build();
    }

    static List<String> ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).collect(Collectors.toList());
    }

    static List<String> rows(List<Reason> reasons) {
        return reasons.stream()
                .map(r -> r.claim().id() + "@" + r.depth() + " via " + r.via().source() + "->" + r.via().to())
                .collect(Collectors.toList());
    }

    @Test
    void directQuestions_answerInMapOrder() {
        Traversal t = Traversal.of(debate());
        assertThat(ids(t.supporters("t"))).containsExactly("a");
        assertThat(ids(t.rebutters("t"))).containsExactly("r");
        assertThat(ids(t.rebutters("a"))).containsExactly("e");
        assertThat(ids(t.supporters("r"))).containsExactly("q");
        assertThat(ids(t.supported("b"))).containsExactly("a");
        assertThat(ids(t.rebutted("d"))).containsExactly("r");
        assertThat(ids(t.rebutted("b"))).isEmpty();
        assertThat(t.incoming("r")).containsExactly(Relation.support("q", "r"), Relation.rebuttal("d", "r"));
    }

    @Test
    void caseFor_holdsEvenRebuttalChains_breadthFirst() {
        // Even number of rebuttals to t: a (a->t), b (b->a->t), d (d->r->t: two rebuttals).
        // Breadth-first over t's incoming relations in map order: a and r at depth 1, then a's
        // (b, e) before r's (q, d).
        assertThat(rows(Traversal.of(debate()).caseFor("t")))
                .containsExactly("a@1 via a->t", "b@2 via b->a", "d@2 via d->r");
    }

    @Test
    void caseAgainst_holdsOddRebuttalChains_breadthFirst() {
        // Odd: r (r->t), e (e->a->t), q (q->r->t), f (f->e->a->t).
        assertThat(rows(Traversal.of(debate()).caseAgainst("t")))
                .containsExactly("r@1 via r->t", "e@2 via e->a", "q@2 via q->r", "f@3 via f->e");
    }

    @Test
    void caseAgainst_ofARebuttal_turnsDefencesIntoItsCase() {
        // Against r: d rebuts it. For r: q supports it. Nothing else reaches r.
        Traversal t = Traversal.of(debate());
        assertThat(rows(t.caseAgainst("r"))).containsExactly("d@1 via d->r");
        assertThat(rows(t.caseFor("r"))).containsExactly("q@1 via q->r");
        assertThat(t.caseFor("x")).isEmpty();
    }

    @Test
    void caseMap_keepsTheClaimAndEveryClaimWithAChainToIt() {
        ArgumentMap sub = Traversal.of(debate()).caseMap("a");
        // Chains into a: b (support), e (rebuttal), f (via e).
        assertThat(ids(sub.claims())).containsExactly("a", "b", "e", "f");
        assertThat(sub.relations()).containsExactly(Relation.support("b", "a"), Relation.rebuttal("e", "a"),
                Relation.support("f", "e"));
        assertThat(sub.speakers()).extracting(Speaker::id).containsExactly("ann", "cat");
        assertThat(sub.sections()).extracting(Section::id).containsExactly("s1", "s2");
        assertThat(sub.title()).isEqualTo("Small debate");
        assertThat(sub.notes()).containsExactly("made by hand");
    }

    @Test
    void thesesAndEvidence_areTheEndsOfReasoning() {
        Traversal t = Traversal.of(debate());
        // Out-degree 0: t and the lone x.
        assertThat(ids(t.theses())).containsExactly("t", "x");
        // No incoming support: b, q, d, f, x (t, a, r and e each have a supporter).
        assertThat(ids(t.evidence())).containsExactly("b", "q", "d", "f", "x");
    }

    @Test
    void shortestChain_followsRelationsForwards() {
        Traversal t = Traversal.of(debate());
        assertThat(t.shortestChain("f", "t")).contains(List.of(Relation.support("f", "e"),
                Relation.rebuttal("e", "a"), Relation.support("a", "t")));
        assertThat(t.shortestChain("t", "f")).isEmpty();
        assertThat(t.shortestChain("t", "t")).contains(List.of());
    }

    /** A diamond with a shortcut: s->a->z, s->b->z, s->z, a->b. */
    static ArgumentMap diamond() {
        return ArgumentMap.builder()
                .addClaim(Claim.of("z", "Conclusion."))
                .addClaim(Claim.of("a", "A."))
                .addClaim(Claim.of("b", "B."))
                .addClaim(Claim.of("s", "Start."))
                .addRelation(Relation.support("a", "z"))   // 0
                .addRelation(Relation.rebuttal("b", "z"))  // 1
                .addRelation(Relation.support("s", "a"))   // 2
                .addRelation(Relation.support("s", "b"))   // 3
                .addRelation(Relation.support("a", "b"))   // 4
                .addRelation(Relation.rebuttal("s", "z"))  // 5
                .build();
    }

    @Test
    void chains_listsEverySimplePathWithinTheBound_shortestFirst() {
        Traversal t = Traversal.of(diamond());
        // Paths s to z: [5] (length 1); [2,0] and [3,1] (length 2, ordered by first relation's
        // position 2 < 3); [2,4,1] (length 3).
        List<List<Relation>> all = t.chains("s", "z", 10);
        assertThat(all).extracting(p -> p.stream().map(r -> r.source() + r.to()).collect(Collectors.joining(",")))
                .containsExactly("sz", "sa,az", "sb,bz", "sa,ab,bz");
        assertThat(t.chains("s", "z", 2)).hasSize(3);
        assertThat(t.chains("s", "z", 0)).isEmpty();
        assertThat(t.chains("z", "s", 5)).isEmpty();
        assertThat(t.chains("s", "s", 5)).containsExactly(List.of());
    }

    @Test
    void chains_rejectNegativeBoundAndUnknownClaims() {
        Traversal t = Traversal.of(diamond());
        assertThatThrownBy(() -> t.chains("s", "z", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRelations is -1");
        assertThatThrownBy(() -> t.supporters("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'");
        assertThatThrownBy(() -> t.neighbourhood("z", -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steps is -2");
    }

    @Test
    void neighbourhood_ignoresDirection_andWritesAsJson() throws Exception {
        Traversal t = Traversal.of(debate());
        ArgumentMap one = t.neighbourhood("a", 1);
        // One step from a either way: t (a->t), b (b->a), e (e->a).
        assertThat(ids(one.claims())).containsExactly("t", "a", "b", "e");
        assertThat(one.relations()).containsExactly(Relation.support("a", "t"), Relation.support("b", "a"),
                Relation.rebuttal("e", "a"));
        ArgumentMap two = t.neighbourhood("a", 2);
        // Two steps add r (via t) and f (via e).
        assertThat(ids(two.claims())).containsExactly("t", "a", "b", "r", "e", "f");
        ArgumentMap alone = t.neighbourhood("x", 0);
        assertThat(ids(alone.claims())).containsExactly("x");
        assertThat(alone.speakers()).extracting(Speaker::id).containsExactly("cat");
        assertThat(alone.sections()).isEmpty();
        String json = JsonMapWriter.toJson(one);
        ArgumentMap back = JsonMapReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "n.json");
        assertThat(back).isEqualTo(one);
    }

    @Test
    void subMaps_bySpeakerSectionAndTag() {
        Traversal t = Traversal.of(debate());
        ArgumentMap bob = t.bySpeaker("bob");
        assertThat(ids(bob.claims())).containsExactly("r", "q");
        assertThat(bob.relations()).containsExactly(Relation.support("q", "r"));
        assertThat(bob.speakers()).extracting(Speaker::id).containsExactly("bob");
        assertThat(bob.sections()).extracting(Section::id).containsExactly("s2");
        assertThat(ids(t.bySection("s1").claims())).containsExactly("t", "a", "b");
        assertThat(t.bySection("s1").relations()).hasSize(2);
        ArgumentMap main = t.byTag("main");
        assertThat(ids(main.claims())).containsExactly("t", "r");
        assertThat(main.relations()).containsExactly(Relation.rebuttal("r", "t"));
        assertThat(t.subMap(c -> false).claims()).isEmpty();
        assertThat(t.subMap(c -> true)).isEqualTo(debate());
    }

    @Test
    void rebuttalCycles_areStrongComponentsOfRebuttalsOnly() {
        ArgumentMap m = ArgumentMap.builder()
                .addClaim(Claim.of("m", "M."))
                .addClaim(Claim.of("p3", "P3."))
                .addClaim(Claim.of("p1", "P1."))
                .addClaim(Claim.of("p4", "P4."))
                .addClaim(Claim.of("p2", "P2."))
                .addClaim(Claim.of("p5", "P5."))
                .addRelation(Relation.rebuttal("p4", "p5"))
                .addRelation(Relation.rebuttal("p1", "p2"))
                .addRelation(Relation.rebuttal("p2", "p1"))
                .addRelation(Relation.rebuttal("p3", "p4"))
                .addRelation(Relation.rebuttal("p5", "p3"))
                .addRelation(Relation.support("p1", "p3"))
                .addRelation(Relation.rebuttal("p3", "p1"))   // closes p1 -> p3 only through a support: not a rebuttal cycle
                .addRelation(Relation.support("p3", "m"))
                .addRelation(Relation.rebuttal("m", "p3"))    // m <-> p3 mixes kinds: not a rebuttal cycle
                .build();
        // Components in map order: {p3, p4, p5} (p3 is claim 1) before {p1, p2} (p1 is claim 2).
        assertThat(Traversal.of(m).rebuttalCycles()).extracting(TraversalTest::ids)
                .containsExactly(List.of("p3", "p4", "p5"), List.of("p1", "p2"));
        assertThat(Traversal.of(debate()).rebuttalCycles()).isEmpty();
    }

    @Test
    void walk_breadthFirstIncoming_reachesTheWholeCaseLevelByLevel() {
        Traversal t = Traversal.of(debate());
        assertThat(t.walk("t", Order.BREADTH_FIRST, Direction.INCOMING).map(Claim::id))
                .containsExactly("t", "a", "r", "b", "e", "q", "d", "f");
        assertThat(t.walk("t", Order.BREADTH_FIRST, Direction.INCOMING, EnumSet.of(RelationKind.SUPPORT)).map(Claim::id))
                .containsExactly("t", "a", "b");
        assertThat(t.walk("f", Order.BREADTH_FIRST, Direction.OUTGOING).map(Claim::id))
                .containsExactly("f", "e", "a", "t");
        assertThat(t.walk("f", Order.BREADTH_FIRST, Direction.OUTGOING, EnumSet.of(RelationKind.SUPPORT)).map(Claim::id))
                .containsExactly("f", "e");
        // Undirected from q: r, then r's neighbours d and t (JGraphT lists a claim's incoming
        // relations before its outgoing ones), then t's a, then a's b and e, then f. x is never reached.
        assertThat(t.walk("q", Order.BREADTH_FIRST, Direction.BOTH).map(Claim::id))
                .containsExactly("q", "r", "d", "t", "a", "b", "e", "f");
    }

    @Test
    void walk_depthFirst_finishesEachBranchBeforeTheNext() {
        // t's incoming relations are listed [a->t, r->t]; JGraphT's depth-first iterator takes the
        // last-listed first: r, then r's [q, d] gives d then q, then a with [b, e]: e, f, then b.
        assertThat(Traversal.of(debate()).walk("t", Order.DEPTH_FIRST, Direction.INCOMING).map(Claim::id))
                .containsExactly("t", "r", "d", "q", "a", "e", "f", "b");
    }

    @Test
    void visit_stopsWhenTheVisitorSaysSo() {
        List<String> seen = new ArrayList<>();
        long n = Traversal.of(debate()).visit("t", Order.BREADTH_FIRST, Direction.INCOMING,
                EnumSet.allOf(RelationKind.class), c -> {
                    seen.add(c.id());
                    return !c.id().equals("b");
                });
        assertThat(seen).containsExactly("t", "a", "r", "b");
        assertThat(n).isEqualTo(4);
        assertThatThrownBy(() -> Traversal.of(debate()).walk("t", Order.DEPTH_FIRST, Direction.BOTH, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no relation kind");
    }

    /**
     * Claim ids for the long chain. Consecutive ids such as "c41" and "c42" give relations whose
     * record hash codes share their low bits, which piles them into few hash buckets in the
     * graph's edge map; scrambling i keeps the test about stack depth rather than hashing.
     */
    private static String chainId(int i) {
        return "c" + Integer.toHexString(i * 0x9E3779B1);
    }

    @Tag("scale") // slow: runs under -Pscale
    @Test
    void walk_millionClaimChain_doesNotOverflowTheStack() {
        int n = 1_000_000;
        List<Claim> claims = new ArrayList<>(n);
        List<Relation> relations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            claims.add(Claim.of(chainId(i), "A step."));
            if (i > 0) {
                relations.add(Relation.support(chainId(i), chainId(i - 1)));
            }
        }
        ArgumentMap chain = ArgumentMap.builder().addClaims(claims).addRelations(relations).build();
        Traversal t = Traversal.of(chain);
        // Depth-first down the whole chain: the surefire JVM runs with -Xss1m, so any recursion
        // per claim would overflow long before the end.
        long[] count = {0};
        String[] last = {null};
        t.walk(chainId(0), Order.DEPTH_FIRST, Direction.INCOMING).forEach(c -> {
            count[0]++;
            last[0] = c.id();
        });
        assertThat(count[0]).isEqualTo(n);
        assertThat(last[0]).isEqualTo(chainId(n - 1));
        assertThat(t.walk(chainId(n - 1), Order.BREADTH_FIRST, Direction.OUTGOING).count()).isEqualTo(n);
        List<Reason> forFirst = t.caseFor(chainId(0));
        assertThat(forFirst).hasSize(n - 1);
        assertThat(forFirst.get(n - 2).depth()).isEqualTo(n - 1);
        assertThat(t.theses()).extracting(Claim::id).containsExactly(chainId(0));
        assertThat(t.evidence()).extracting(Claim::id).containsExactly(chainId(n - 1));
        assertThat(t.neighbourhood(chainId(500), 2).claims()).extracting(Claim::id)
                .containsExactly(chainId(498), chainId(499), chainId(500), chainId(501), chainId(502));
    }
}
