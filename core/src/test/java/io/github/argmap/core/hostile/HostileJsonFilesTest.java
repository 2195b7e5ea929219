package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.json.JsonMapReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hand-picked hostile files, each with the reader's exact answer. */
class HostileJsonFilesTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    /** Line 1, column 1 is '{'; kept on one line so columns can be counted in the source. */
    private static final String VALID = "{\"argmap\": 1, \"title\": \"T\", \"claims\": [{\"id\": \"a\", \"text\": \"x\"}]}";
    private static final ArgumentMap EXPECTED = JsonMapReader.read(VALID, "v.json");

    private static ArgumentMap read(byte[] bytes) {
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> JsonMapReader.read(new ByteArrayInputStream(bytes), "h.json"));
    }

    private static InvalidMapException failure(byte[] bytes) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                JsonMapReader.read(new ByteArrayInputStream(bytes), "h.json");
            } catch (InvalidMapException e) {
                for (Problem p : e.problems()) {
                    assertThat(p.file()).isEqualTo("h.json");
                    assertThat(p.hasPosition()).as("%s", p).isTrue();
                }
                return e;
            }
            throw new AssertionError("expected a rejection:\n" + new String(bytes, StandardCharsets.UTF_8));
        });
    }

    private static InvalidMapException failure(String json) {
        return failure(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ---- encodings ----

    @Test
    void read_acceptsUtf8ByteOrderMark() {
        // Windows editors add one; refusing it would refuse files that look fine to their authors.
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(read(concat(bom, VALID.getBytes(StandardCharsets.UTF_8)))).isEqualTo(EXPECTED);
    }

    @Test
    void read_acceptsUtf16WithOrWithoutByteOrderMark() {
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
            assertThat(read(("\uFEFF" + VALID).getBytes(utf16))).as("%s with BOM", utf16).isEqualTo(EXPECTED);
            // Jackson recognises UTF-16 from the zero bytes around the leading '{'.
            assertThat(read(VALID.getBytes(utf16))).as("%s without BOM", utf16).isEqualTo(EXPECTED);
        }
    }

    @Test
    void read_rejectsBytesThatAreNoUnicodeEncoding() {
        // Three NULs before '{' make Jackson take the file for UTF-32, whose decoder then fails.
        byte[] nuls = concat(new byte[] {0, 0, 0}, VALID.getBytes(StandardCharsets.UTF_8));
        assertThat(failure(nuls).getMessage()).startsWith("h.json:1:1: not readable as UTF-8, UTF-16 or UTF-32 text (")
                .endsWith("); save the file as UTF-8");
        assertThat(failure(new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, '{'}).getMessage())
                .startsWith("h.json:1:1: not readable as UTF-8");
        // The same through the String entry point, which once ended in "reading from memory cannot fail".
        InvalidMapException fromString = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                JsonMapReader.read("\0\0\0" + VALID, "s.json");
            } catch (InvalidMapException e) {
                return e;
            }
            throw new AssertionError("accepted NULs");
        });
        assertThat(fromString.getMessage()).startsWith("s.json:1:1: not readable as UTF-8");
    }

    @Test
    void read_rejectsInvalidUtf8WithPosition() {
        byte[] bad = VALID.replace("\"x\"", "\"x?\"").getBytes(StandardCharsets.UTF_8);
        bad[VALID.indexOf("\"x\"") + 2] = (byte) 0xFF;
        assertThat(failure(bad).getMessage()).startsWith("h.json:1:").contains("not valid JSON: Invalid UTF-8");
    }

    // ---- characters JSON forbids or escapes ----

    @Test
    void read_rejectsRawNulByteWithPosition() {
        // Column 15 is the NUL between ',' and the space before "title".
        assertThat(failure(VALID.replace(", \"title\"", ",\0 \"title\"")).getMessage())
                .startsWith("h.json:1:15: not valid JSON: Illegal character ((CTRL-CHAR, code 0))");
        assertThat(failure(VALID.replace("\"x\"", "\"x\0\"")).getMessage())
                .startsWith("h.json:1:").contains("Illegal unquoted character ((CTRL-CHAR, code 0))");
    }

    @Test
    void read_keepsEscapedNulAndLoneSurrogateEscapes() {
        ArgumentMap map = read(VALID.replace("\"x\"", "\"x\\u0000\\ud800\"").getBytes(StandardCharsets.UTF_8));
        assertThat(map.requireClaim("a").text()).isEqualTo("x\u0000\uD800");
    }

    // ---- numbers ----

    @Test
    void read_rejectsNonFiniteWeights() {
        String nan = VALID.replace("\"x\"}", "\"x\", \"weight\": NaN}");
        assertThat(failure(nan).getMessage()).startsWith("h.json:1:").contains("not valid JSON: Non-standard token 'NaN'");
        String inf = VALID.replace("\"x\"}", "\"x\", \"weight\": Infinity}");
        assertThat(failure(inf).getMessage()).contains("not valid JSON: Non-standard token 'Infinity'");
        // 1e999 is valid JSON but overflows a double; column 75 is where the number starts.
        String huge = VALID.replace("\"x\"}", "\"x\", \"weight\": 1e999}");
        assertThat(failure(huge).getMessage())
                .isEqualTo("h.json:1:75: claim 0 \"weight\" must be a finite number, not 1e999");
        String longNumber = VALID.replace("\"x\"}", "\"x\", \"weight\": 0." + "1".repeat(100) + "}");
        assertThat(failure(longNumber).getMessage()).startsWith("h.json:1:").contains("refused: Number value length");
    }

    @Test
    void read_rejectsVersionsThatAreNotTheInteger1() {
        assertThat(failure(VALID.replace("\"argmap\": 1", "\"argmap\": 1.0")).getMessage())
                .isEqualTo("h.json:1:12: unsupported format version 1.0; this library reads \"argmap\": 1");
        assertThat(failure(VALID.replace("\"argmap\": 1", "\"argmap\": \"1\"")).getMessage())
                .isEqualTo("h.json:1:12: \"argmap\" must be the number 1, not a string");
        assertThat(failure(VALID.replace("\"argmap\": 1", "\"argmap\": 1" + "0".repeat(30))).getMessage())
                .startsWith("h.json:1:12: unsupported format version 1000");
    }

    // ---- non-standard JSON that hand-written files contain ----

    @Test
    void read_rejectsJson5ExtrasWithPosition() {
        assertThat(failure(VALID.replace("{\"argmap\"", "{// note\n\"argmap\"")).getMessage())
                .startsWith("h.json:1:2: not valid JSON: Unexpected character ('/' (code 47))");
        assertThat(failure(VALID.replace("{\"argmap\"", "{/* note */\"argmap\"")).getMessage())
                .startsWith("h.json:1:2: not valid JSON: Unexpected character ('/' (code 47))");
        // Column 65 is the ']' after the trailing comma.
        assertThat(failure(VALID.replace("}]}", "},]}")).getMessage())
                .startsWith("h.json:1:65: not valid JSON: Unexpected character (']' (code 93))");
        assertThat(failure(VALID.replace("\"title\"", "'title'")).getMessage())
                .startsWith("h.json:1:15: not valid JSON: Unexpected character (''' (code 39))");
        assertThat(failure(VALID.replace("\"title\"", "title")).getMessage())
                .startsWith("h.json:1:15: not valid JSON: Unexpected character ('t' (code 116))");
    }

    @Test
    void read_rejectsDuplicateKeysAtEveryLevel() {
        assertThat(failure(VALID.replace("\"title\": \"T\"", "\"title\": \"T\", \"title\": \"U\"")).getMessage())
                .isEqualTo("h.json:1:29: field \"title\" appears twice in the map; keep one");
        assertThat(failure(VALID.replace("\"id\": \"a\"", "\"id\": \"a\", \"id\": \"b\"")).getMessage())
                .isEqualTo("h.json:1:52: field \"id\" appears twice in claim 0; keep one");
    }

    @Test
    void read_rejectsWrongContainerAtEveryLevel() {
        // Nothing more is said about a root that is not an object: its missing fields would be noise.
        assertThat(failure("[]").getMessage()).isEqualTo("h.json:1:1: the map must be an object, not an array");
        String[][] cases = {
            {"\"claims\": [{\"id\": \"a\", \"text\": \"x\"}]", "\"claims\": {}", "\"claims\" must be an array, not an object"},
            {"\"claims\": [{\"id\": \"a\", \"text\": \"x\"}]", "\"claims\": [[]]", "claim 0 must be an object, not an array"},
            {"\"text\": \"x\"", "\"text\": {}", "claim 0 \"text\" must be a string, not an object"},
            {"\"text\": \"x\"", "\"text\": \"x\", \"tags\": {}", "claim 0 \"tags\" must be an array of strings, not an object"},
            {"\"text\": \"x\"", "\"text\": \"x\", \"tags\": [[]]", "claim 0 \"tags\" element must be a string, not an array"},
            {"\"text\": \"x\"", "\"text\": \"x\", \"weight\": []", "claim 0 \"weight\" must be a number, not an array"},
            {"\"title\": \"T\"", "\"title\": \"T\", \"notes\": {}", "\"notes\" must be an array, not an object"},
            {"\"title\": \"T\"", "\"title\": \"T\", \"notes\": [{}]", "a note must be a string, not an object"},
            {"\"title\": \"T\"", "\"title\": \"T\", \"source\": []", "\"source\" must be an object, not an array"},
            {"\"title\": \"T\"", "\"title\": \"T\", \"speakers\": {}", "\"speakers\" must be an array, not an object"},
            {"\"title\": \"T\"", "\"title\": \"T\", \"speakers\": [[]]", "speaker 0 must be an object, not an array"},
            {"\"title\": \"T\"", "\"title\": \"T\", \"sections\": [[]]", "section 0 must be an object, not an array"},
            {"\"title\": \"T\"", "\"title\": \"T\", \"relations\": {}", "\"relations\" must be an array, not an object"},
            {"\"title\": \"T\"", "\"title\": \"T\", \"relations\": [[]]", "relation 0 must be an object, not an array"},
            {"\"title\": \"T\"", "\"title\": []", "\"title\" must be a string, not an array"},
        };
        for (String[] c : cases) {
            String json = VALID.replace(c[0], c[1]);
            assertThat(json).isNotEqualTo(VALID);
            assertThat(failure(json).problems()).as(json).extracting(Problem::message).contains(c[2]);
        }
    }

    // ---- size ----

    @Test
    void read_refusesMillionDeepNestingWithPosition() {
        int depth = 1_000_000;
        String deep = "{\"argmap\": 1, \"title\": \"T\", \"claims\": [], \"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
        InvalidMapException e = failure(deep);
        // The unknown field "x" (column 43) is reported, then the refusal at the 64th '[' (the first is at column 48).
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "h.json:1:43: unknown field \"x\" in the map; the allowed fields are "
                        + "argmap, title, source, notes, metadata, speakers, sections, claims, arguments, relations",
                "h.json:1:111: refused: Document nesting depth (65) exceeds the maximum allowed (64); "
                        + "no argument map comes near this limit, so the file is broken or is not a map");
    }

    @Test
    void read_refuses100MegabyteStringAtItsStart() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(100_000_100);
        out.writeBytes("{\"argmap\": 1, \"title\": \"".getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 100; i++) {
            out.write(chunk);
        }
        out.writeBytes("\", \"claims\": []}".getBytes(StandardCharsets.US_ASCII));
        InvalidMapException e = failure(out.toByteArray());
        assertThat(e.problems()).hasSize(1);
        assertThat(e.getMessage()).startsWith("h.json:1:24: refused: String value length (")
                .contains("exceeds the maximum allowed (4000000)");
    }

    @Test
    void read_refusesHugeFieldName() {
        String json = VALID.replace("{\"argmap\"", "{\"" + "k".repeat(200_000) + "\": 1, \"argmap\"");
        assertThat(failure(json).getMessage()).startsWith("h.json:1:").contains("refused: Name length (");
    }

    @Test
    void read_reportsEachOfManyEmptyObjects() {
        int n = 100_000;
        String json = "{\"argmap\": 1, \"title\": \"T\", \"claims\": [" + String.join(",", java.util.Collections.nCopies(n, "{}")) + "]}";
        InvalidMapException e = failure(json);
        // Each {} lacks both "id" and "text"; the first starts at column 40, each next 3 columns on.
        assertThat(e.problems()).hasSize(2 * n);
        assertThat(e.problems().get(0).toString()).isEqualTo("h.json:1:40: claim 0 is missing the required field \"id\"");
        assertThat(e.problems().get(2 * n - 1).toString())
                .isEqualTo("h.json:1:" + (40 + 3 * (n - 1)) + ": claim " + (n - 1) + " is missing the required field \"text\"");
    }

    @Test
    void read_reportsEveryRepeatOfOneIdInOnePass() {
        int n = 100_000;
        String claim = "{\"id\": \"same\", \"text\": \"x\"}";
        String json = "{\"argmap\": 1, \"title\": \"T\", \"claims\": [" + String.join(",", java.util.Collections.nCopies(n, claim)) + "]}";
        InvalidMapException e = failure(json);
        assertThat(e.problems()).hasSize(n - 1);
        // Claim i starts at column 40 + 28 i (27 characters and a comma); its "id" value 7 columns further on.
        assertThat(e.problems().get(0).toString()).isEqualTo(
                "h.json:1:75: duplicate claim id 'same' (already used at /claims/0); give each claim its own id");
        assertThat(e.problems().get(n - 2).toString()).isEqualTo("h.json:1:" + (40 + 28 * (n - 1) + 7)
                + ": duplicate claim id 'same' (already used at /claims/0); give each claim its own id");
    }
}
