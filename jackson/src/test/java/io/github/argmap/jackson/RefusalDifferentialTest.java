package io.github.argmap.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The module accepts what argmap's reader accepts, as the same map, and refuses what it refuses, with
 * the same problems at the same lines and columns: checked on thousands of damaged maps, each read
 * by both from the same bytes.
 */
class RefusalDifferentialTest {
    private static final String[] INSERTS = {
        "{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "0", "-1", "1e999", "2.5", "null", "true",
        "\"x\"", "\"id\"", "\"speaker\": \"nobody\"", "\"kind\": \"attack\"", "\"argmap\": 2,", "\"extra\": 1,",
        "\u00e9", "\uD83D\uDE00", "/*c*/", "\t", "\u0000", "NaN"
    };

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ArgmapModule());

    @Test
    void damagedPanelsAreAcceptedAndRefusedAsArgmapDoes() throws Exception {
        check(Files.readAllBytes(ArgmapModuleTest.PANEL), 400, 1);
    }

    @Test
    void damagedSmallMapsAreAcceptedAndRefusedAsArgmapDoes() throws Exception {
        for (long seed = 0; seed < 40; seed++) {
            check(JsonMapWriter.toJson(RandomMaps.map(seed)).getBytes(StandardCharsets.UTF_8), 50, seed);
        }
    }

    private void check(byte[] original, int mutants, long seed) throws Exception {
        Random r = new Random(seed);
        int refused = 0;
        for (int i = 0; i < mutants; i++) {
            byte[] damaged = mutate(original, r);
            if (new String(damaged, StandardCharsets.UTF_8).isBlank()) {
                continue; // Jackson itself refuses an empty document before any deserializer runs.
            }
            Outcome argmap = argmap(damaged);
            Outcome module = module(damaged);
            String what = "mutant " + i + " of seed " + seed;
            assertThat(module.problems()).as(what).isEqualTo(argmap.problems());
            assertThat(module.map()).as(what).isEqualTo(argmap.map());
            refused += argmap.problems().isEmpty() ? 0 : 1;
        }
        // Most damage breaks the map; the test would prove little if none did, or all.
        assertThat(refused).isGreaterThan(mutants / 4).isLessThanOrEqualTo(mutants);
    }

    private static byte[] mutate(byte[] original, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = r.nextInt(original.length);
        int len = Math.min(original.length - at, 1 + r.nextInt(r.nextBoolean() ? 3 : 60));
        switch (r.nextInt(5)) {
            case 0 -> { // delete
                out.write(original, 0, at);
                out.write(original, at + len, original.length - at - len);
            }
            case 1 -> { // insert
                out.write(original, 0, at);
                out.writeBytes(INSERTS[r.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
                out.write(original, at, original.length - at);
            }
            case 2 -> { // replace
                out.write(original, 0, at);
                out.writeBytes(INSERTS[r.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
                out.write(original, at + len, original.length - at - len);
            }
            case 3 -> { // duplicate
                out.write(original, 0, at + len);
                out.write(original, at, original.length - at);
            }
            default -> // truncate
                out.write(original, 0, at);
        }
        return out.toByteArray();
    }

    record Outcome(ArgumentMap map, List<Problem> problems) {}

    private static Outcome argmap(byte[] json) throws Exception {
        try {
            return new Outcome(JsonMapReader.read(new ByteArrayInputStream(json), ""), List.of());
        } catch (InvalidMapException e) {
            return new Outcome(null, e.problems());
        }
    }

    private Outcome module(byte[] json) throws Exception {
        try {
            return new Outcome(mapper.readValue(json, ArgumentMap.class), List.of());
        } catch (ArgmapMappingException e) {
            return new Outcome(null, e.problems());
        }
    }
}
