package io.github.argmap.api.traverse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.api.summary.SpeakerSummary;
import io.github.argmap.api.summary.Summary;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.seeds.Seeds;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The reader's questions of the issue, asked of the panel map, with answers read off the map by hand. */
class PanelTraversalTest {
    private final ArgumentMap panel = Seeds.panel();
    private final Traversal t = Traversal.of(panel);

    @Test
    void nobodyRebutsMcKeil_hisOwnCaveatIsAnUndercut_andHeRebutsCarneyTheCommissionAndTheAudience() {
        // From the map: no rebuttal ends at a claim of McKeil's. His caveat on deterring Russia
        // ("but without deep integration ... could easily fracture it") undercuts his own inference.
        Set<String> rebuttersOfMcKeil = new TreeSet<>();
        for (Claim c : panel.claims()) {
            if (c.speaker().orElseThrow().equals("mckeil")) {
                t.rebutters(c.id()).forEach(r -> rebuttersOfMcKeil.add(r.speaker().orElseThrow()));
            }
        }
        assertThat(rebuttersOfMcKeil).isEmpty();
        assertThat(panel.undercutsOf("s-russia-weakest-deters")).extracting(Relation::source)
                .containsExactly("mckeil-divide-and-rule");
        SpeakerSummary mckeil = Summary.of(panel).speakers().stream().filter(s -> s.id().equals("mckeil")).findFirst().orElseThrow();
        assertThat(mckeil.rebuttedBy()).isEmpty();
        assertThat(mckeil.rebuts()).containsExactly("carney", "commission", "audience");
    }

    @Test
    void directCaseAgainstIncludingTurkiye() {
        assertThat(t.rebutters("gursoy-cannot-exclude-turkiye")).extracting(Claim::id).containsExactly(
                "commission-sanctions-circumvention", "commission-alignment-17", "toygur-alignment-defining-obstacle");
        assertThat(t.supporters("gursoy-cannot-exclude-turkiye")).extracting(Claim::id).containsExactlyInAnyOrder(
                "audience-turkiye-safe-exclusion", "audience-uk-turkiye-leading-allies",
                "toygur-turkiye-in-nato-pillar", "toygur-two-engagement-areas");
    }

    @Test
    void wholeCaseAgainstATurkiyeSecurityPartnership() {
        List<String> against = t.caseAgainst("gursoy-cannot-exclude-turkiye").stream().map(r -> r.claim().id()).toList();
        // Hand-read chains with one rebuttal: the alignment gap supports "the gap blocks an SDP", which
        // supports "alignment is the defining obstacle", which rebuts the premise.
        assertThat(against).contains("commission-alignment-17", "commission-sanctions-circumvention",
                "toygur-alignment-defining-obstacle", "toygur-gap-blocks-sdp", "toygur-alignment-gap",
                // rebuts a supporter of the premise (the SAFE-exclusion complaint)
                "toygur-safe-reflects-alignment");
        // The audience's Anglo-Turkish markers only support the premise.
        assertThat(against).doesNotContain("audience-turkiye-maritime-track", "audience-montreux-closure");
        assertThat(t.caseFor("gursoy-cannot-exclude-turkiye")).extracting(r -> r.claim().id())
                .contains("audience-turkiye-maritime-track", "audience-montreux-closure", "audience-eurofighter-deal");
        assertThat(new TreeSet<>(against)).isEqualTo(oddParityAncestors("gursoy-cannot-exclude-turkiye"));
    }

    @Test
    void caseMapOfTheRupturePullsInMcKeilsObjections() {
        ArgumentMap sub = t.caseMap("carney-rupture");
        assertThat(sub.claim("mckeil-soft-quitting-obama")).isPresent();
        assertThat(sub.claim("mckeil-structural-not-temperament")).isPresent();
        assertThat(sub.claim("carney-rupture")).isPresent();
        assertThat(sub.relations()).allSatisfy(r -> assertThat(panel.relations()).contains(r));
    }

    @Test
    void subMapByTagKeepsOnlyTaggedClaimsAndTheirRelations() {
        ArgumentMap norway = t.byTag("norway");
        assertThat(norway.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.tags()).contains("norway"));
        // By hand from the relation list: supports and rebuttals between tagged claims, then the
        // undercuts made by a tagged claim of a relation that is kept (the panel has no undercut of an undercut).
        Set<String> expected = new HashSet<>();
        for (Relation r : panel.relations()) {
            if (!r.isUndercut() && tagged(r.source(), "norway") && tagged(r.to(), "norway")) {
                expected.add(panel.idOf(r));
            }
        }
        for (Relation u : panel.relations()) {
            if (u.isUndercut() && tagged(u.source(), "norway") && expected.contains(u.to())) {
                expected.add(panel.idOf(u));
            }
        }
        assertThat(norway.relations()).hasSize(expected.size());
        // Rieker's caveat on the Norwegian membership debate comes along with the supports it qualifies.
        assertThat(norway.relations()).filteredOn(Relation::isUndercut).extracting(Relation::id)
                .containsExactlyInAnyOrder("u-no-party-iceland", "u-no-party-costs");
    }

    private boolean tagged(String claimId, String tag) {
        return panel.requireClaim(claimId).tags().contains(tag);
    }

    /** A second method: breadth-first over (claim, parity) states against the relation list. */
    private Set<String> oddParityAncestors(String target) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(target + "|0");
        seen.add(target + "|0");
        Set<String> odd = new TreeSet<>();
        while (!queue.isEmpty()) {
            String state = queue.poll();
            String id = state.substring(0, state.indexOf('|'));
            int parity = state.endsWith("|1") ? 1 : 0;
            for (Relation r : panel.relations()) {
                // An undercut of a support into id argues against id, as a rebuttal of it would.
                String into = r.isUndercut() ? panel.relation(r.to()).orElseThrow().to() : r.to();
                if (into.equals(id)) {
                    int p = parity ^ (r.isSupport() ? 0 : 1);
                    String next = r.source() + "|" + p;
                    if (seen.add(next)) {
                        queue.add(next);
                        if (p == 1) {
                            odd.add(r.source());
                        }
                    }
                }
            }
        }
        odd.remove(target);
        return odd;
    }
}
