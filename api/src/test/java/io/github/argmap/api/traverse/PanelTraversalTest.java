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
    void onlyMcKeilQualifiesMcKeil_andHeRebutsCarneyTheCommissionAndTheAudience() {
        // Rebuttals into McKeil's claims, from the map: divide-and-rule -> coalition-deter-russia,
        // his own caveat (his other qualifications are notes, not rebuttals; docs/panel-reading.md).
        Set<String> rebuttersOfMcKeil = new TreeSet<>();
        for (Claim c : panel.claims()) {
            if (c.speaker().orElseThrow().equals("mckeil")) {
                t.rebutters(c.id()).forEach(r -> rebuttersOfMcKeil.add(r.speaker().orElseThrow()));
            }
        }
        assertThat(rebuttersOfMcKeil).containsExactly("mckeil");
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
        long expected = panel.relations().stream()
                .filter(r -> panel.requireClaim(r.source()).tags().contains("norway") && panel.requireClaim(r.to()).tags().contains("norway"))
                .count();
        assertThat(norway.relations()).hasSize((int) expected);
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
                if (r.to().equals(id)) {
                    int p = parity ^ (r.isRebuttal() ? 1 : 0);
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
