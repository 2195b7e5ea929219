package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Valid JSON maps with random byte damage are either read or rejected with positioned problems;
 * nothing else ever comes out of the reader.
 */
class JsonMutationFuzzTest {
    /** A hang guard, not a performance bound: one case takes milliseconds. */
    private static final HangGuard GUARD = new HangGuard(Duration.ofSeconds(5));
    /** How long a whole loop of cases may take before it counts as hung. */
    private static final Duration LOOP = Duration.ofMinutes(3);

    /** Fragments that steer damage towards the reader's interesting paths rather than plain typos. */
    private static final List<byte[]> FRAGMENTS = List.of(
            b("{"), b("}"), b("["), b("]"), b("\""), b(","), b(":"), b("\\"), b("\\u"), b("\\uD800"),
            b("null"), b("true"), b("1"), b("1.0"), b("-0"), b("1e999"), b("NaN"), b("\"\""), b("{}"), b("[]"),
            b("\"id\": \"x\""), b("\"argmap\": 2"), b("\"claims\": {}"), b("\"kind\": \"support\""),
            b("//"), b("/*"), b("'"), b("\u0000"), b("😀"), new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0, 0, 0}, new byte[] {(byte) 0xFE, (byte) 0xFF});

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> bases() {
        List<byte[]> out = new ArrayList<>();
        for (long seed = 0; seed < 24; seed++) {
            out.add(b(JsonMapWriter.toJson(new RandomMaps(1000 + seed).map((int) (seed % 12)))));
        }
        return out;
    }

    static byte[] mutate(byte[] in, Random r) {
        return mutate(in, r, FRAGMENTS);
    }

    /** Applies one to four random damages to a copy of {@code in}, inserting and prepending from {@code fragments}. */
    static byte[] mutate(byte[] in, Random r, List<byte[]> fragments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] doc = in;
        for (int m = 1 + r.nextInt(4); m > 0; m--) {
            int at = doc.length == 0 ? 0 : r.nextInt(doc.length);
            int span = doc.length == 0 ? 0 : 1 + r.nextInt(Math.min(40, doc.length - at));
            out.reset();
            switch (r.nextInt(7)) {
                case 0: // flip one bit
                    doc = doc.clone();
                    if (doc.length > 0) {
                        doc[at] ^= (byte) (1 << r.nextInt(8));
                    }
                    continue;
                case 1: // insert a fragment
                    out.write(doc, 0, at);
                    out.writeBytes(fragments.get(r.nextInt(fragments.size())));
                    out.write(doc, at, doc.length - at);
                    break;
                case 2: // delete a span
                    out.write(doc, 0, at);
                    out.write(doc, at + span, doc.length - at - span);
                    break;
                case 3: // duplicate a span
                    out.write(doc, 0, at + span);
                    out.write(doc, at, doc.length - at);
                    break;
                case 5: // prepend a fragment: the first bytes decide how Jackson decodes the rest
                    out.writeBytes(fragments.get(r.nextInt(fragments.size())));
                    out.write(doc, 0, doc.length);
                    break;
                case 4: // truncate
                    out.write(doc, 0, at);
                    break;
                default: // random byte
                    doc = doc.clone();
                    if (doc.length > 0) {
                        doc[at] = (byte) r.nextInt(256);
                    }
                    continue;
            }
            doc = out.toByteArray();
        }
        return doc;
    }

    /** Reads damaged bytes and checks the outcome; returns whether the map was accepted. */
    static boolean readDamaged(byte[] damaged, String name) {
        return GUARD.check(name, () -> {
            ArgumentMap map;
            try {
                map = JsonMapReader.read(new ByteArrayInputStream(damaged), name);
            } catch (InvalidMapException e) {
                assertThat(e.problems()).isNotEmpty();
                for (Problem p : e.problems()) {
                    assertThat(p.file()).as("%s: %s", name, p).isEqualTo(name);
                    // The reader knows where every value is, so every problem has a place.
                    assertThat(p.line()).as("%s: %s", name, p).isPositive();
                    assertThat(p.column()).as("%s: %s", name, p).isPositive();
                    assertThat(p.message()).as("%s: %s", name, p).isNotBlank().doesNotContain("StreamReadConstraints");
                }
                return false;
            }
            // Damage that still leaves a valid map must leave a map that behaves like any other.
            assertThat(JsonMapReader.read(JsonMapWriter.toJson(map), name)).isEqualTo(map);
            return true;
        });
    }

    @Test
    void read_damagedMapsAreReadOrRejectedWithPlacedProblems() {
        List<byte[]> bases = bases();
        int[] accepted = {0};
        // 600 cases in the default build, 3,000 under -Pscale, as the other format fuzzers.
        int cases = Integer.getInteger("argmap.fuzzCases", 3000);
        GUARD.loop(LOOP, () -> {
            for (int seed = 0; seed < cases; seed++) {
                Random r = new Random(seed);
                byte[] damaged = mutate(bases.get(r.nextInt(bases.size())), r);
                if (readDamaged(damaged, "fuzz-" + seed + ".json")) {
                    accepted[0]++;
                }
            }
        });
        // Most damage breaks the map, yet some (a changed letter inside a text) does not: both paths ran.
        assertThat(accepted[0]).isBetween(1, cases - 1);
    }

    @Test
    void read_everyTruncationIsRejectedWithAPlace() {
        byte[] base = b(JsonMapWriter.toJson(new RandomMaps(7).map(3)));
        // Every prefix short of the closing brace is incomplete JSON; the trailing newline is optional.
        int closing = base.length - 2;
        GUARD.loop(LOOP, () -> {
            for (int length = 0; length <= closing; length++) {
                assertThat(readDamaged(Arrays.copyOf(base, length), "cut-" + length + ".json"))
                        .as("cut at %d", length).isFalse();
            }
            assertThat(readDamaged(Arrays.copyOf(base, closing + 1), "whole.json")).isTrue();
        });
    }
}
