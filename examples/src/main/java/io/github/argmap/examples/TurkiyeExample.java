package io.github.argmap.examples;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.json.JsonMapWriter;
import java.util.List;
import java.util.Optional;

/**
 * The panel's Türkiye question alone, as a pro/contra map at finer grain than the panel map.
 *
 * <p>One central claim, {@code include-turkiye} ("The EU should bring Türkiye into its security
 * and defence arrangements", the chair's Question 1 read as the position it puts), is supported by
 * the pro arguments and rebutted by the con arguments of Toygür's answer, the audience's
 * Anglo-Turkish markers and the SAFE exchange. Each report is split into its premises, each figure
 * or date stands in a claim of its own, premises that only work together share a relation
 * {@code group}, and every claim carries a base score ({@code weight}) for how well the text
 * sources it; the scale is in the map's notes. Under grounded semantics the central claim is
 * rejected (its con arguments go unanswered); its DF-QuAD strength is 0.4935, a hair below its
 * base score of 0.5, because both sides are strong. Run it to print the map as JSON:
 * {@code java -cp argmap.jar io.github.argmap.examples.TurkiyeExample}.
 */
public final class TurkiyeExample {
    /** The id of the central claim. */
    public static final String CENTRAL = "include-turkiye";

    // Base scores: how well the text sources a claim on its own (the scale is repeated in the notes).
    private static final double DOCUMENTED = 0.8;
    private static final double FACT = 0.6;
    private static final double QUESTION = 0.5;
    private static final double JUDGEMENT = 0.4;
    private static final double ASSERTION = 0.25;
    private static final double DOUBTFUL = 0.1;

    private TurkiyeExample() {}

    /**
     * Builds the map.
     *
     * @return the Türkiye question as a pro/contra map
     */
    public static ArgumentMap map() {
        return ArgumentMap.builder()
                .title("Can the EU afford not to include Türkiye? A pro/contra map of the panel's Question 1")
                .source(new Source(Optional.of("coalitions-of-the-willing.txt"),
                        Optional.of("COALITIONS OF THE WILLING IN ACTION: THE ROLE OF NON-EU NATO MEMBERS IN EUROPE'S SECURITY AND DEFENCE"),
                        Optional.of("2026-05-16")))
                .addNote("A second, finer-grained map of one part of the panel: Question 1 on Türkiye, the audience's "
                        + "Anglo-Turkish markers, the SAFE exchange and Toygür's answer. Speaker ids are the panel map's; "
                        + "claim ids are this map's own.")
                .addNote("Structure: pro/contra around one central claim, include-turkiye, the chair's question read as "
                        + "the position it puts to the panel. Its direct supporters are tagged pro, its direct rebutters "
                        + "con. Each report is split into separate premises, and each figure or date (2022, ~17%, 2004, "
                        + "NATO's second-largest army, 1583, autumn 2025, £8 billion) has a claim of its own; claims "
                        + "tagged figure carry one.")
                .addNote("Weights are base scores in [0, 1] for how well the text sources a claim on its own, whatever "
                        + "supports it on the map: 0.8 attributed to an official document or documented finding (the "
                        + "Commission's reports, 'documented EU findings', the UK Strategic Defence Review); 0.6 a specific, "
                        + "checkable fact (an event, date or figure) stated without a source; 0.5 the central question, "
                        + "neutral; 0.4 a panellist's judgement or inference; 0.25 an audience judgement given without a "
                        + "source; 0.1 a statement the panel map's notes flag as anachronistic, overstated or doubtful.")
                .addNote("Relations that share a group are the premises of one linked argument and only work together: "
                        + "g-ambiguity (arming Ukraine while refusing sanctions is the ambiguity), g-cyprus (accession in "
                        + "2004 with the dispute unresolved is the grievance), g-deadlock (cannot be left out of NATO's "
                        + "pillar, cannot go deeper into EU frameworks), g-montreux (the closure and what it did to the "
                        + "Black Sea Fleet), g-safe (Canada in and Türkiye out). Semantics and DF-QuAD weigh each relation "
                        + "on its own; the groups are kept in JSON, Argdown, GraphML and AIF (one inference node each).")
                .addNote("Inferred relations, each with a note: arms-to-ukraine supports production-value; "
                        + "defining-obstacle rebuts leading-allies; standards-open, an open question, is read as a "
                        + "rebuttal of industry-interest. The audience's SAFE question is recorded as the position it implies.")
                .addNote("Reading the results: under the default bipolar reading a rebuttal of a supporter also attacks "
                        + "what it supports, so the open standards question takes out two-areas and, with the con "
                        + "arguments, the central claim. DF-QuAD's probabilistic sum saturates: both sides sum to nearly 1, "
                        + "so the central claim stays close to its base score of 0.5.")
                .addNote("Doubts carried over from the panel map: the Straits were not closed 'to all military shipping' "
                        + "(montreux-closure); buying Typhoons makes Türkiye a customer, not a consortium member "
                        + "(eurofighter-consortium); in 1583 it was England, not the UK (relations-1583); the ~17% names "
                        + "no report or year (alignment-17).")
                .addSpeaker(new Speaker("gursoy", "Yaprak Gürsoy", "chair",
                        Optional.of("Chair of Contemporary Turkish Studies, LSE")))
                .addSpeaker(new Speaker("toygur", "Ilke Toygür", "panellist", Optional.of(
                        "Director of the Global Policy Centre and Professor of Practice in European Politics, IE University Madrid")))
                .addSpeaker(Speaker.of("commission", "European Commission", "quoted"))
                .addSpeaker(Speaker.of("audience", "Audience", "audience"))
                .addSpeaker(Speaker.of("uk-sdr", "UK Strategic Defence Review", "quoted"))
                .addSection(new Section("question", "The question: can the EU afford not to include Türkiye?"))
                .addSection(new Section("alignment", "Alignment: strategic ambiguity and the 17% figure"))
                .addSection(new Section("grievances", "Grievances: Cyprus and the structural deadlock"))
                .addSection(new Section("engagement", "Engagement: NATO's European pillar and defence industry"))
                .addSection(new Section("anglo-turkish", "Anglo-Turkish markers (audience)"))
                .addSection(new Section("safe", "SAFE: Türkiye's exclusion and Toygür's answer"))

                .addClaim(claim(CENTRAL, "gursoy", "question", QUESTION,
                        "The EU should bring Türkiye into its security and defence arrangements.",
                        "Can the EU Afford Not to Include Turkey?", "central", "eu", "turkiye")
                        .withNote("The chair's question, recorded as the position it puts to the panel; the heading "
                                + "spells 'Turkey' where the rest of the text has 'Türkiye'."))

                .addClaim(claim("arms-to-ukraine", "toygur", "alignment", FACT,
                        "Türkiye provided Ukraine with weaponry.",
                        "providing Ukraine with weaponry", "defence-industry", "ukraine"))
                .addClaim(claim("refused-sanctions", "toygur", "alignment", FACT,
                        "Türkiye refused to join sanctions against Russia.",
                        "refusing to join sanctions against Russia", "russia", "sanctions"))
                .addClaim(claim("strategic-ambiguity", "toygur", "alignment", JUDGEMENT,
                        "After Russia's invasion, Türkiye adopted a position of strategic ambiguity.",
                        "Türkiye adopted a position of strategic ambiguity in the wake of Russia's invasion", "russia"))
                .addClaim(claim("sanctions-circumvention", "commission", "alignment", DOCUMENTED,
                        "Documented EU findings show Türkiye facilitating sanctions circumvention.",
                        "according to documented EU findings, facilitating sanctions circumvention", "russia", "sanctions")
                        .withNote("The findings are not specified in the source."))
                .addClaim(claim("divergence-2022", "toygur", "alignment", JUDGEMENT,
                        "Türkiye and the EU have been diverging since 2022.",
                        "She traced the growing divergence to 2022", "eu", "figure"))
                .addClaim(claim("case-distinct", "toygur", "alignment", JUDGEMENT,
                        "Türkiye's case is distinct from those of the UK, Norway and Canada.",
                        "Türkiye's case is distinct from that of the UK, Norway, and Canada", "canada"))
                .addClaim(claim("alignment-17", "commission", "alignment", DOCUMENTED,
                        "The latest Commission reports put Türkiye–EU foreign policy alignment at about 17%.",
                        "foreign policy alignment between Türkiye and the EU stands at approximately 17%", "eu", "figure")
                        .withNote("No specific report or year is named; not verified."))
                .addClaim(claim("alignment-gap", "toygur", "alignment", JUDGEMENT,
                        "An alignment of about 17% is a substantial, well-documented gap.",
                        "representing a substantial and well-documented gap", "eu"))
                .addClaim(claim("gap-blocks-sdp", "toygur", "alignment", JUDGEMENT,
                        "The alignment gap is a fundamental obstacle to a formal security and defence partnership.",
                        "This poses a fundamental obstacle to formalising a security and defence partnership.", "eu", "sdp"))
                .addClaim(claim("defining-obstacle", "toygur", "alignment", JUDGEMENT,
                        "The lack of strategic alignment in threat perception and political orientation will remain the defining obstacle.",
                        "the lack of strategic alignment in threat perception and political orientation will continue to be the defining obstacle",
                        "con", "eu"))

                .addClaim(claim("cyprus-accession-2004", "toygur", "grievances", FACT,
                        "Cyprus joined the EU in 2004.",
                        "since Cyprus's accession in 2004", "cyprus", "figure"))
                .addClaim(claim("dispute-unresolved", "toygur", "grievances", FACT,
                        "Cyprus joined without its underlying territorial dispute being resolved.",
                        "without the underlying territorial dispute being resolved", "cyprus"))
                .addClaim(claim("cyprus-grievance", "toygur", "grievances", JUDGEMENT,
                        "From Türkiye's perspective, the unresolved Cyprus problem is a legitimate grievance.",
                        "Toygür acknowledged legitimate grievances, above all, the unresolved Cyprus problem", "cyprus")
                        .withNote("A grievance Toygür grants to Türkiye's side; on this map it explains the deadlock."))
                .addClaim(claim("cyprus-blocks", "toygur", "grievances", JUDGEMENT,
                        "The Cyprus problem has blocked progress in EU–Türkiye relations.",
                        "which has blocked progress in EU–Türkiye relations", "cyprus", "eu"))
                .addClaim(claim("cyprus-alignment-prevent", "toygur", "grievances", JUDGEMENT,
                        "The Cyprus issue and strategic alignment prevent Türkiye's deeper engagement with EU frameworks.",
                        "yet the Cyprus issue and questions of strategic alignment prevent deeper institutional engagement with EU frameworks",
                        "cyprus", "eu"))
                .addClaim(claim("structural-deadlock", "toygur", "grievances", JUDGEMENT,
                        "EU–Türkiye security relations are in a persistent structural deadlock.",
                        "The structural deadlock persists", "eu", "nato"))

                .addClaim(claim("second-largest-army", "toygur", "engagement", FACT,
                        "Türkiye has NATO's second-largest army.",
                        "it remains NATO's second-largest army", "figure", "nato"))
                .addClaim(claim("nato-pillar", "toygur", "engagement", JUDGEMENT,
                        "Türkiye cannot be excluded from any conversation about NATO's European pillar.",
                        "Türkiye cannot be excluded from any conversation about NATO's European pillar", "nato"))
                .addClaim(claim("production-value", "toygur", "engagement", JUDGEMENT,
                        "Turkish production capacity for ammunition and weapons systems offers real value.",
                        "Turkish production capacity for ammunition and weapons systems offers real value",
                        "defence-industry"))
                .addClaim(claim("industry-interest", "toygur", "engagement", JUDGEMENT,
                        "Defence industry cooperation is a realistic area of engagement: several EU member states have a genuine interest in it.",
                        "defence industry cooperation, where several EU member states have a genuine interest",
                        "defence-industry", "eu"))
                .addClaim(claim("s400-purchase", "toygur", "engagement", FACT,
                        "Türkiye bought Russian S-400 air defence systems.",
                        "the purchase of Russian S-400 systems", "defence-industry", "russia"))
                .addClaim(claim("s400-interop", "toygur", "engagement", JUDGEMENT,
                        "The S-400 purchase complicates interoperability with the Western defence ecosystem.",
                        "complicates interoperability with the Western defence ecosystem", "defence-industry", "nato"))
                .addClaim(claim("standards-open", "toygur", "engagement", JUDGEMENT,
                        "The standards Turkish defence industry would work to are the key unresolved question.",
                        "The key unresolved question concerns standards", "defence-industry"))
                .addClaim(claim("two-areas", "toygur", "engagement", JUDGEMENT,
                        "There are two realistic areas of EU–Türkiye engagement: NATO's European pillar and defence industry cooperation.",
                        "She identified two realistic areas of engagement", "defence-industry", "nato", "pro"))

                .addClaim(claim("relations-1583", "audience", "anglo-turkish", DOUBTFUL,
                        "The UK established diplomatic relations with the Ottoman Empire in 1583.",
                        "the UK established diplomatic relations with the Ottoman Empire in 1583", "figure", "uk")
                        .withNote("Anachronism as written: in 1583 it was the Kingdom of England (William Harborne's "
                                + "embassy); the United Kingdom dates from 1707/1801."))
                .addClaim(claim("anglo-old", "audience", "anglo-turkish", ASSERTION,
                        "Anglo-Turkish relationships predate NATO and the EU.",
                        "Anglo-Turkish relationships predate NATO and the EU", "uk"))
                .addClaim(claim("sdr-crossroads", "uk-sdr", "anglo-turkish", DOCUMENTED,
                        "Türkiye's strategic position is at the crossroads of the Black Sea, South Caucasus, Middle East and Africa.",
                        "Türkiye's strategic position at the crossroads of the Black Sea, South Caucasus, Middle East, and Africa",
                        "black-sea"))
                .addClaim(claim("sdr-key-ally", "uk-sdr", "anglo-turkish", DOCUMENTED,
                        "Türkiye is a key NATO ally and bilateral partner of the UK.",
                        "The UK's Strategic Defence Review identifies Türkiye as a key NATO ally and bilateral partner",
                        "nato", "uk"))
                .addClaim(claim("ukraine-coalition", "audience", "anglo-turkish", FACT,
                        "Türkiye takes part in the Coalition of the Willing supporting Ukraine.",
                        "Türkiye's participation in the Coalition of the Willing to support Ukraine",
                        "coalitions-of-the-willing", "ukraine")
                        .withNote("Toygür also names Türkiye as a member of the Ukraine coalition in her presentation."))
                .addClaim(claim("maritime-lead", "audience", "anglo-turkish", ASSERTION,
                        "Türkiye leads the coalition's maritime track.",
                        "including its leading role on the maritime track", "black-sea", "coalitions-of-the-willing"))
                .addClaim(claim("montreux-closure", "audience", "anglo-turkish", DOUBTFUL,
                        "In 2022 Türkiye used the Montreux Convention to close the Bosphorus and Dardanelles to all military shipping.",
                        "exercise of the Montreux Convention in 2022 to close the Bosphorus and Dardanelles to all military shipping",
                        "black-sea", "figure")
                        .withNote("Overstated as written: Türkiye closed the Straits to the belligerents' warships (with an "
                                + "exception for ships returning to their bases) and asked other states not to send warships. "
                                + "The sentence runs across a blank line after \"Türkiye's\", so the quote starts at 'exercise'."))
                .addClaim(claim("fleet-defeat", "audience", "anglo-turkish", ASSERTION,
                        "The closure directly contributed to Ukraine's functional defeat of the Russian Black Sea Fleet.",
                        "as having directly contributed to the functional defeat of the Russian Black Sea Fleet by Ukraine",
                        "black-sea", "russia", "ukraine"))
                .addClaim(claim("eurofighter-contract", "audience", "anglo-turkish", FACT,
                        "A contract for the sale of Eurofighter Typhoon jets to Türkiye was signed in autumn 2025.",
                        "the landmark contract signed in autumn 2025 for the sale of Eurofighter Typhoon jets to Türkiye",
                        "defence-industry", "figure", "uk"))
                .addClaim(claim("eurofighter-8bn", "audience", "anglo-turkish", FACT,
                        "The Eurofighter deal is worth £8 billion.",
                        "an £8 billion deal", "defence-industry", "figure"))
                .addClaim(claim("eurofighter-consortium", "audience", "anglo-turkish", DOUBTFUL,
                        "The deal brings Türkiye into a flagship European defence consortium.",
                        "bringing Türkiye into a flagship European defence consortium", "defence-industry")
                        .withNote("Doubtful as written: a buyer of Typhoons is a customer, not a member of the Eurofighter "
                                + "consortium (Germany, Italy, Spain and the UK)."))
                .addClaim(claim("deepening", "audience", "anglo-turkish", ASSERTION,
                        "The Anglo-Turkish relationship is deepening.",
                        "Three concrete markers of the deepening relationship was highlighted", "uk"))
                .addClaim(claim("leading-allies", "audience", "anglo-turkish", ASSERTION,
                        "The UK and Türkiye are leading European NATO allies bound by a shared commitment to European security.",
                        "Today, the UK and Türkiye are leading European NATO allies bound by a shared commitment to European security, prosperity, and regional stability.",
                        "nato", "pro", "uk"))

                .addClaim(claim("canada-in-safe", "audience", "safe", FACT,
                        "Canada participates in SAFE.",
                        "while Canada participates", "canada", "safe")
                        .withNote("McKeil says the same in his presentation ('Canada is participating in SAFE')."))
                .addClaim(claim("excluded-from-safe", "audience", "safe", FACT,
                        "Türkiye is excluded from SAFE.",
                        "its exclusion from SAFE", "safe"))
                .addClaim(claim("safe-inconsistent", "audience", "safe", ASSERTION,
                        "Excluding Türkiye from SAFE while Canada takes part is hard to justify.",
                        "Türkiye's relationship with European security structures, including its exclusion from SAFE while Canada participates",
                        "canada", "pro", "safe")
                        .withNote("Raised as a question in the Q&A; recorded as the position it implies."))
                .addClaim(claim("safe-answer", "toygur", "safe", JUDGEMENT,
                        "Canada's inclusion in SAFE and Türkiye's exclusion reflect the broader problem of strategic alignment.",
                        "Canada's inclusion and Türkiye's exclusion reflect the broader problem of strategic alignment",
                        "canada", "safe"))
                .addClaim(claim("both-or-nothing", "toygur", "safe", JUDGEMENT,
                        "Unless the alignment gap and the Cyprus deadlock are addressed together, institutional progress will remain elusive.",
                        "unless both the alignment gap and the Cyprus deadlock are addressed simultaneously, institutional progress will remain elusive",
                        "con", "cyprus", "eu"))
                .addClaim(claim("nato-level", "toygur", "safe", JUDGEMENT,
                        "Türkiye cannot realistically be excluded from NATO-level conversations.",
                        "Türkiye cannot realistically be excluded from NATO-level conversations", "nato", "pro"))

                // Alignment: the con case resting on the ambiguity and on the Commission's figure.
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("arms-to-ukraine", "refused-sanctions"), "strategic-ambiguity").withId("g-ambiguity")
                        .withNote("arming Ukraine is one half of the ambiguity"
                                + "; " + "refusing sanctions 'simultaneously' is the other half"))
                .addRelation(Relation.support("strategic-ambiguity", "divergence-2022"))
                .addRelation(Relation.support("sanctions-circumvention", "divergence-2022"))
                .addRelation(Relation.support("divergence-2022", "case-distinct"))
                .addRelation(Relation.support("divergence-2022", "defining-obstacle"))
                .addRelation(Relation.support("alignment-17", "alignment-gap"))
                .addRelation(Relation.support("alignment-gap", "gap-blocks-sdp"))
                .addRelation(Relation.support("gap-blocks-sdp", "defining-obstacle"))
                .addRelation(Relation.rebuttal("defining-obstacle", CENTRAL))
                // Grievances: Cyprus, and the deadlock it makes with Türkiye's place in NATO.
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("cyprus-accession-2004", "dispute-unresolved"), "cyprus-grievance").withId("g-cyprus")
                        .withNote("accession alone is no grievance"
                                + "; " + "the grievance is accession with the dispute unresolved"))
                .addRelation(Relation.support("cyprus-grievance", "cyprus-blocks"))
                .addRelation(Relation.support("cyprus-blocks", "cyprus-alignment-prevent"))
                .addRelation(Relation.support("alignment-gap", "cyprus-alignment-prevent"))
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("cyprus-alignment-prevent", "nato-pillar"), "structural-deadlock").withId("g-deadlock")
                        .withNote("Türkiye cannot go deeper into EU frameworks…"
                                + "; " + "…yet cannot be left out of NATO's pillar: the two together are the deadlock"))
                .addRelation(Relation.support("structural-deadlock", "both-or-nothing"))
                .addRelation(Relation.rebuttal("both-or-nothing", CENTRAL))
                // Engagement: the pro case from NATO and defence industry.
                .addRelation(Relation.support("second-largest-army", "nato-pillar"))
                .addRelation(Relation.support("nato-pillar", "two-areas"))
                .addRelation(Relation.support("arms-to-ukraine", "production-value")
                        .withNote("inferred: the weapons Türkiye supplied to Ukraine show its production capacity"))
                .addRelation(Relation.support("production-value", "industry-interest"))
                .addRelation(Relation.support("s400-purchase", "s400-interop"))
                .addRelation(Relation.support("s400-interop", "standards-open"))
                .addRelation(Relation.rebuttal("standards-open", "industry-interest")
                        .withNote("an open question, read as limiting industrial cooperation until it is settled"))
                .addRelation(Relation.support("industry-interest", "two-areas"))
                .addRelation(Relation.support("two-areas", CENTRAL))
                // Anglo-Turkish markers: the audience's pro case.
                .addRelation(Relation.support("relations-1583", "anglo-old"))
                .addRelation(Relation.support("anglo-old", "leading-allies"))
                .addRelation(Relation.support("sdr-crossroads", "sdr-key-ally"))
                .addRelation(Relation.support("sdr-key-ally", "leading-allies"))
                .addRelation(Relation.support("maritime-lead", "ukraine-coalition"))
                .addRelation(Relation.support("ukraine-coalition", "deepening").withNote("first marker"))
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("montreux-closure", "fleet-defeat"), "deepening").withId("g-montreux")
                        .withNote("second marker: the closure…"
                                + "; " + "…and what it did to the Black Sea Fleet"))
                .addRelation(Relation.support("eurofighter-8bn", "eurofighter-contract").withNote("what makes it 'landmark'"))
                .addRelation(Relation.support("eurofighter-contract", "deepening").withNote("third marker"))
                .addRelation(Relation.support("eurofighter-consortium", "deepening"))
                .addRelation(Relation.support("deepening", "leading-allies"))
                .addRelation(Relation.rebuttal("defining-obstacle", "leading-allies")
                        .withNote("inferred: a lack of alignment in threat perception stands against a 'shared commitment' "
                                + "to European security"))
                .addRelation(Relation.support("leading-allies", CENTRAL))
                // SAFE: the audience's comparison with Canada, and Toygür's answer.
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("canada-in-safe", "excluded-from-safe"), "safe-inconsistent").withId("g-safe"))
                .addRelation(Relation.support("case-distinct", "safe-answer"))
                .addRelation(Relation.rebuttal("safe-answer", "safe-inconsistent"))
                .addRelation(Relation.support("safe-inconsistent", CENTRAL))
                .addRelation(Relation.support("second-largest-army", "nato-level"))
                .addRelation(Relation.support("nato-level", CENTRAL)
                        .withNote("'even though': the concession that closes Toygür's answer"))
                .build();
    }

    private static Claim claim(String id, String speaker, String section, double weight, String text, String quote,
            String... tags) {
        return Claim.of(id, text).withSpeaker(speaker).withSection(section).withQuote(quote)
                .withTags(List.of(tags)).withWeight(weight);
    }

    /**
     * Prints the map as JSON.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(JsonMapWriter.toJson(map()));
    }
}
