package io.github.argmap.core.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the panel map honest: faithful to its source, connected, and complete where the issue says. */
class PanelMapTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private final ArgumentMap panel = Seeds.panel();

    @Test
    void panel_loadsFromClasspathAndEqualsTheSeedsFile() throws IOException {
        assertThat(JsonMapReader.read(SEEDS.resolve(Seeds.PANEL_MAP))).isEqualTo(panel);
    }

    @Test
    void panel_seedsFileIsInCanonicalForm() throws IOException {
        // The committed file is exactly what the writer produces, so read -> write is byte-identical.
        String file = Files.readString(SEEDS.resolve(Seeds.PANEL_MAP), StandardCharsets.UTF_8);
        assertThat(JsonMapWriter.toJson(panel)).isEqualTo(file);
    }

    @Test
    void panel_bundledSourceIsTheSeedsCopy() throws IOException {
        assertThat(Seeds.panelSource()).isEqualTo(Files.readString(SEEDS.resolve(Seeds.PANEL_SOURCE), StandardCharsets.UTF_8));
    }

    @Test
    void everyQuoteOccursVerbatimInTheSource() {
        String source = Seeds.panelSource();
        assertThat(panel.claims()).allSatisfy(c -> {
            assertThat(c.quote()).as("claim %s has a quote", c.id()).isPresent();
            assertThat(source).as("quote of %s", c.id()).contains(c.quote().get());
        });
    }

    @Test
    void namesTheSourceFileBesideIt() {
        assertThat(panel.source().path()).contains(Seeds.PANEL_SOURCE);
        assertThat(panel.source().date()).contains("2026-05-16");
    }

    @Test
    void holdsTheSpeakersTheTextNames() {
        Map<String, Speaker> speakers = panel.speakers().stream().collect(Collectors.toMap(Speaker::id, s -> s));
        assertThat(speakers.get("gursoy").name()).isEqualTo("Yaprak Gürsoy");
        assertThat(speakers.get("gursoy").role()).isEqualTo("chair");
        assertThat(speakers.get("toygur").name()).isEqualTo("Ilke Toygür");
        assertThat(speakers.get("toygur").affiliation().orElseThrow()).contains("IE University Madrid");
        assertThat(speakers.get("rieker").affiliation().orElseThrow()).contains("University of Oslo");
        assertThat(speakers.get("mckeil").affiliation().orElseThrow()).contains("LSE IDEAS");
        for (String panellist : List.of("toygur", "rieker", "mckeil")) {
            assertThat(speakers.get(panellist).role()).isEqualTo("panellist");
        }
        assertThat(speakers.get("audience").role()).isEqualTo("audience");
        assertThat(speakers.get("carney").role()).isEqualTo("quoted");
        assertThat(speakers.get("commission").role()).isEqualTo("quoted");
        // The summary's author is the source, not a speaker.
        assertThat(panel.speakers()).extracting(Speaker::name).noneMatch(n -> n.contains("Koç"));
    }

    @Test
    void sectionsFollowTheEventInTextOrder() {
        assertThat(panel.sections()).extracting(Section::id).containsExactly(
                "introduction", "toygur-presentation", "rieker-presentation", "mckeil-presentation",
                "question-turkiye", "question-norway", "question-canada", "audience-qa", "closing");
        String source = Seeds.panelSource();
        // Headings the text gives are used verbatim, and appear in the same order as in the text.
        int last = -1;
        for (Section s : panel.sections().subList(1, 7)) {
            int at = source.indexOf(s.title());
            assertThat(at).as("heading of %s appears in the text", s.id()).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void claimsAreInTextOrderWithinEachSection() {
        String source = Seeds.panelSource();
        for (Section s : panel.sections()) {
            List<Integer> offsets = panel.claims().stream()
                    .filter(c -> c.section().orElseThrow().equals(s.id()))
                    .map(c -> source.indexOf(c.quote().orElseThrow()))
                    .toList();
            assertThat(offsets).as("claims of %s", s.id()).isNotEmpty().isSorted();
        }
    }

    @Test
    void isAsFineGrainedAsAnAnalystWouldCite() {
        assertThat(panel.claims()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(panel.relations()).hasSizeGreaterThanOrEqualTo(panel.claims().size());
    }

    @Test
    void everyPanellistSpeaksInTheirPresentationAndTheirQuestion() {
        Map<String, List<String>> expected = Map.of(
                "toygur", List.of("toygur-presentation", "question-turkiye"),
                "rieker", List.of("rieker-presentation", "question-norway"),
                "mckeil", List.of("mckeil-presentation", "question-canada"));
        expected.forEach((speaker, sections) -> {
            for (String section : sections) {
                assertThat(panel.claims()).as("%s in %s", speaker, section)
                        .anyMatch(c -> c.speaker().orElseThrow().equals(speaker) && c.section().orElseThrow().equals(section));
            }
        });
        assertThat(panel.claims()).anyMatch(c -> c.section().orElseThrow().equals("closing")
                && c.speaker().orElseThrow().equals("gursoy"));
    }

    @Test
    void noClaimIsIsolated() {
        // Undercuts are not edges of graph(), so a claim whose only part is a caveat counts too.
        assertThat(panel.claims()).allSatisfy(c -> assertThat(panel.relationsFrom(c.id()).size()
                + panel.relationsTo(c.id()).size()).as(c.id()).isPositive());
    }

    @Test
    void supportsHaveNoCycle() {
        // Kahn's algorithm over supports only: every claim must be removed.
        Map<String, Integer> indegree = panel.claims().stream().collect(Collectors.toMap(Claim::id, c -> 0));
        panel.relations().stream().filter(Relation::isSupport).forEach(r -> indegree.merge(r.to(), 1, Integer::sum));
        Deque<String> ready = indegree.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(ArrayDeque::new));
        int removed = 0;
        while (!ready.isEmpty()) {
            String id = ready.pop();
            removed++;
            for (Relation r : panel.relations()) {
                if (r.isSupport() && r.source().equals(id) && indegree.merge(r.to(), -1, Integer::sum) == 0) {
                    ready.push(r.to());
                }
            }
        }
        assertThat(removed).isEqualTo(panel.claims().size());
    }

    @Test
    void everyThesisIsReachedFromEvidence() {
        // A thesis supports, rebuts or undercuts nothing; some claim must lead to it.
        for (Claim c : panel.claims()) {
            if (panel.relationsFrom(c.id()).isEmpty()) {
                assertThat(panel.relationsTo(c.id())).as("thesis %s has reasons or objections", c.id()).isNotEmpty();
            }
        }
    }

    @Test
    void holdsTheCrossSpeakerDisagreementsOfTheDebate() {
        // McKeil against Carney's full rupture reading.
        assertThat(rebuttalsBetween("mckeil", "carney")).isNotEmpty();
        // US re-engagement is structurally unlikely, against hopes of persuading the US.
        assertThat(rebutters("audience-cow-persuade-us")).contains("mckeil-us-return-unlikely");
        // NATO within NATO against replacing NATO.
        assertThat(rebutters("audience-replace-nato")).contains("mckeil-nato-within-nato");
        // The Commission's findings against bringing Türkiye into a security and defence partnership.
        assertThat(rebutters("gursoy-cannot-exclude-turkiye"))
                .contains("commission-alignment-17", "commission-sanctions-circumvention");
        assertThat(panel.requireClaim("commission-alignment-17").quote().orElseThrow()).contains("17%");
    }

    @Test
    void aSpeakersOwnQualificationIsNotARebuttal() {
        // Read off the seed (docs/panel-reading.md): each of these deny nothing of the claim they
        // follow ("also brings", "however", "even though", "but stressed"), so none is a rebuttal.
        List<List<String>> qualifiers = List.of(
                List.of("mckeil-intermediate-not-great", "mckeil-europe-rebuild-order"),
                List.of("mckeil-limits-intermediate", "mckeil-include-canada"),
                List.of("mckeil-no-membership-process", "mckeil-canada-long-term"),
                List.of("rieker-di-not-partners-interest", "rieker-di-at-pace"),
                List.of("rieker-eea-difficulties", "rieker-norway-eea"),
                List.of("rieker-norway-outsider", "rieker-nordic-cooperation-deeper"),
                List.of("toygur-institutions-and-money", "toygur-epc-esc-positive"),
                List.of("toygur-turkiye-nato-level", "toygur-both-or-nothing"));
        for (List<String> q : qualifiers) {
            assertThat(rebutters(q.get(1))).as("%s rebuts %s", q.get(0), q.get(1)).doesNotContain(q.get(0));
            assertThat(panel.requireClaim(q.get(0)).note()).as("note of %s", q.get(0)).isPresent();
        }
        // Rieker's concluding point on differentiated integration: nobody in the debate rebuts it.
        assertThat(rebutters("rieker-di-at-pace")).isEmpty();
    }

    /** The four theses the event turns on: the event's premise and each panellist's central point. */
    static final List<String> CENTRAL_THESES = List.of(
            "gursoy-engage-non-eu-nato", "toygur-differentiated-engagement", "rieker-di-at-pace",
            "mckeil-europe-needs-coalition");

    @Test
    void noRebuttalBetweenClaimsOfOneSpeaker_unlessListedAsAnAnsweredPosition() throws IOException {
        // A speaker's own caveat is an undercut or a note; a rebuttal between two claims of one
        // speaker is kept only where they describe a position and answer it, as docs/panel-reading.md lists.
        Set<String> answered = answeredPositions();
        Set<String> sameSpeaker = panel.relations().stream().filter(Relation::isRebuttal)
                .filter(r -> speaker(r.source()).equals(speaker(r.to())))
                .map(r -> r.source() + " -> " + r.to())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(sameSpeaker).isEqualTo(answered);
    }

    @Test
    void ownCaveatsAreUndercutsOfTheSpeakersOwnInferences() {
        // Read off the seed (docs/panel-reading.md): undercutter -> the support it qualifies.
        Map<String, String> expected = new TreeMap<>(Map.of(
                "u-divide-and-rule", "mckeil-divide-and-rule | mckeil-russia-weakest -> mckeil-coalition-deter-russia",
                "u-no-party-iceland", "rieker-no-party-willing | rieker-eea-norway-dominant -> rieker-norway-eu-debate",
                "u-no-party-costs", "rieker-no-party-willing | rieker-partial-integration-costs -> rieker-norway-eu-debate",
                "u-alignment-caps-engagement",
                "toygur-alignment-defining-obstacle | toygur-two-engagement-areas -> gursoy-cannot-exclude-turkiye",
                "u-cow-open-questions", "toygur-cow-open-questions | toygur-cow-definition -> toygur-two-new-formats",
                "u-standards", "toygur-standards-question | toygur-turkish-production -> toygur-defence-industry"));
        Map<String, String> actual = new TreeMap<>();
        for (Relation u : panel.relations()) {
            if (!u.isUndercut()) {
                continue;
            }
            Relation s = panel.relation(u.to()).orElseThrow();
            assertThat(s.isSupport()).as("%s undercuts a support", u.id()).isTrue();
            // Each is a caveat on the speaker's own reason, not an objection to someone else's.
            assertThat(speaker(u.source())).as("speaker of %s", u.id()).isEqualTo(speaker(s.source()));
            assertThat(u.note()).as("note of %s", u.id()).isPresent();
            actual.put(u.id(), u.source() + " | " + s.source() + " -> " + s.to());
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void nobodyRebutsTheCentralTheses() {
        // Nobody in the debate refutes them: no rebuttal of them, no undercut of a reason for them.
        for (String thesis : CENTRAL_THESES) {
            assertThat(panel.requireClaim(thesis).speaker()).isPresent();
            assertThat(rebutters(thesis)).as("rebutters of %s", thesis).isEmpty();
            for (Relation r : panel.relations()) {
                if (r.isSupport() && r.to().equals(thesis)) {
                    assertThat(panel.undercutsOf(panel.idOf(r))).as("undercuts of %s -> %s", r.source(), thesis).isEmpty();
                }
            }
        }
    }

    @Test
    void tagsLetAReaderSliceByCountryAndInstitution() {
        Set<String> tags = new HashSet<>();
        panel.claims().forEach(c -> tags.addAll(c.tags()));
        assertThat(tags).contains("norway", "canada", "uk", "turkiye", "iceland", "ukraine", "usa", "russia",
                "eu", "nato", "safe", "sdp", "eea");
    }

    @Test
    void recordsTheSourcesDoubtfulStatementsWithoutFixingThem() {
        assertThat(panel.notes()).anyMatch(n -> n.contains("online") && n.contains("in-person"));
        assertThat(panel.notes()).anyMatch(n -> n.contains("Papoulias"));
        Claim papoulias = panel.claims().stream().filter(c -> c.quote().orElseThrow().contains("Karolos Papoulias"))
                .findFirst().orElseThrow();
        assertThat(papoulias.note()).isPresent();
    }

    private List<String> rebutters(String id) {
        return panel.relations().stream().filter(r -> r.kind() == RelationKind.REBUTTAL && r.to().equals(id))
                .map(Relation::source).toList();
    }

    private List<Relation> rebuttalsBetween(String from, String to) {
        return panel.relations().stream().filter(Relation::isRebuttal)
                .filter(r -> panel.requireClaim(r.source()).speaker().orElseThrow().equals(from)
                        && panel.requireClaim(r.to()).speaker().orElseThrow().equals(to))
                .toList();
    }

    private String speaker(String claimId) {
        return panel.requireClaim(claimId).speaker().orElseThrow();
    }

    /** The {@code from -> to} lines of the answered-positions block of docs/panel-reading.md. */
    private static Set<String> answeredPositions() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "panel-reading.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("```answered-positions");
        assertThat(start).as("docs/panel-reading.md has an answered-positions block").isNotNegative();
        Set<String> answered = new TreeSet<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.equals("```")) {
                return answered;
            }
            assertThat(line).as("an answered position is written 'from -> to'").matches("[A-Za-z0-9._-]+ -> [A-Za-z0-9._-]+");
            answered.add(line);
        }
        throw new AssertionError("the answered-positions block of docs/panel-reading.md is not closed");
    }
}
