package io.github.argmap.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.Status;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Türkiye pro/contra example: its quotes, its shape, and its standing worked out by hand. */
class TurkiyeExampleTest {
    private static final ArgumentMap MAP = TurkiyeExample.map();
    private static final String C = TurkiyeExample.CENTRAL;

    @Test
    void size_isThatOfTheWorkedExample() {
        assertThat(MAP.claims()).hasSize(44);
        // 49 reasons, of which five pairs are linked: 44 relations.
        assertThat(MAP.relations()).hasSize(44);
        assertThat(MAP.relations().stream().mapToInt(r -> r.from().size()).sum()).isEqualTo(49);
        assertThat(MAP.relations().stream().filter(Relation::isRebuttal)).hasSize(5);
    }

    @Test
    void everyQuote_occursVerbatimInThePanelSource() {
        String source = Seeds.panelSource();
        assertThat(MAP.claims()).allSatisfy(c -> {
            assertThat(c.quote()).as(c.id()).isPresent();
            assertThat(source).as(c.id()).contains(c.quote().orElseThrow());
        });
    }

    @Test
    void everyClaim_hasSpeakerSectionTagsAndAWeightFromTheScale() {
        // The scale in the map's notes: 0.8 documented, 0.6 fact, 0.5 the question, 0.4 judgement,
        // 0.25 audience assertion, 0.1 flagged doubtful.
        Set<Double> scale = Set.of(0.8, 0.6, 0.5, 0.4, 0.25, 0.1);
        assertThat(MAP.claims()).allSatisfy(c -> {
            assertThat(c.speaker()).as(c.id()).isPresent();
            assertThat(c.section()).as(c.id()).isPresent();
            assertThat(c.tags()).as(c.id()).isNotEmpty();
            assertThat(scale).as(c.id()).contains(c.weight().orElseThrow());
        });
        assertThat(MAP.claim("alignment-17").orElseThrow().weight()).hasValue(0.8);
        assertThat(MAP.claim("montreux-closure").orElseThrow().weight()).hasValue(0.1);
    }

    @Test
    void speakers_areThePanelMapsWithTheSameIds() {
        assertThat(MAP.speakers()).extracting(Speaker::id)
                .containsExactly("gursoy", "toygur", "commission", "audience", "uk-sdr");
        List<Speaker> panel = Seeds.panel().speakers();
        assertThat(panel).containsAll(MAP.speakers());
    }

    @Test
    void proAndConTags_markTheCentralClaimsDirectSupportersAndRebutters() {
        Set<String> pro = MAP.relations().stream().filter(r -> r.to().equals(C) && r.isSupport())
                .map(Relation::source).collect(Collectors.toSet());
        Set<String> con = MAP.relations().stream().filter(r -> r.to().equals(C) && r.isRebuttal())
                .map(Relation::source).collect(Collectors.toSet());
        assertThat(pro).containsExactlyInAnyOrder("two-areas", "leading-allies", "safe-inconsistent", "nato-level");
        assertThat(con).containsExactlyInAnyOrder("defining-obstacle", "both-or-nothing");
        assertThat(tagged("pro")).isEqualTo(pro);
        assertThat(tagged("con")).isEqualTo(con);
    }

    @Test
    void linkedRelations_eachJoinTwoPremisesOfOneClaim() {
        Map<String, Relation> linked = new TreeMap<>(MAP.relations().stream().filter(Relation::isLinked)
                .collect(Collectors.toMap(Relation::id, r -> r)));
        assertThat(linked).containsOnlyKeys("g-ambiguity", "g-cyprus", "g-deadlock", "g-montreux", "g-safe");
        assertThat(linked.values()).allSatisfy(r -> assertThat(r.from()).hasSize(2));
        assertThat(linked.get("g-ambiguity").from()).containsExactly("arms-to-ukraine", "refused-sanctions");
    }

    @Test
    void noClaim_isIsolated() {
        assertThat(MAP.claims()).allSatisfy(c -> assertThat(MAP.relationsTo(c.id()).size()
                + MAP.relationsFrom(c.id()).size()).as(c.id()).isPositive());
    }

    @Test
    void centralClaim_isReachableFromEveryClaim() {
        // Walk backwards from the central claim, through every premise of every relation into a reached claim.
        Set<String> reached = new HashSet<>(List.of(C));
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(C));
        while (!queue.isEmpty()) {
            for (Relation r : MAP.relationsTo(queue.poll())) {
                r.from().stream().filter(reached::add).forEach(queue::add);
            }
        }
        assertThat(reached).containsExactlyInAnyOrderElementsOf(MAP.claims().stream().map(Claim::id).toList());
    }

    /*
     * Grounded, bipolar reading, by hand. The attacks are the five rebuttals, plus a supported attack
     * from every claim with a support chain to a rebutter, plus a secondary attack from each rebutter
     * onto everything its target supports through a chain:
     *   defining-obstacle -> include-turkiye, leading-allies (and from its eight support ancestors);
     *   both-or-nothing   -> include-turkiye (and from its ten support ancestors);
     *   standards-open    -> industry-interest, and (secondary) two-areas, include-turkiye;
     *   safe-answer       -> safe-inconsistent, and (secondary) include-turkiye;
     *   defining-obstacle -> (secondary, via leading-allies) include-turkiye.
     * So only five claims are attacked at all: include-turkiye, leading-allies, industry-interest,
     * two-areas, safe-inconsistent. The other 39 are unattacked, hence IN; each of the five has an
     * IN attacker (defining-obstacle, defining-obstacle, standards-open, standards-open,
     * safe-answer), hence OUT. Nothing is undecided.
     */
    @Test
    void grounded_bipolar_rejectsTheCentralClaimAndTheFourClaimsAttacked() {
        Acceptance grounded = Acceptance.of(MAP, Semantics.GROUNDED, SupportReading.BIPOLAR);
        assertThat(grounded.status(C)).isEqualTo(Status.REJECTED);
        assertThat(grounded.ids(Status.REJECTED)).containsExactly(
                C, "industry-interest", "two-areas", "leading-allies", "safe-inconsistent");
        assertThat(grounded.ids(Status.UNDECIDED)).isEmpty();
        assertThat(grounded.ids(Status.ACCEPTED)).hasSize(39);
    }

    /*
     * Grounded, attack-only (the default): only the five rebuttals attack. Their sources are
     * unattacked, hence IN, so exactly their four targets are OUT: include-turkiye (by
     * defining-obstacle and both-or-nothing), industry-interest, leading-allies, safe-inconsistent.
     * two-areas, OUT above only through a secondary attack, stands.
     */
    @Test
    void grounded_attackOnly_rejectsExactlyTheRebuttedClaims() {
        Acceptance grounded = Acceptance.of(MAP, Semantics.GROUNDED);
        assertThat(grounded.reading()).isEqualTo(SupportReading.ATTACK_ONLY);
        assertThat(grounded.ids(Status.REJECTED)).containsExactly(
                C, "industry-interest", "leading-allies", "safe-inconsistent");
        assertThat(grounded.ids(Status.ACCEPTED)).hasSize(40);
    }

    /*
     * DF-QuAD by hand, bottom-up (the map is acyclic). s = v0 + (1 - v0)(vs - va) when vs > va,
     * else v0 - v0(va - vs); va, vs = 1 - Π(1 - s) over rebutters, supporters (0 for none).
     * Leaves keep their base score. A linked relation counts once, as strong as its weakest premise.
     *
     * Con, alignment:
     *   strategic-ambiguity  linked min(0.6, 0.6) = 0.6      s = 0.4 + 0.6·0.6 = 0.76
     *   divergence-2022      vs = 1 - 0.24·0.2 = 0.952       s = 0.4 + 0.6·0.952 = 0.9712
     *   alignment-gap        s = 0.4 + 0.6·0.8 = 0.88
     *   gap-blocks-sdp       s = 0.4 + 0.6·0.88 = 0.928
     *   defining-obstacle    vs = 1 - 0.0288·0.072 = 0.9979264
     *                        s = 0.4 + 0.6·0.9979264 = 0.99875584
     * Con, Cyprus:
     *   cyprus-grievance     linked min(0.6, 0.6)            s = 0.4 + 0.6·0.6 = 0.76
     *   cyprus-blocks        s = 0.4 + 0.6·0.76 = 0.856
     *   cyprus-alignment-prevent  vs = 1 - 0.144·0.12 = 0.98272   s = 0.989632
     *   nato-pillar          s = 0.4 + 0.6·0.6 = 0.76
     *   structural-deadlock  linked min(0.989632, 0.76) = 0.76    s = 0.4 + 0.6·0.76 = 0.856
     *   both-or-nothing      s = 0.4 + 0.6·0.856 = 0.9136
     * Pro, engagement:
     *   production-value = s400-interop = 0.76;  standards-open  s = 0.4 + 0.6·0.76 = 0.856
     *   industry-interest    va = 0.856 >= vs = 0.76      s = 0.4 - 0.4·0.096 = 0.3616
     *   two-areas            vs = 1 - 0.24·0.6384 = 0.846784   s = 0.4 + 0.6·0.846784 = 0.9080704
     *   nato-level           s = 0.76
     * Pro, Anglo-Turkish:
     *   anglo-old 0.25 + 0.75·0.1 = 0.325;  sdr-key-ally 0.8 + 0.2·0.8 = 0.96
     *   ukraine-coalition 0.6 + 0.4·0.25 = 0.7;  eurofighter-contract 0.6 + 0.4·0.6 = 0.84
     *   deepening            linked montreux min(0.1, 0.25) = 0.1
     *                        vs = 1 - 0.3·0.9·0.16·0.9 = 1 - 0.03888 = 0.96112
     *                        s = 0.25 + 0.75·0.96112 = 0.97084
     *   leading-allies       vs = 1 - 0.675·0.04·0.02916 = 0.99921268 > va = 0.99875584
     *                        s = 0.25 + 0.75·0.00045684 = 0.25034263
     * Pro, SAFE:
     *   case-distinct 0.4 + 0.6·0.9712 = 0.98272;  safe-answer 0.4 + 0.6·0.98272 = 0.989632
     *   safe-inconsistent    linked min(0.6, 0.6): vs = 0.6, va = 0.989632   s = 0.25 - 0.25·0.389632 = 0.152592
     * Central claim (v0 = 0.5):
     *   va = 1 - 0.00124416·0.0864 = 1 - 0.000107495424 = 0.999892504576
     *   vs = 1 - 0.0919296·0.24·0.74965737·0.847408 = 1 - 0.0140159321609 = 0.9859840678391
     *   s  = 0.5 - 0.5·(va - vs) = 0.5 - 0.5·0.0139084367369 = 0.4930457816316
     * A second method (a few lines of Python iterating the same rules over the map's JSON) gives the
     * same value to 1e-16.
     */
    @Test
    void dfQuad_matchesTheHandComputation() {
        Strengths quad = Strength.dfQuad(MAP);
        assertThat(quad.converged()).isTrue();
        Map<String, Double> s = quad.values();
        assertThat(s.get(C)).isCloseTo(0.4930457816316, within(1e-9));
        assertThat(s.get("industry-interest")).isCloseTo(0.3616, within(1e-9));
        assertThat(s.get("defining-obstacle")).isCloseTo(0.99875584, within(1e-9));
        assertThat(s.get("both-or-nothing")).isCloseTo(0.9136, within(1e-9));
        assertThat(s.get("two-areas")).isCloseTo(0.9080704, within(1e-9));
        assertThat(s.get("leading-allies")).isCloseTo(0.25034263, within(1e-9));
        assertThat(s.get("safe-inconsistent")).isCloseTo(0.152592, within(1e-9));
        assertThat(s.get("relations-1583")).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void json_roundTripsUnchanged() {
        String json = JsonMapWriter.toJson(MAP);
        ArgumentMap back = JsonMapReader.read(json, "turkiye.json");
        assertThat(back).isEqualTo(MAP);
        assertThat(JsonMapWriter.toJson(back)).isEqualTo(json);
    }

    @Test
    void byName_returnsTheTurkiyeExample() {
        assertThat(ExampleMaps.byName("turkiye")).hasValueSatisfying(e -> assertThat(e.map()).isEqualTo(MAP));
        assertThat(ExampleMaps.all()).extracting(ExampleMaps.Example::name).endsWith("nixon", "turkiye");
    }

    private static Set<String> tagged(String tag) {
        return MAP.claims().stream().filter(c -> c.tags().contains(tag)).map(Claim::id).collect(Collectors.toSet());
    }
}
