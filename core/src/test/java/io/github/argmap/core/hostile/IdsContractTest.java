package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Ids;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every kind of id follows the one documented rule, and a bad id is named in its rejection. */
class IdsContractTest {
    private static final String MAX = "a".repeat(Ids.MAX_LENGTH);

    /** Letters outside ASCII, spaces, separators, look-alikes, the empty id and one char too many. */
    private static final List<String> BAD = List.of(
            "é", "Ünïcode", "日本", "\u212A" /* Kelvin sign, folds to K */, "ａ" /* fullwidth a */, "١٢" /* Arabic-Indic digits */,
            "a b", " a", "a\n", "a\t", "a/b", "a\\b", "a:b", "a,b", "a\"b", "a'b", "a#b", "a\u0000", "😀", "",
            "a".repeat(Ids.MAX_LENGTH + 1));

    private static final List<String> GOOD = List.of("a", "Z", "0", "-", "_", ".", "..", "a-b_c.D9", "toygur-sdp-2024", MAX);

    /** Builds a map whose one id of the given kind is {@code id}, the rest valid. */
    private static final List<Kind> KINDS = List.of(
            new Kind("claim", id -> ArgumentMap.builder().title("t").addClaim(Claim.of(id, "x"))),
            new Kind("speaker", id -> ArgumentMap.builder().title("t").addSpeaker(Speaker.of(id, "Ann", "chair"))
                    .addClaim(Claim.of("c", "x"))),
            new Kind("section", id -> ArgumentMap.builder().title("t").addSection(new Section(id, "Opening"))
                    .addClaim(Claim.of("c", "x"))),
            new Kind("tag", id -> ArgumentMap.builder().title("t").addClaim(Claim.of("c", "x").withTags(List.of(id)))));

    private record Kind(String name, Function<String, ArgumentMap.Builder> withId) {}

    private static String expectedMessage(Kind kind, String id) {
        return kind.name().equals("tag")
                ? "claim 'c' has tag '" + id + "', which is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'"
                : kind.name() + " id '" + id + "' is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'";
    }

    @Test
    void ids_ruleIsAsciiLettersDigitsDashUnderscoreDotUpTo128() {
        assertThat(MAX).hasSize(128);
        assertThat(GOOD).allMatch(Ids::isValid);
        assertThat(BAD).noneMatch(Ids::isValid);
        assertThat(Ids.isValid(null)).isFalse();
    }

    @Test
    void build_rejectsEveryBadIdOfEveryKindQuotingIt() {
        for (Kind kind : KINDS) {
            for (String id : BAD) {
                assertThatThrownBy(() -> kind.withId().apply(id).build())
                        .as("%s id '%s'", kind.name(), id)
                        .isInstanceOfSatisfying(InvalidMapException.class, e -> assertThat(e.problems())
                                .extracting(Problem::message).containsExactly(expectedMessage(kind, id)));
            }
        }
    }

    @Test
    void build_acceptsEveryGoodIdOfEveryKind() {
        for (Kind kind : KINDS) {
            for (String id : GOOD) {
                ArgumentMap map = kind.withId().apply(id).build();
                // And the id survives the file format unchanged.
                assertThat(JsonMapReader.read(JsonMapWriter.toJson(map), "ids.json")).isEqualTo(map);
            }
        }
    }

    @Test
    void read_rejectsBadIdsInFilesWithPositionAndQuote() {
        String json = "{\"argmap\": 1, \"title\": \"t\",\n"
                + "\"speakers\": [{\"id\": \"a b\", \"name\": \"Ann\", \"role\": \"chair\"}],\n"
                + "\"sections\": [{\"id\": \"s/1\", \"title\": \"Opening\"}],\n"
                + "\"claims\": [{\"id\": \"\u00e9t\u00e9\", \"text\": \"x\", \"tags\": [\"" + "t".repeat(129) + "\"]}]}";
        assertThatThrownBy(() -> JsonMapReader.read(json, "ids.json"))
                .isInstanceOfSatisfying(InvalidMapException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "ids.json:2:21: speaker id 'a b' is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'",
                                "ids.json:3:21: section id 's/1' is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'",
                                // Jackson counts columns in bytes: "été" has two 2-byte letters, so the tags' '[' at
                                // character 47 is reported at column 49 (see docs/reliability.md).
                                "ids.json:4:19: claim id 'été' is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'",
                                "ids.json:4:49: claim 'été' has tag '" + "t".repeat(129)
                                        + "', which is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'"));
    }
}
