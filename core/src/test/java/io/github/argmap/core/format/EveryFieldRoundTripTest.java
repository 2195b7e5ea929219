package io.github.argmap.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.NodeField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins that the one field table, {@link NodeField}, reaches every format that writes maps: a claim
 * and an argument node with one field set (each field in turn, to a value no default produces)
 * come back from every writer and its reader equal to what was written. A format that spells a
 * field differently on the two sides, or forgets one, fails here with the field's and the format's
 * names.
 */
class EveryFieldRoundTripTest {

    static Stream<Arguments> formatsAndFields() {
        return MapFormats.all().stream().filter(f -> f.canRead() && f.canWrite())
                .flatMap(f -> Stream.of(NodeField.values()).filter(x -> x != NodeField.ID && x != NodeField.TEXT)
                        .map(x -> Arguments.of(f.name(), x)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formatsAndFields")
    void everyFieldOfClaimsAndArgumentsComesBack(String format, NodeField field) throws IOException {
        ArgumentMap map = mapWith(field);
        MapFormat f = MapFormats.byName(format).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(map, out);
        ArgumentMap back = f.read(new ByteArrayInputStream(out.toByteArray()), "m." + f.extensions().get(0)).map();

        // In any order: Argdown writes the claims outside any section (heading) first.
        assertThat(back.claims()).as("%s: claims with %s", format, field).containsExactlyInAnyOrderElementsOf(map.claims());
        assertThat(back.arguments()).as("%s: arguments with %s", format, field).isEqualTo(map.arguments());
    }

    /** Two claims, an argument for the first from the second, and one field set on each node that has it. */
    private static ArgumentMap mapWith(NodeField field) {
        Claim c = Claim.of("c1", "Coalitions act faster than the Union.");
        Argument a = Argument.of("a1", "The Union needs unanimity.");
        if (NodeField.CLAIM.contains(field)) {
            c = with(c, field);
        }
        if (NodeField.ARGUMENT.contains(field)) {
            a = with(a, field);
        }
        return ArgumentMap.builder()
                .addSpeaker(Speaker.of("s1", "Ann Example", "panellist"))
                .addSection(new Section("sec1", "Opening"))
                .addClaim(c)
                .addClaim(Claim.of("c2", "Unanimity slows decisions.").withSpeaker("s1"))
                .addArgument(a)
                .addRelation(Relation.support("c2", "c1"))
                .addRelation(Relation.support("a1", "c1"))
                .build();
    }

    private static Claim with(Claim c, NodeField field) {
        return switch (field) {
            case TITLE -> c.withTitle("Speed");
            case SPEAKER -> c.withSpeaker("s1");
            case SECTION -> c.withSection("sec1");
            case QUOTE -> c.withQuote("coalitions can move quickly");
            case TAGS -> c.withTags(List.of("speed", "union"));
            case NOTE -> c.withNote("said twice");
            case WEIGHT -> c.withWeight(0.25);
            default -> throw new IllegalArgumentException(field.toString());
        };
    }

    private static Argument with(Argument a, NodeField field) {
        return switch (field) {
            case TITLE -> a.withTitle("Unanimity");
            case PREMISES -> a.withPremises(List.of("c2"));
            case CONCLUSION -> a.withConclusion("c1");
            case SPEAKER -> a.withSpeaker("s1");
            case SECTION -> a.withSection("sec1");
            case QUOTE -> a.withQuote("the Union needs all 27");
            case TAGS -> a.withTags(List.of("union"));
            case NOTE -> a.withNote("a linked reading is possible");
            default -> throw new IllegalArgumentException(field.toString());
        };
    }
}
