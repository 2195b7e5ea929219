package io.github.argmap.examples;

import io.github.argmap.core.Argument;
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
 * Toulmin's single argument, "Harry is a British subject", with linked premises and undercuts.
 *
 * <p>Toulmin's layout has six parts, and each has its own place here: the data and the warrant
 * support the claim <em>together</em> (one linked relation: a warrant alone supports nothing), the
 * backing supports the warrant, the qualifier is kept in the claim's note, and each rebuttal
 * ("unless…") is an exception to the warrant, so it undercuts the step from data to claim rather than
 * denying the claim or the data: if Harry's parents were aliens, he was still born in Bermuda. The
 * whole step is also an argument node with its premises and conclusion, as Argdown and AIF would
 * write it. Run it to print the map as JSON:
 * {@code java -cp argmap.jar io.github.argmap.examples.ToulminExample}.
 */
public final class ToulminExample {
    private ToulminExample() {}

    /**
     * Builds the map.
     *
     * @return Toulmin's Harry argument
     */
    public static ArgumentMap map() {
        return ArgumentMap.builder()
                .title("Toulmin: Harry is a British subject")
                .source(new Source(Optional.empty(), Optional.of("Stephen Toulmin, The Uses of Argument (1958)"),
                        Optional.of("1958")))
                .addNote("Toulmin's qualifier (\"presumably\") has no edge of its own; it is kept in the claim's note.")
                .addNote("Toulmin's rebuttals are exceptions to the warrant: they undercut the step from the data to the "
                        + "claim (relation 'harry'), they do not deny that Harry was born in Bermuda.")
                .addSpeaker(new Speaker("toulmin", "Stephen Toulmin", "author", Optional.of("The Uses of Argument")))
                .addSection(new Section("argument", "The argument"))
                .addSection(new Section("exceptions", "Possible rebuttals"))
                .addClaim(Claim.of("claim", "Harry is a British subject.").withSpeaker("toulmin").withSection("argument")
                        .withTags(List.of("claim")).withNote("Qualifier: presumably."))
                .addClaim(Claim.of("data", "Harry was born in Bermuda.").withSpeaker("toulmin").withSection("argument")
                        .withTags(List.of("data")))
                .addClaim(Claim.of("warrant", "A man born in Bermuda will generally be a British subject.")
                        .withSpeaker("toulmin").withSection("argument").withTags(List.of("warrant")))
                .addClaim(Claim.of("backing", "The British Nationality Acts and other legal provisions make people born in the colonies British subjects.")
                        .withSpeaker("toulmin").withSection("argument").withTags(List.of("backing")))
                .addClaim(Claim.of("aliens", "Both of Harry's parents may have been aliens.")
                        .withSpeaker("toulmin").withSection("exceptions").withTags(List.of("rebuttal")))
                .addClaim(Claim.of("naturalised", "Harry may have become a naturalised American.")
                        .withSpeaker("toulmin").withSection("exceptions").withTags(List.of("rebuttal")))
                .addArgument(Argument.of("harry-argument", "From Harry's birth in Bermuda to his being a British subject.")
                        .withTitle("Harry's nationality").withPremises(List.of("data", "warrant")).withConclusion("claim")
                        .withSpeaker("toulmin").withSection("argument"))
                .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("data", "warrant"), "claim").withId("harry")
                        .withNote("data and warrant together: the warrant licenses the step from the data to the claim"))
                .addRelation(Relation.support("backing", "warrant").withNote("backing: why the warrant holds"))
                .addRelation(Relation.undercut("aliens", "harry").withNote("rebuttal: an exception to the warrant"))
                .addRelation(Relation.undercut("naturalised", "harry").withNote("rebuttal: an exception to the warrant"))
                .build();
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
