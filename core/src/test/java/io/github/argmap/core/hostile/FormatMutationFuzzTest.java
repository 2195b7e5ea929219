package io.github.argmap.core.hostile;

import static io.github.argmap.core.hostile.FormatCases.AIF;
import static io.github.argmap.core.hostile.FormatCases.ARGDOWN;
import static io.github.argmap.core.hostile.FormatCases.GRAPHML;
import static io.github.argmap.core.hostile.FormatCases.bytes;
import static io.github.argmap.core.hostile.FormatCases.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.format.MapFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * AIF, Argdown and GraphML files written from random maps, with random byte damage or cut short,
 * are either read or rejected with problems that carry FILE:LINE:COLUMN; nothing else ever comes
 * out of a reader, and no case hangs. The damage is {@link JsonMutationFuzzTest#mutate} with
 * fragments of each format; seeds are fixed and every failure names its case's seed.
 */
class FormatMutationFuzzTest {
    /** A hang guard, not a performance bound: one case takes milliseconds. */
    private static final HangGuard GUARD = new HangGuard(Duration.ofSeconds(5));
    /** How long a whole loop of cases may take before it counts as hung. */
    private static final Duration LOOP = Duration.ofMinutes(3);
    private static final int CASES = Integer.getInteger("argmap.fuzzCases", 3000);

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final List<byte[]> BYTES = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0, 0, 0}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b("\u0000"), b("😀"), b("\r"), b("\r\n"), b("\n"));

    private static List<byte[]> fragments(String... texts) {
        List<byte[]> out = new ArrayList<>(BYTES);
        for (String t : texts) {
            out.add(b(t));
        }
        return out;
    }

    private static final List<byte[]> AIF_FRAGMENTS = fragments("{", "}", "[", "]", "\"", ",", ":", "\\", "\\uD800",
            "null", "true", "1", "1.5", "-0", "1e999", "123456789012345678901234567890", "{}", "[]",
            "\"nodeID\": \"1\"", "\"nodeID\": 1", "\"nodeID\": null", "\"type\": \"RA\"", "\"type\": \"CA\"", "\"type\": \"I\"",
            "\"type\": \"YA\"", "\"type\": \"L\"", "\"type\": \"TA\"", "\"fromID\": \"1\"", "\"toID\": \"2\"",
            "{\"nodeID\": \"1\", \"text\": \"x\", \"type\": \"RA\"},", "{\"edgeID\": \"9\", \"fromID\": \"3\", \"toID\": \"3\"},",
            "\"argmap\": {},", "\"version\": 2", "\"weight\": 2", "\"id\": \"a b\"", "\"AIF\": {");

    private static final List<byte[]> ARGDOWN_FRAGMENTS = fragments("===", "\n===\n", "[", "]", "[a]: ", "\n[a]: x\n",
            "\n    +> [", "\n    -> [a]", "\n        +> [a]", "\n    <+ [a]", "+>", "->", "#", "#(", "#()", "{", "}", "{}",
            "\\", "\n# h {\"id\": \"s\"}\n", "\n# h\n", "\t", "        ", ":", "\"", "{\"speaker\": \"nobody\"}",
            "{\"weight\": 1e999}", "{\"relations\": {\"a\": {\"group\": \"g\"}}}", "title: 1\n", "argmap: {}\n", "\uFEFF", "//");

    private static final List<byte[]> GRAPHML_FRAGMENTS = fragments("<", ">", "/>", "</", "\"", "'", "=", "&", "&amp;",
            "&lt;", "&#0;", "&#xD800;", "&#xFFFE;", "&#13;", "&x;", "&lol;", "<!DOCTYPE g [<!ENTITY x \"y\">]>",
            "<!DOCTYPE graphml SYSTEM \"file:///etc/passwd\">", "<![CDATA[", "]]>", "<!--", "-->", "<?pi x?>",
            "<?xml version=\"1.0\"?>", "<node id=\"x\">", "</node>", "<edge source=\"a\" target=\"b\">", "</edge>",
            "<data key=\"n_text\">", "<data key=\"e_kind\">rebuttal</data>", "</data>", "<graph>", "</graph>",
            "<key id=\"k\" for=\"node\" attr.name=\"colour\"/>", " xmlns=\"urn:x\"", " xmlns:x=\"urn:x\"", "<x:y>", "nul");

    private static List<byte[]> bases(MapFormat format) {
        List<byte[]> out = new ArrayList<>();
        for (long seed = 0; seed < 16; seed++) {
            ArgumentMap map = new RandomMaps(2000 + seed).map((int) (seed % 10));
            out.add(bytes(format, format == GRAPHML ? FormatCases.xmlCleaned(map) : map));
        }
        return out;
    }

    private static ArgumentMap expectedBack(MapFormat format, ArgumentMap map) {
        return format == ARGDOWN ? FormatCases.argdownOrder(map) : map;
    }

    /** Reads damaged bytes and checks the outcome; returns whether the map was accepted. */
    static boolean readDamaged(MapFormat format, byte[] damaged, String name) {
        return GUARD.check(name, () -> {
            ArgumentMap map;
            try {
                map = read(format, damaged, name).map();
            } catch (InvalidMapException e) {
                FormatCases.assertPlaced(e, name);
                return false;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError(name + ": " + e + " for " + new String(damaged, StandardCharsets.UTF_8), e);
            }
            // Damage that still leaves a valid map must leave one the format writes and reads back.
            byte[] again = bytes(format, map);
            assertThat(read(format, again, name).map()).as(name).isEqualTo(expectedBack(format, map));
            return true;
        });
    }

    private static void fuzz(MapFormat format, List<byte[]> fragments, int firstSeed) {
        List<byte[]> bases = bases(format);
        int[] accepted = {0};
        GUARD.loop(LOOP, () -> {
            for (int seed = firstSeed; seed < firstSeed + CASES; seed++) {
                Random r = new Random(seed);
                byte[] damaged = JsonMutationFuzzTest.mutate(bases.get(r.nextInt(bases.size())), r, fragments);
                if (readDamaged(format, damaged, "fuzz-seed-" + seed + "." + format.extensions().get(0))) {
                    accepted[0]++;
                }
            }
        });
        // Most damage breaks the map, yet some (a changed letter inside a text) does not: both paths ran.
        assertThat(accepted[0]).as(format.name()).isBetween(1, CASES - 1);
    }

    @Test
    void read_damagedAifIsReadOrRejectedWithPlacedProblems() {
        fuzz(AIF, AIF_FRAGMENTS, 10_000);
    }

    @Test
    void read_damagedArgdownIsReadOrRejectedWithPlacedProblems() {
        fuzz(ARGDOWN, ARGDOWN_FRAGMENTS, 20_000);
    }

    @Test
    void read_damagedGraphmlIsReadOrRejectedWithPlacedProblems() {
        fuzz(GRAPHML, GRAPHML_FRAGMENTS, 30_000);
    }

    /** Every prefix of a file short of its last significant byte is rejected; the whole file is read. */
    private static void everyTruncation(MapFormat format, ArgumentMap map, int keep) {
        byte[] base = bytes(format, map);
        int complete = base.length - keep;
        GUARD.loop(LOOP, () -> {
            for (int length = 0; length < complete; length++) {
                assertThat(readDamaged(format, Arrays.copyOf(base, length), "cut-" + length + "." + format.name()))
                        .as("%s cut at %d of %d", format.name(), length, base.length).isFalse();
            }
            for (int length = complete; length <= base.length; length++) {
                assertThat(readDamaged(format, Arrays.copyOf(base, length), "whole." + format.name())).isTrue();
            }
        });
    }

    @Test
    void read_everyTruncatedAifIsRejectedWithAPlace() {
        // The closing brace is the last significant byte; the newline after it is optional.
        everyTruncation(AIF, new RandomMaps(7).map(3), 1);
    }

    @Test
    void read_everyTruncatedGraphmlIsRejectedWithAPlace() {
        // "</graphml>" ends the document; the newline after it is optional.
        everyTruncation(GRAPHML, FormatCases.xmlCleaned(new RandomMaps(7).map(3)), 1);
    }

    @Test
    void read_everyTruncatedArgdownIsRejectedWithAPlace() {
        everyTruncation(ARGDOWN, new RandomMaps(7).map(3), 1);
    }
}
