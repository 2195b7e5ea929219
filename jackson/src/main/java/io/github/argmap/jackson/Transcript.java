package io.github.argmap.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.argmap.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JSON text of one value taken from a caller's parser, one token a line, with where each token
 * was in the caller's input.
 *
 * <p>argmap's reader reads text and reports {@code LINE:COLUMN} in that text. Jackson hands a
 * deserializer a parser, not text, and the parser may read a file, a network stream, a tree or a
 * buffer. So the value is written out again with every token at the start of its own line (commas
 * and colons go at the ends of lines): line {@code k} of the transcript is token {@code k}, and a
 * problem the reader finds there is moved back to where that token was in the caller's input.
 * Nothing is interpreted here: every field, known or not, reaches argmap's reader as written, which
 * is what lets the module accept and refuse exactly what the reader does as the format grows.
 *
 * <p>Cost: one pass over the value's tokens, written straight to UTF-8 bytes about as long as the value's compact JSON
 * plus one line break a token, and two ints a token for positions.
 */
final class Transcript {
    /** A JSON number as the JSON grammar writes it (other dataformats may write numbers otherwise). */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    /** The transcript, UTF-8, as argmap's reader reads it: no String and no re-encoding in between. */
    private final Utf8 text = new Utf8();
    private int[] lines = new int[64];
    private int[] columns = new int[64];
    private int tokens;

    /** Open containers: whether each is an object, and how many entries it has had. */
    private boolean[] object = new boolean[16];
    private int[] entries = new int[16];
    private int depth;

    /**
     * Copies the value at the parser's current token, leaving the parser at the value's last token,
     * as a deserializer must. A current {@code FIELD_NAME} means the object's start was consumed by
     * the caller (as with polymorphic type handling); the object is then copied from that field on.
     *
     * @param p the caller's parser, at a value's first token or at a field name
     * @return {@code true} when the value was complete; {@code false} when the input ended inside it
     * @throws IOException when the parser fails, such as on invalid JSON
     */
    boolean copy(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.FIELD_NAME) {
            startToken(p.currentTokenLocation());
            text.append('{');
            push(true);
        }
        while (true) {
            if (t == null) {
                return false;
            }
            write(t, p);
            if (depth == 0) {
                return true;
            }
            t = p.nextToken();
        }
    }

    private void write(JsonToken t, JsonParser p) throws IOException {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            depth--;
            newLine(p.currentTokenLocation());
            text.append(t == JsonToken.END_OBJECT ? '}' : ']');
            return;
        }
        if (depth > 0 && (!object[depth - 1] || t == JsonToken.FIELD_NAME)) {
            if (entries[depth - 1]++ > 0) {
                text.append(',');
            }
        }
        if (tokens > 0) {
            newLine(p.currentTokenLocation());
        } else {
            startToken(p.currentTokenLocation());
        }
        switch (t) {
            case START_OBJECT -> {
                text.append('{');
                push(true);
            }
            case START_ARRAY -> {
                text.append('[');
                push(false);
            }
            case FIELD_NAME -> {
                quote(p.currentName());
                text.append(':');
            }
            case VALUE_STRING -> quote(stringValue(p));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text.append(number(p));
            case VALUE_TRUE -> text.append("true");
            case VALUE_FALSE -> text.append("false");
            case VALUE_NULL -> text.append("null");
            // From a TokenBuffer or a binary dataformat: an object (or bytes) JSON has no text for.
            // A string naming its type reaches the reader, which refuses it where a string is wrong.
            default -> quote(String.valueOf(p.getEmbeddedObject()));
        }
    }

    /**
     * A string's value. Jackson decodes a string only when asked, so a broken one (an unescaped line
     * break, a bad escape) fails here rather than at its token. argmap's reader may never ask (a
     * string where an object belongs is reported and skipped first), so the transcript gets a
     * string that fails the same lazy way, {@code "\q"}, and the reader meets the failure where it
     * would have met the real one.
     */
    private String stringValue(JsonParser p) throws IOException {
        try {
            return p.getText();
        } catch (IOException e) {
            text.append("\"\\q\"");
            throw e;
        }
    }

    /** The number as its JSON text, so that argmap's reader sees exactly what the input wrote. */
    private static String number(JsonParser p) throws IOException {
        String written = p.getText();
        if (written != null && JSON_NUMBER.matcher(written).matches()) {
            return written;
        }
        // Not JSON's syntax (YAML's 0x1F, a TokenBuffer's NaN...): the value's own text, which the
        // reader refuses by name when it is not a finite JSON number.
        return String.valueOf(p.getNumberValue());
    }

    private void quote(String s) {
        text.append('"');
        if (plainAscii(s)) {
            text.append(s); // most ids and texts: no escaping and no encoding to do
        } else {
            text.append(JsonStringEncoder.getInstance().quoteAsUTF8(s));
        }
        text.append('"');
    }

    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private void push(boolean isObject) {
        if (depth == object.length) {
            object = Arrays.copyOf(object, depth * 2);
            entries = Arrays.copyOf(entries, depth * 2);
        }
        object[depth] = isObject;
        entries[depth] = 0;
        depth++;
    }

    private void newLine(JsonLocation where) {
        text.append('\n');
        startToken(where);
    }

    private void startToken(JsonLocation where) {
        if (tokens == lines.length) {
            lines = Arrays.copyOf(lines, tokens * 2);
            columns = Arrays.copyOf(columns, tokens * 2);
        }
        lines[tokens] = where == null ? -1 : where.getLineNr();
        columns[tokens] = where == null ? -1 : where.getColumnNr();
        tokens++;
    }

    /**
     * The transcript as JSON, UTF-8.
     *
     * @param ending ASCII text to append, such as a token that stops the reader at the end
     * @return a stream over the bytes, which are not copied
     */
    InputStream json(String ending) {
        if (ending.isEmpty()) {
            return new ByteArrayInputStream(text.bytes, 0, text.length);
        }
        return new SequenceInputStream(new ByteArrayInputStream(text.bytes, 0, text.length),
                new ByteArrayInputStream(ending.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Moves problems found in the transcript back to the caller's input.
     *
     * @param problems problems with transcript positions
     * @param file the name to give them
     * @return the problems at the input's lines and columns, or with only their JSON pointer when the
     *     input has no positions (a tree or a buffer)
     */
    List<Problem> relocate(List<Problem> problems, String file) {
        List<Problem> moved = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            moved.add(relocate(problem, file));
        }
        return moved;
    }

    private Problem relocate(Problem problem, String file) {
        // Withers, not the canonical constructor: whatever else a problem carries is kept.
        Problem unplaced = problem.inFile(file).atPosition(0, 0);
        int k = problem.line() - 1;
        if (!problem.hasPosition() || k >= tokens || lines[k] < 1) {
            return unplaced;
        }
        // Within a token (rare: the reader points at tokens) keep the offset; a column the input
        // does not know (some dataformats) stays at the token's start.
        int column = columns[k] < 1 ? 1 : columns[k] + Math.max(0, problem.column() - 1);
        return unplaced.atPosition(lines[k], column);
    }

    /**
     * Where the input ended, for a value the input did not close: just after its last token.
     *
     * @param p the caller's parser
     * @return the location, or {@code null} when the parser knows none
     */
    static JsonLocation end(JsonParser p) {
        JsonLocation l = p.currentLocation();
        return l == null || l.getLineNr() < 1 ? null : l;
    }

    /** A growable UTF-8 buffer. */
    private static final class Utf8 {
        byte[] bytes = new byte[8192];
        int length;

        void append(char ascii) {
            room(1);
            bytes[length++] = (byte) ascii;
        }

        void append(String ascii) {
            for (int i = 0; i < ascii.length(); i++) {
                append(ascii.charAt(i));
            }
        }

        void append(byte[] utf8) {
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
