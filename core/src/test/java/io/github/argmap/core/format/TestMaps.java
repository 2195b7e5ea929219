package io.github.argmap.core.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Hand-made maps for the format tests, rich in everything a format might trip on. */
public final class TestMaps {
    private TestMaps() {}

    /**
     * Seven claims in two sections and none, three speakers (one with no claim), a linked argument
     * (cheap and fit together support walk, group g1), a cycle (walk rebuts taxi, taxi rebuts late,
     * late rebuts walk), an id starting with '-', and texts full of characters that are markup in
     * Argdown, XML or JSON.
     */
    public static ArgumentMap rich() {
        return ArgumentMap.builder()
                .title("Should we walk? A \"test\" map")
                .source(new Source(Optional.of("walk.txt"), Optional.of("A walk {debate}"), Optional.of("2026-05-16")))
                .addNote("Note one.")
                .addNote("A note with {braces}, === signs and <angles> & ampersands.")
                .addSpeaker(new Speaker("ana", "Ana María Pérez", "chair", Optional.of("LSE")))
                .addSpeaker(Speaker.of("bob", "Bob", "panellist"))
                .addSpeaker(Speaker.of("quiet", "Quiet Person", "audience"))
                .addSection(new Section("intro", "Introduction"))
                .addSection(new Section("obj", "Objections & replies <1> #2"))
                .addClaim(Claim.of("walk", "We should walk to the station.").withSpeaker("ana").withSection("intro")
                        .withQuote("we walk, I say").withTags(List.of("travel", "plan.a")).withNote("main claim")
                        .withWeight(0.75))
                .addClaim(Claim.of("sunny", "It is sunny: 25°C, e.g. a *nice* day #1 [really] <yes> {ok} // no comment === eh")
                        .withSpeaker("bob").withSection("intro").withTags(List.of("weather")))
                .addClaim(Claim.of("late", "We are late.\nVery late.").withSpeaker("ana").withSection("obj").withQuote("late!"))
                .addClaim(Claim.of("taxi", "Take a taxi_now @home \\ back\\slash, 3.5 km: a:b:c").withSection("obj"))
                .addClaim(Claim.of("-dash", "Dash-led id."))
                .addClaim(Claim.of("cheap", "Walking is cheap.").withWeight(0.0))
                .addClaim(Claim.of("fit", "Walking keeps us fit.").withSection("intro"))
                .addRelation(Relation.support("sunny", "walk").withNote("weather matters"))
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("cheap", "fit"), "walk"))
                .addRelation(Relation.rebuttal("late", "walk"))
                .addRelation(Relation.rebuttal("taxi", "late").withNote("a taxi is fast"))
                .addRelation(Relation.support("-dash", "cheap"))
                .addRelation(Relation.rebuttal("walk", "taxi"))
                .build();
    }

    /** Three claims, one support, one rebuttal: small enough to write the expected file by hand. */
    public static ArgumentMap small() {
        return ArgumentMap.builder()
                .title("Small")
                .addSpeaker(Speaker.of("ana", "Ana Lopez", "chair"))
                .addClaim(Claim.of("walk", "We walk.").withSpeaker("ana"))
                .addClaim(Claim.of("sunny", "It is sunny."))
                .addClaim(Claim.of("late", "We are late."))
                .addRelation(Relation.support("sunny", "walk"))
                .addRelation(Relation.rebuttal("late", "walk"))
                .build();
    }

    /**
     * Tells whether the bundled panel map is on the class path; it is being written in parallel and
     * may not exist yet.
     */
    public static boolean panelPresent() {
        try (InputStream in = io.github.argmap.core.seeds.Seeds.class.getResourceAsStream(
                io.github.argmap.core.seeds.Seeds.PANEL_MAP)) {
            return in != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

}
