package io.github.argmap.core.internal;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.internal.Messages;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a text file's bytes into a string strictly, for format readers that must not read damaged
 * bytes as U+FFFD and carry on: UTF-8, with or without its byte order mark, or UTF-16 with one.
 *
 * <pre>{@code
 * String text = UnicodeText.decode(bytes, "debate.argdown");   // BOM dropped
 * }</pre>
 */
public final class UnicodeText {
    private UnicodeText() {}

    /**
     * Decodes a file's bytes.
     *
     * @param bytes the file
     * @param name the name problems are reported under
     * @return the text, without a byte order mark
     * @throws InvalidMapException when the bytes are not well-formed in the encoding, placed at the
     *     line and column of the first bad byte
     */
    public static String decode(byte[] bytes, String name) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.position(); i++) {
                char c = out.get(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= out.position() || out.get(i + 1) != '\n'))) {
                    line++;
                    column = 1;
                } else if (c != '\r') {
                    column++;
                }
            }
            String what = charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
            throw new InvalidMapException(List.of(new Problem(name, line, column, "",
                    format(Messages.NOT_WELL_FORMED_TEXT, what, in.position(), what))));
        }
        out.flip();
        return out.toString();
    }
}
