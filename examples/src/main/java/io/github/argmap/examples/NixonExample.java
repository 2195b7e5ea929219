package io.github.argmap.examples;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Source;
import io.github.argmap.core.json.JsonMapWriter;
import java.util.List;
import java.util.Optional;

/**
 * The Nixon diamond with a floating conclusion: a framework on which the semantics disagree.
 *
 * <p>"Nixon is a pacifist" (he is a Quaker) and "Nixon is not a pacifist" (he is a Republican)
 * rebut each other. Each of them rebuts "nothing can be inferred about Nixon's view on war", which in
 * turn rebuts "Nixon's view on war can be inferred from his affiliations". Grounded semantics
 * accepts nothing: the mutual rebuttal is never settled. Preferred semantics has two extensions,
 * {quaker, inference} and {republican, inference}, so "inference" is accepted in every one: it
 * floats. Run it to print the map as JSON:
 * {@code java -cp argmap.jar io.github.argmap.examples.NixonExample}.
 */
public final class NixonExample {
    private NixonExample() {}

    /**
     * Builds the map.
     *
     * @return the Nixon diamond with its floating conclusion
     */
    public static ArgumentMap map() {
        return ArgumentMap.builder()
                .title("The Nixon diamond: where semantics disagree")
                .source(new Source(Optional.empty(),
                        Optional.of("Reiter & Criscuolo (1981), the standard example of conflicting defaults"), Optional.empty()))
                .addClaim(Claim.of("quaker", "Nixon is a pacifist, because he is a Quaker and Quakers are pacifists.")
                        .withTags(List.of("default")))
                .addClaim(Claim.of("republican", "Nixon is not a pacifist, because he is a Republican and Republicans are not pacifists.")
                        .withTags(List.of("default")))
                .addClaim(Claim.of("nothing", "Nothing can be inferred about Nixon's view on war."))
                .addClaim(Claim.of("inference", "Nixon's view on war can be inferred from his affiliations."))
                .addRelation(Relation.rebuttal("quaker", "republican"))
                .addRelation(Relation.rebuttal("republican", "quaker"))
                .addRelation(Relation.rebuttal("quaker", "nothing").withNote("the Quaker default gives a view"))
                .addRelation(Relation.rebuttal("republican", "nothing").withNote("the Republican default gives a view"))
                .addRelation(Relation.rebuttal("nothing", "inference"))
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
