package io.github.argmap.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8ChunksTest {
    @Test
    void write_givesTheBytesOfStringGetBytes() throws IOException {
        // 1-, 2-, 3- and 4-byte characters, and lone surrogates of both kinds, which getBytes
        // writes as '?'; ranges may start or end inside a pair.
        String alphabet = "a<\u00E9\u00FF\u0100\u20AC\uFFFD\uD83D\uDE00\uDE00\uD83D";
        Random random = new Random(20261125);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 4_990 ? 40 : 200_000);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int start = length == 0 ? 0 : random.nextInt(length);
            int end = start + (length == start ? 0 : random.nextInt(length - start + 1));
            String expected = text.substring(start, end);
            for (CharSequence form : new CharSequence[] {text, text.toString(), CharBuffer.wrap(text)}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Utf8Chunks chunks = new Utf8Chunks(out);
                chunks.write(form, start, end);
                chunks.write(form, 0, 0);
                assertThat(out.toByteArray()).as("seed 20261125, round %d, %s", round, form.getClass().getSimpleName())
                        .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
