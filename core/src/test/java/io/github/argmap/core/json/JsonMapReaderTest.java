package io.github.argmap.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.RelationKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonMapReaderTest {

    /** Lines are numbered in the comments so expected positions can be checked by eye. */
    private static final String VALID = String.join("\n",
            "{",                                                                  // 1
            "  \"argmap\": 1,",                                                   // 2
            "  \"title\": \"Walk?\",",                                            // 3
            "  \"speakers\": [ { \"id\": \"ann\", \"name\": \"Ann\", \"role\": \"chair\" } ],", // 4
            "  \"sections\": [ { \"id\": \"s1\", \"title\": \"Opening\" } ],",    // 5
            "  \"claims\": [",                                                    // 6
            "    { \"id\": \"walk\", \"text\": \"We walk.\", \"speaker\": \"ann\", \"section\": \"s1\" },", // 7
            "    { \"id\": \"sunny\", \"text\": \"Sunny.\", \"tags\": [\"weather\"], \"weight\": 0.7 }", // 8
            "  ],",                                                               // 9
            "  \"relations\": [ { \"from\": \"sunny\", \"to\": \"walk\", \"kind\": \"support\" } ]", // 10
            "}",                                                                  // 11
            "");

    private static InvalidMapException failure(String json) {
        try {
            JsonMapReader.read(json, "m.json");
        } catch (InvalidMapException e) {
            return e;
        }
        throw new AssertionError("expected the map to be rejected:\n" + json);
    }

    @Test
    void read_validMap() {
        ArgumentMap map = JsonMapReader.read(VALID, "m.json");
        assertThat(map.title()).isEqualTo("Walk?");
        assertThat(map.requireClaim("sunny").weight()).hasValue(0.7);
        assertThat(map.requireClaim("sunny").tags()).containsExactly("weather");
        assertThat(map.relations().get(0).kind()).isEqualTo(RelationKind.SUPPORT);
        assertThat(map.speakers().get(0).affiliation()).isEmpty();
    }

    @Test
    void read_truncationSaysWhichObjectIsUnclosedInPlainWords() {
        String cut = VALID.substring(0, VALID.indexOf("\"claims\"") + 12); // ends just inside the claims array
        assertThat(failure(cut).getMessage()).isEqualTo("m.json:7:1: the JSON ends before it is complete "
                + "(the array opened at line 6, column 13 is not closed); the file may be truncated");
    }

    @Test
    void read_messagesNeverShowJacksonsConfigurationOrSourceDescription() {
        // Every truncation and every single-byte deletion of a valid map.
        for (int cut = 0; cut < VALID.length(); cut++) {
            for (String damaged : new String[] {VALID.substring(0, cut), VALID.substring(0, cut) + VALID.substring(cut + 1)}) {
                try {
                    JsonMapReader.read(damaged, "m.json");
                } catch (InvalidMapException e) {
                    assertThat(e.getMessage()).as("cut at %d", cut)
                            .doesNotContain("REDACTED").doesNotContain("StreamReadFeature").doesNotContain("[Source")
                            .doesNotContain("start marker");
                }
            }
        }
    }

    @Test
    void read_rejectsEmptyFile() {
        assertThat(failure("").getMessage()).isEqualTo("m.json:1:1: " + "the file is empty; an argument map is a JSON object such as {\"argmap\": 1, \"title\": \"...\", ...}");
        assertThat(failure("  \n ").problems()).hasSize(1);
    }

    @Test
    void read_rejectsNonJsonWithPosition() {
        assertThat(failure("{\n  \"argmap\": 1,\n  oops\n}").getMessage()).startsWith("m.json:3:3: not valid JSON:");
    }

    @Test
    void read_rejectsTruncatedJson() {
        String truncated = VALID.substring(0, VALID.indexOf("\"relations\""));
        assertThat(failure(truncated).getMessage()).startsWith("m.json:").contains("the JSON ends before it is complete");
    }

    @Test
    void read_rejectsTrailingContent() {
        assertThat(failure(VALID + "{}").getMessage()).startsWith("m.json:12:1: unexpected content after the map's closing '}'");
    }

    @Test
    void read_rejectsNonObjectRoot() {
        assertThat(failure("[1, 2]").getMessage()).isEqualTo("m.json:1:1: the map must be an object, not an array");
    }

    @Test
    void read_rejectsWrongTypesWithPositions() {
        String json = VALID.replace("\"title\": \"Walk?\"", "\"title\": 42").replace("\"weight\": 0.7", "\"weight\": \"high\"");
        InvalidMapException e = failure(json);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "m.json:3:12: \"title\" must be a string, not a number",
                "m.json:8:71: claim 1 \"weight\" must be a number, not a string");
    }

    @Test
    void read_rejectsMissingRequiredFields() {
        String json = VALID.replace("\"text\": \"We walk.\", ", "").replace("  \"title\": \"Walk?\",\n", "");
        assertThat(failure(json).problems()).extracting(Problem::toString).containsExactly(
                "m.json:6:5: claim 0 is missing the required field \"text\"",  // line 3 was removed
                "m.json:1:1: the map is missing the required field \"title\"");
    }

    @Test
    void read_rejectsUnsupportedVersion() {
        assertThat(failure(VALID.replace("\"argmap\": 1", "\"argmap\": 2")).getMessage())
                .isEqualTo("m.json:2:13: unsupported format version 2; this library reads \"argmap\": 1");
    }

    @Test
    void read_rejectsUnknownFieldsByName() {
        String json = VALID.replace("\"speaker\": \"ann\"", "\"speakr\": \"ann\"");
        assertThat(failure(json).getMessage()).isEqualTo("m.json:7:41: unknown field \"speakr\" in claim 0; "
                + "the allowed fields are id, title, text, speaker, section, quote, tags, note, weight");
    }

    @Test
    void read_rejectsDuplicateIdsWithPosition() {
        String json = VALID.replace("\"id\": \"sunny\"", "\"id\": \"walk\"").replace("\"from\": \"sunny\"", "\"from\": \"walk\"");
        InvalidMapException e = failure(json);
        assertThat(e.problems().get(0).toString())
                .isEqualTo("m.json:8:13: duplicate claim id 'walk' (already used at /claims/0); give each claim its own id");
    }

    @Test
    void read_rejectsDanglingEndpointsAndSpeakers() {
        String json = VALID.replace("\"to\": \"walk\"", "\"to\": \"run\"").replace("\"speaker\": \"ann\"", "\"speaker\": \"bob\"");
        assertThat(failure(json).problems()).extracting(Problem::toString).containsExactly(
                "m.json:7:52: claim 'walk' names speaker 'bob', which the map does not define; add it to \"speakers\" or fix the claim",
                "m.json:10:43: support sunny -> run: no claim or argument has id 'run'; add it or fix the relation's \"to\"");
    }

    @Test
    void read_rejectsSelfRelationAndDuplicatePair() {
        String json = VALID.replace("{ \"from\": \"sunny\", \"to\": \"walk\", \"kind\": \"support\" }",
                "{ \"from\": \"sunny\", \"to\": \"walk\", \"kind\": \"support\" }, "
                        + "{ \"from\": \"sunny\", \"to\": \"walk\", \"kind\": \"rebuttal\" }, "
                        + "{ \"from\": \"walk\", \"to\": \"walk\", \"kind\": \"rebuttal\" }");
        assertThat(failure(json).problems()).extracting(Problem::message).containsExactly(
                "a second relation from 'sunny' to 'walk' (already a support at /relations/0); keep at most one relation per ordered pair of claims",
                "rebuttal from claim 'walk' to itself; a claim cannot support or rebut itself, so remove the relation");
    }

    @Test
    void read_rejectsUnknownRelationKind() {
        assertThat(failure(VALID.replace("\"kind\": \"support\"", "\"kind\": \"attack\"")).getMessage())
                .isEqualTo("m.json:10:59: unknown relation kind 'attack'; use \"support\" or \"rebuttal\"");
    }

    @Test
    void read_positionsBuilderProblemsAfterSkippedElements() {
        // claim 0 is unusable (no text), so the builder sees "sunny" as its claim 0; the problem
        // about it must still point at the file's claim 1.
        String json = VALID.replace("\"text\": \"We walk.\", ", "").replace("\"tags\": [\"weather\"]", "\"tags\": [\"bad tag\"]");
        assertThat(failure(json).problems()).extracting(Problem::toString).contains(
                "m.json:7:5: claim 0 is missing the required field \"text\"");
        // The builder does not run while the file has shape problems; fix the shape and it reports the tag.
        String fixed = VALID.replace("\"tags\": [\"weather\"]", "\"tags\": [\"bad tag\"]");
        assertThat(failure(fixed).getMessage()).startsWith("m.json:8:48: claim 'sunny' has tag 'bad tag'");
    }

    @Test
    void read_rejectsAbsurdNesting() {
        String deep = "{\"argmap\": 1, \"title\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(failure(deep).getMessage()).startsWith("m.json:1:").contains("refused:").contains("nesting depth");
    }

    @Test
    void read_rejectsHugeString() {
        String huge = "{\"argmap\": 1, \"title\": \"" + "x".repeat(JsonMapReader.MAX_STRING + 10) + "\"}";
        assertThat(failure(huge).getMessage()).contains("refused:").contains("String value length");
    }

    @Test
    void read_rejectsDuplicateField() {
        assertThat(failure(VALID.replace("\"title\": \"Walk?\",", "\"title\": \"Walk?\", \"title\": \"Run?\",")).getMessage())
                .contains("field \"title\" appears twice in the map");
    }

    @Test
    void read_rejectsInvalidUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        byte[] bytes = VALID.replace("Walk?", "Walk\u00ff?").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new String(bytes, StandardCharsets.ISO_8859_1).replace("\u00c3\u00bf", "\u00ff").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, broken);
        assertThatThrownBy(() -> JsonMapReader.read(file))
                .isInstanceOf(InvalidMapException.class)
                .hasMessageStartingWith(file + ":3:").hasMessageContaining("not valid JSON");
    }

    @Test
    void readFile_checksQuotesAgainstSource(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("talk.txt"), "We should walk, as it is sunny.");
        String json = VALID.replace("\"title\": \"Walk?\",", "\"title\": \"Walk?\", \"source\": {\"path\": \"talk.txt\"},")
                .replace("\"text\": \"Sunny.\"", "\"text\": \"Sunny.\", \"quote\": \"it is sunny\"")
                .replace("\"text\": \"We walk.\"", "\"text\": \"We walk.\", \"quote\": \"We should walk\"");
        Path map = dir.resolve("m.json");
        Files.writeString(map, json);
        assertThat(JsonMapReader.read(map).requireClaim("sunny").quote()).contains("it is sunny");
        Files.writeString(map, json.replace("it is sunny", "it is rainy"));
        assertThatThrownBy(() -> JsonMapReader.read(map))
                .hasMessage(map + ":8:49: the quote of claim 'sunny' does not occur verbatim in talk.txt; copy the exact span from the source");
    }
}
