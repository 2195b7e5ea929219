package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Random valid maps, with every kind of awkward character in their texts, survive the JSON writer
 * and reader unchanged.
 */
class JsonRoundTripTest {
    private static final int MAPS = 400;

    private static byte[] bytes(ArgumentMap map) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonMapWriter.write(map, out);
        return out.toByteArray();
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Test
    void roundTrip_randomMapsReadBackEqual() throws IOException {
        for (long seed = 0; seed < MAPS; seed++) {
            ArgumentMap map = new RandomMaps(seed).map((int) (seed % 40));
            byte[] written = bytes(map);
            ArgumentMap back = JsonMapReader.read(new ByteArrayInputStream(written), "seed-" + seed + ".json");
            assertThat(back).as("seed %d", seed).isEqualTo(map);
            // Writing what was read gives the same bytes: the format has one spelling per map.
            assertThat(bytes(back)).as("seed %d", seed).isEqualTo(written);
            assertThat(JsonMapReader.read(JsonMapWriter.toJson(map), "s.json")).as("seed %d", seed).isEqualTo(map);
        }
    }

    @Test
    void write_outputIsAlwaysWellFormedUtf8() throws IOException {
        for (long seed = 0; seed < MAPS; seed++) {
            byte[] written = bytes(new RandomMaps(seed).map((int) (seed % 40)));
            // A lone surrogate encoded naively would be a malformed 3-byte sequence (CESU) or '?'.
            strictUtf8(written);
        }
    }

    /**
     * Java strings may hold lone surrogates, which UTF-8 cannot encode. The writer escapes them as
     * {@code \\uD800}, which JSON allows and the reader turns back into the same char, so nothing is
     * lost and the file stays valid UTF-8.
     */
    @Test
    void write_escapesLoneSurrogatesAndReadsThemBack() throws IOException {
        ArgumentMap map = ArgumentMap.builder().title("high \uD800 low \uDC00 reversed \uDC00\uD800 end \uD83D")
                .addClaim(Claim.of("a", "pair 😀 kept whole"))
                .build();
        String json = strictUtf8(bytes(map));
        assertThat(json).contains("\"title\": \"high \\uD800 low \\uDC00 reversed \\uDC00\\uD800 end \\uD83D\"");
        assertThat(json).contains("\"text\": \"pair 😀 kept whole\"");
        assertThat(JsonMapReader.read(json, "s.json")).isEqualTo(map);
    }

    @Test
    void write_escapesControlCharactersAndKeepsOtherTextAsIs() throws IOException {
        ArgumentMap map = ArgumentMap.builder().title("nul\u0000 tab\t nl\n del\u007F ls\u2028 \"q\" \\ שלום e\u0301")
                .addClaim(Claim.of("a", "b"))
                .build();
        String json = strictUtf8(bytes(map));
        // JSON must escape U+0000..U+001F, '"' and '\'; DEL, U+2028 and RTL letters may stay raw.
        assertThat(json).contains("\"title\": \"nul\\u0000 tab\\t nl\\n del\u007F ls\u2028 \\\"q\\\" \\\\ שלום e\u0301\"");
        assertThat(JsonMapReader.read(json, "s.json")).isEqualTo(map);
    }
}
