package io.github.argmap.api.semantics.iccma;

import static io.github.argmap.api.internal.Messages.format;

import io.github.argmap.api.internal.Messages;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one file, positioned, with a cap so that a garbage file stays readable. */
final class Problems {
    static final int MAX = 100;

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** Records a problem; throws once there are more than {@link #MAX}. */
    void add(int line, int column, String message) {
        found.add(new Problem(file, line, column, "", message));
        if (found.size() == MAX) {
            found.add(new Problem(file, line, column, "", format(Messages.TOO_MANY_PROBLEMS, MAX)));
            throwIfAny();
        }
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidMapException(found);
        }
    }

    /**
     * Decodes strict UTF-8; a file that is not UTF-8 is a problem of the file, not an I/O failure,
     * placed at the first byte that is not UTF-8 (its line, and its column in characters).
     */
    static String decode(InputStream in, String file) throws IOException {
        byte[] bytes = in.readAllBytes();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            int bad = input.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // Everything before the bad byte decoded, so the line's start decodes too.
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new InvalidMapException(List.of(new Problem(file, line, column, "",
                    format(Messages.NOT_UTF8, bytes[bad] & 0xFF))));
        }
        output.flip();
        String text = output.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
