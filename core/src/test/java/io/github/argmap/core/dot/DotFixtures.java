package io.github.argmap.core.dot;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import java.util.List;
import java.util.Optional;

/** Hand-made maps for the DOT tests. */
final class DotFixtures {
    private DotFixtures() {}

    private static Claim claim(String id, String speaker, String section, String text, String... tags) {
        Claim c = Claim.of(id, text).withSpeaker(speaker).withSection(section);
        return tags.length == 0 ? c : c.withTags(List.of(tags));
    }

    /**
     * A town-hall debate on a congestion charge: 25 claims, 4 speakers, 3 sections, 17 supports
     * and 9 rebuttals; one claim (c25) has no speaker and no section.
     */
    static ArgumentMap townHall() {
        return ArgumentMap.builder()
                .title("Should Riverton introduce a congestion charge?")
                .addSpeaker(new Speaker("okafor", "Mayor Ada Okafor", "chair", Optional.of("City of Riverton")))
                .addSpeaker(new Speaker("lindqvist", "Prof. Erik Lindqvist", "panellist", Optional.of("Riverton School of Economics")))
                .addSpeaker(new Speaker("brennan", "Siobhán Brennan", "panellist", Optional.of("Riverton Traders' Association")))
                .addSpeaker(Speaker.of("moreau", "Luc Moreau", "audience"))
                .addSection(new Section("opening", "Opening statements"))
                .addSection(new Section("economy", "What it does to the economy"))
                .addSection(new Section("questions", "Questions from the floor"))
                .addClaim(claim("c1", "okafor", "opening", "Riverton should charge cars £8 a day to enter the old town.", "charge"))
                .addClaim(claim("c2", "okafor", "opening", "Traffic in the old town has grown 30% in ten years and buses are slower every year.", "traffic"))
                .addClaim(claim("c3", "okafor", "opening", "The charge would raise about £20 million a year for buses and cycle lanes.", "charge", "money"))
                .addClaim(claim("c4", "lindqvist", "opening", "Charges cut traffic by a fifth in Stockholm and London within a year.", "traffic", "evidence"))
                .addClaim(claim("c5", "lindqvist", "opening", "Drivers do not pay for the delay and pollution they cause others.", "charge"))
                .addClaim(claim("c6", "brennan", "opening", "Small shops in the old town will lose customers to the out-of-town mall.", "economy"))
                .addClaim(claim("c7", "brennan", "opening", "Many shop owners already struggle with rents that rose after the pandemic.", "economy"))
                .addClaim(claim("c8", "brennan", "opening", "A flat charge hits a nurse on a night shift as hard as a banker.", "fairness"))
                .addClaim(claim("c9", "lindqvist", "economy", "In Stockholm retail turnover in the charged zone did not fall.", "economy", "evidence"))
                .addClaim(claim("c10", "lindqvist", "economy", "People who walk or cycle to shops spend more per month than drivers do.", "economy", "evidence"))
                .addClaim(claim("c11", "brennan", "economy", "Riverton is not Stockholm: its public transport is far thinner.", "traffic"))
                .addClaim(claim("c12", "okafor", "economy", "Bus frequencies would double before the charge starts.", "traffic", "money"))
                .addClaim(claim("c13", "brennan", "economy", "The council promised more buses in 2019 and cut routes instead.", "traffic"))
                .addClaim(claim("c14", "okafor", "economy", "The 2019 cuts followed a national grant being withdrawn, not a council decision.", "money"))
                .addClaim(claim("c15", "lindqvist", "economy", "Delivery vans lose about 40 minutes a day in old-town jams.", "economy", "traffic"))
                .addClaim(claim("c16", "brennan", "economy", "Exempting deliveries before 10 am would answer the traders' main worry.", "economy"))
                .addClaim(claim("c17", "moreau", "questions", "Why not simply pedestrianise the old town instead?", "traffic"))
                .addClaim(claim("c18", "okafor", "questions", "Pedestrianising would cut off the hospital's emergency route.", "traffic"))
                .addClaim(claim("c19", "moreau", "questions", "Night-shift workers could get a discount linked to their employer.", "fairness"))
                .addClaim(claim("c20", "lindqvist", "questions", "Discounts for workers are easy to abuse and costly to check.", "fairness"))
                .addClaim(claim("c21", "moreau", "questions", "Asthma admissions of children near the ring road are the highest in the county.", "health", "evidence"))
                .addClaim(claim("c22", "okafor", "questions", "Cleaner air alone justifies the charge.", "health", "charge"))
                .addClaim(claim("c23", "brennan", "questions", "The ring road is outside the zone, so the charge would not clean its air.", "health"))
                .addClaim(claim("c24", "lindqvist", "questions", "Traffic diverted around the zone could even raise pollution on the ring road.", "health"))
                .addClaim(Claim.of("c25", "A referendum should decide, not the council alone.").withTags(List.of("charge")))
                .addRelation(Relation.support("c2", "c1"))
                .addRelation(Relation.support("c3", "c1"))
                .addRelation(Relation.support("c4", "c1"))
                .addRelation(Relation.support("c5", "c1"))
                .addRelation(Relation.rebuttal("c6", "c1"))
                .addRelation(Relation.support("c7", "c6"))
                .addRelation(Relation.rebuttal("c8", "c1"))
                .addRelation(Relation.rebuttal("c9", "c6"))
                .addRelation(Relation.support("c10", "c9"))
                .addRelation(Relation.rebuttal("c11", "c4"))
                .addRelation(Relation.rebuttal("c12", "c11"))
                .addRelation(Relation.rebuttal("c13", "c12"))
                .addRelation(Relation.rebuttal("c14", "c13"))
                .addRelation(Relation.support("c15", "c1"))
                .addRelation(Relation.support("c16", "c6").withNote("a concession: it limits the objection rather than rejecting the charge"))
                .addRelation(Relation.rebuttal("c17", "c1"))
                .addRelation(Relation.rebuttal("c18", "c17"))
                .addRelation(Relation.support("c19", "c8"))
                .addRelation(Relation.rebuttal("c20", "c19"))
                .addRelation(Relation.support("c21", "c22"))
                .addRelation(Relation.support("c22", "c1"))
                .addRelation(Relation.rebuttal("c23", "c22"))
                .addRelation(Relation.support("c24", "c23"))
                .addRelation(Relation.rebuttal("c25", "c1"))
                .addRelation(Relation.support("c3", "c12"))
                .build();
    }

    /** A word of 300 letters, longer than any line. */
    static final String LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitän".repeat(8).substring(0, 300);

    /**
     * Every text a DOT writer could get wrong: quotes, backslashes (also Graphviz's own escapes
     * such as {@code \N}), line breaks, tabs, markup, entities, braces, bars, accents, currency
     * signs, an emoji, a 300-letter word, control characters, a lone surrogate and a blank
     * affiliation.
     */
    static ArgumentMap adversarial() {
        return ArgumentMap.builder()
                .title("Adversarial \"map\" \\ <b>not bold</b> & {braces} | Türkiye €")
                .addSpeaker(new Speaker("gursoy", "Yaprak Gürsoy", "panellist", Optional.of("   ")))
                .addSpeaker(new Speaker("quoter", "He said \"hi\" \\ <i>", "quoted", Optional.of("A & B <Ltd> \"x\"")))
                .addSpeaker(new Speaker("emoji", "🙂 Smiley € £", "", Optional.of("")))
                .addSection(new Section("s1", "Türkiye & the EU: <draft> \"one\""))
                .addSection(new Section("s2", "Tabs\tand\nnewlines {x|y} \\N"))
                .addClaim(Claim.of("q1", "She said \"no\" and left \\ twice\\").withSpeaker("gursoy").withSection("s1").withTags(List.of("hard")))
                .addClaim(Claim.of("q2", "Line one\nline two\r\nline three\n\n\nafter blank lines").withSpeaker("quoter").withSection("s1"))
                .addClaim(Claim.of("q3", "Tab\there, <b>not bold</b> &amp; not an entity, &#64; neither").withSpeaker("emoji").withSection("s2").withTags(List.of("hard")))
                .addClaim(Claim.of("q4", "Braces {} and bars | and [brackets] ; -> \"->\" and a literal \\n backslash-n").withSpeaker("gursoy").withSection("s2"))
                .addClaim(Claim.of("q5", "Türkiye, Gürsoy, € 5, £ 3, 🙂 and 👩🏽‍🔬 and e\u0301").withSpeaker("quoter"))
                .addClaim(Claim.of("q6", "Before " + LONG_WORD + " after").withSection("s1"))
                .addClaim(Claim.of("q7", "Graphviz escapes \\N \\G \\L \\E \\T \\H \\l \\r stay literal; <BR/> too").withSpeaker("emoji"))
                .addClaim(Claim.of("q8", "Control \u0001 and lone \uD800 surrogate and \uFFFE become U+FFFD").withSpeaker("gursoy").withTags(List.of("hard")))
                .addRelation(Relation.support("q2", "q1").withNote("note with \"quotes\" \\ and\nnewline"))
                .addRelation(Relation.rebuttal("q3", "q1"))
                .addRelation(Relation.support("q4", "q3"))
                .addRelation(Relation.rebuttal("q5", "q2"))
                .addRelation(Relation.support("q6", "q5"))
                .addRelation(Relation.rebuttal("q7", "q6"))
                .addRelation(Relation.support("q8", "q1"))
                .build();
    }
}
