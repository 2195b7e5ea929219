package io.github.argmap.core.format;

import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Speaker;
import java.util.List;

/**
 * A small map with every structure the model has beyond claims and single-premise relations, for
 * each format's round trip: linked premises, undercuts of a support, of a rebuttal and of an
 * undercut, relations named and unnamed (an undercut of an unnamed relation refers to its positional
 * id), arguments with premise–conclusion structures and relations to and from them, titles,
 * metadata and schemes.
 */
public final class StructuredMaps {
    private StructuredMaps() {}

    /**
     * The bridge debate: cracks were reported, so the bridge should close; the report was about
     * another bridge (an undercut), which is itself undercut by a correction.
     *
     * @return the map
     */
    public static ArgumentMap bridge() {
        return ArgumentMap.builder()
                .title("The bridge")
                .putMetadata("topic", "infrastructure")
                .putMetadata("stance", "pro")
                .addSpeaker(Speaker.of("ana", "Ana Lopez", "engineer"))
                .addSpeaker(Speaker.of("ben", "Ben Okafor", "mayor"))
                .addClaim(Claim.of("close", "Close the bridge.").withTitle("Closure").withSpeaker("ana"))
                .addClaim(Claim.of("cracks", "A report found cracks.").withSpeaker("ana"))
                .addClaim(Claim.of("unsafe", "Bridges with cracks are unsafe."))
                .addClaim(Claim.of("other", "The report was about another bridge.").withSpeaker("ben").withTitle("Wrong bridge"))
                .addClaim(Claim.of("fixed", "The report's address was corrected later."))
                .addClaim(Claim.of("cost", "Closing costs the town a fortune.").withSpeaker("ben"))
                .addClaim(Claim.of("insured", "Insurance pays for the detour."))
                .addClaim(Claim.of("policy", "The policy covers closures."))
                .addArgument(Argument.of("a-safety", "Safety first.").withTitle("Safety argument")
                        .withPremises(List.of("cracks", "unsafe")).withConclusion("close").withSpeaker("ana")
                        .withTags(List.of("safety")).withNote("the panel's main line"))
                .addArgument(Argument.of("a-bare", ""))
                // r1: a linked support, unnamed; undercut below by its positional id.
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("cracks", "unsafe"), "close")
                        .withScheme("Argument From Sign"))
                .addRelation(Relation.rebuttal("cost", "close").withId("r-cost").withNote("money"))
                .addRelation(Relation.undercut("other", "r1").withId("u-other").withScheme("Undercutter"))
                .addRelation(Relation.undercut("fixed", "u-other"))
                .addRelation(Relation.linked(RelationKind.UNDERCUT, List.of("insured", "policy"), "r-cost"))
                .addRelation(Relation.support("a-safety", "close").withScheme("12"))
                .addRelation(Relation.rebuttal("a-bare", "a-safety").withScheme(" spaced "))
                .build();
    }
}
