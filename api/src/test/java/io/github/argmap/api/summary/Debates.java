package io.github.argmap.api.summary;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import java.util.Optional;

/** Hand-made maps for the summary tests. */
final class Debates {
    private Debates() {}

    /**
     * A small panel, relations pointing from reason to target:
     * <pre>
     *   opening (ann):   t  <-s- a <-s- b          a <-r- e (cat, floor)   e <-s- f (cat, floor)
     *   reply (bob):     r -r-> t   q -s-> r   d (ann, floor) -r-> r
     *   floor:           e, f, d; u (cat) -r-> q; x (no section, cat)
     * </pre>
     * Relations in order: 0 a->t S, 1 b->a S, 2 r->t R, 3 q->r S, 4 d->r R, 5 e->a R, 6 f->e S, 7 u->q R.
     */
    static ArgumentMap panel() {
        return ArgumentMap.builder()
                .title("Should the town build a bridge?")
                .source(new Source(Optional.of("bridge.txt"), Optional.of("Town meeting, spring"), Optional.of("2026-05-16")))
                .addNote("Bob spoke twice; his second turn is merged into the reply.")
                .addSpeaker(new Speaker("ann", "Ann Smith", "chair", Optional.of("Town Council")))
                .addSpeaker(Speaker.of("bob", "Bob | Jones", "panellist"))
                .addSpeaker(Speaker.of("cat", "Cat", "audience"))
                .addSection(new Section("opening", "Opening statement"))
                .addSection(new Section("reply", "Reply"))
                .addSection(new Section("floor", "Questions from the floor"))
                .addClaim(Claim.of("t", "The town should build a bridge.").withSpeaker("ann").withSection("opening")
                        .withQuote("We need a bridge,\nand we need it now."))
                .addClaim(Claim.of("a", "The ferry is too slow.").withSpeaker("ann").withSection("opening"))
                .addClaim(Claim.of("b", "# It takes 40 minutes *each way*.").withSpeaker("ann").withSection("opening"))
                .addClaim(Claim.of("r", "A bridge costs too much.").withSpeaker("bob").withSection("reply")
                        .withQuote("> far too much"))
                .addClaim(Claim.of("q", "The estimate is 30 million.").withSpeaker("bob").withSection("reply"))
                .addClaim(Claim.of("d", "Grants cover half the cost.").withSpeaker("ann").withSection("floor"))
                .addClaim(Claim.of("e", "A faster ferry would do.").withSpeaker("cat").withSection("floor"))
                .addClaim(Claim.of("f", "1. New ferries exist.").withSpeaker("cat").withSection("floor"))
                .addClaim(Claim.of("u", "That estimate is outdated.").withSpeaker("cat").withSection("floor"))
                .addClaim(Claim.of("x", "Bridges are pretty.").withSpeaker("cat"))
                .addRelation(Relation.support("a", "t"))
                .addRelation(Relation.support("b", "a"))
                .addRelation(Relation.rebuttal("r", "t"))
                .addRelation(Relation.support("q", "r"))
                .addRelation(Relation.rebuttal("d", "r"))
                .addRelation(Relation.rebuttal("e", "a"))
                .addRelation(Relation.support("f", "e"))
                .addRelation(Relation.rebuttal("u", "q"))
                .build();
    }
}
