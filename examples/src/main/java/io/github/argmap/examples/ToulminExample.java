package io.github.argmap.examples;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.json.JsonMapWriter;
import java.util.List;
import java.util.Optional;

/**
 * Toulmin's single argument, "Harry is a British subject", mapped onto supports and rebuttals.
 *
 * <p>Toulmin's layout has six parts; an argument map has claims and two kinds of edge, so: the
 * data and the warrant support the claim, the backing supports the warrant, the qualifier is kept
 * in the claim's note, and each rebuttal ("unless…") rebuts the claim. Run it to print the map as
 * JSON: {@code java -cp argmap.jar io.github.argmap.examples.ToulminExample}.
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
                .addRelation(Relation.support("data", "claim").withNote("data: the grounds the claim rests on"))
                .addRelation(Relation.support("warrant", "claim").withNote("warrant: licenses the step from data to claim"))
                .addRelation(Relation.support("backing", "warrant").withNote("backing: why the warrant holds"))
                .addRelation(Relation.rebuttal("aliens", "claim").withNote("rebuttal: an exception to the warrant"))
                .addRelation(Relation.rebuttal("naturalised", "claim").withNote("rebuttal: an exception to the warrant"))
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
