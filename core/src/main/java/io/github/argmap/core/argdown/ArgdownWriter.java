package io.github.argmap.core.argdown;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.LinkedGroups;
import io.github.argmap.core.internal.jackson.JsonFields;
import io.github.argmap.core.internal.TextLimits;
import io.github.argmap.core.internal.jackson.JsonLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes Argdown; see the package documentation for the layout and the escaping. */
final class ArgdownWriter {
    /** The version of the {@code argmap} front-matter object. */
    static final int VERSION = 1;
    static final String INDENT = "    ";
    /**
     * The last line of every file: a comment to Argdown; to argmap's reader, proof that the file
     * was not cut short (a truncated file would otherwise read as a smaller map).
     */
    static final String END = "// argmap: end of map";
    private static final Pattern PLAIN_TAG = Pattern.compile("[A-Za-z0-9_-]+");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ArgdownWriter() {}

    static void write(ArgumentMap map, OutputStream out) throws IOException {
        // A text the reader would refuse makes a file that cannot be read back: refuse it before writing.
        List<Problem> tooLong = TextLimits.tooLong(map);
        if (!tooLong.isEmpty()) {
            throw new InvalidMapException(tooLong);
        }
        StringBuilder s = new StringBuilder();
        s.append("===\n");
        s.append("title: ").append(json(g -> g.writeString(map.title()))).append('\n');
        s.append("argmap: ").append(json(g -> {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            JsonFields.source(g, map.source());
            if (!map.notes().isEmpty()) {
                g.writeArrayFieldStart("notes");
                for (String note : map.notes()) {
                    g.writeString(note);
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("speakers");
            for (Speaker sp : map.speakers()) {
                g.writeStartObject();
                JsonFields.speakerFields(g, sp);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        })).append('\n');
        s.append("===\n");

        Map<String, List<LinkedGroups.Premise>> outgoing = new HashMap<>();
        for (LinkedGroups.Premise premise : LinkedGroups.expand(map.relations(), "Argdown")) {
            outgoing.computeIfAbsent(premise.relation().source(), k -> new ArrayList<>()).add(premise);
        }
        // Claims without a section come first, before any heading; then each section's claims.
        Map<String, List<Claim>> bySection = new LinkedHashMap<>();
        bySection.put("", new ArrayList<>());
        for (Section section : map.sections()) {
            bySection.put(section.id(), new ArrayList<>());
        }
        for (Claim c : map.claims()) {
            bySection.get(c.section().orElse("")).add(c);
        }
        for (Claim c : bySection.get("")) {
            statement(s, c, outgoing.getOrDefault(c.id(), List.of()));
        }
        for (Section section : map.sections()) {
            s.append("\n# ").append(escape(section.title())).append(' ').append(json(g -> {
                g.writeStartObject();
                g.writeStringField("id", section.id());
                // The reader trims a heading's text, as Argdown does; the exact title then travels in the metadata.
                if (lossy(section.title()) || !section.title().equals(section.title().trim())) {
                    g.writeStringField("title", section.title());
                }
                g.writeEndObject();
            })).append('\n');
            for (Claim c : bySection.get(section.id())) {
                statement(s, c, outgoing.getOrDefault(c.id(), List.of()));
            }
        }
        s.append('\n').append(END).append('\n');
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void statement(StringBuilder s, Claim c, List<LinkedGroups.Premise> outgoing) {
        s.append('\n').append('[').append(title(c.id())).append("]: ").append(escape(c.text()));
        for (String tag : c.tags()) {
            s.append(" #").append(PLAIN_TAG.matcher(tag).matches() ? tag : "(" + tag + ")");
        }
        boolean relationData = outgoing.stream().anyMatch(p -> p.relation().note().isPresent() || p.group().isPresent());
        if (c.speaker().isPresent() || c.quote().isPresent() || c.note().isPresent() || c.weight().isPresent()
                || lossy(c.text()) || relationData) {
            s.append(' ').append(json(g -> {
                g.writeStartObject();
                JsonFields.optional(g, "speaker", c.speaker());
                JsonFields.optional(g, "quote", c.quote());
                JsonFields.optional(g, "note", c.note());
                if (c.weight().isPresent()) {
                    g.writeNumberField("weight", c.weight().getAsDouble());
                }
                if (lossy(c.text())) {
                    g.writeStringField("text", c.text());
                }
                if (relationData) {
                    g.writeObjectFieldStart("relations");
                    for (LinkedGroups.Premise p : outgoing) {
                        Relation r = p.relation();
                        if (r.note().isPresent() || p.group().isPresent()) {
                            g.writeObjectFieldStart(r.to());
                            JsonFields.optional(g, "note", r.note());
                            JsonFields.optional(g, "group", p.group());
                            g.writeEndObject();
                        }
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }));
        }
        s.append('\n');
        for (LinkedGroups.Premise p : outgoing) {
            Relation r = p.relation();
            s.append(INDENT).append(r.isSupport() ? "+> [" : "-> [").append(title(r.to())).append("]\n");
        }
    }

    /**
     * A claim id as an Argdown title. Argdown does not take a reference whose title starts with
     * {@code -}, so such an id gets one leading space, which the reader drops again.
     */
    static String title(String id) {
        return id.startsWith("-") ? " " + id : id;
    }

    /** Tells whether a text cannot stand on one Argdown line as it is. */
    static boolean lossy(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || loneSurrogateAt(text, 0) >= 0;
    }

    /**
     * The index of the first surrogate at or after {@code from} that is not half of a pair, or -1.
     * A Java string may hold one; UTF-8 cannot encode it, so it would be written as {@code ?}.
     */
    static int loneSurrogateAt(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Escapes a text so that Argdown reads it as plain text: every character that could open
     * markup, a tag, a reference, a mention, a comment, metadata or front matter gets a backslash;
     * line breaks become spaces and lone surrogates U+FFFD (the exact text then travels in the
     * metadata).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int lone = loneSurrogateAt(text, 0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (i == lone) {
                out.append('\uFFFD');
                lone = loneSurrogateAt(text, i + 1);
                continue;
            }
            switch (c) {
                case '\n':
                case '\r':
                    out.append(' ');
                    break;
                case '\\': case '@': case '#': case '*': case '_': case '[': case ']':
                case '<': case '>': case '{': case '}': case '/':
                    out.append('\\').append(c);
                    break;
                case '.':
                case ':':
                    // ".name." and ":name:" are Argdown shortcodes for special characters.
                    if (!Character.isWhitespace(next)) {
                        out.append('\\');
                    }
                    out.append(c);
                    break;
                case '=':
                    // "===" opens front matter anywhere.
                    if (next == '=') {
                        out.append('\\');
                    }
                    out.append(c);
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * One line of JSON, which is also YAML flow syntax, as Argdown metadata and front matter take it.
     * Braces and equals signs inside strings are written as backslash-u escapes, so that Argdown's
     * metadata and front-matter delimiters never appear inside a value. A lone surrogate, which
     * UTF-8 cannot encode, is written as its backslash-u escape, which JSON reads back as the same char.
     */
    static String json(JsonBody body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.setCharacterEscapes(Escapes.INSTANCE);
            g.setPrettyPrinter(JsonLayout.inlineFrom(1));
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String json = w.toString();
        int lone = loneSurrogateAt(json, 0);
        if (lone < 0) {
            return json;
        }
        // Outside strings JSON is ASCII, so a lone surrogate is always inside a string, where an escape is allowed.
        StringBuilder out = new StringBuilder(json.length() + 16);
        int start = 0;
        for (; lone >= 0; lone = loneSurrogateAt(json, start)) {
            out.append(json, start, lone).append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) json.charAt(lone)));
            start = lone + 1;
        }
        return out.append(json, start, json.length()).toString();
    }

    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final Escapes INSTANCE = new Escapes();
        private final int[] table;

        private Escapes() {
            table = CharacterEscapes.standardAsciiEscapesForJSON();
            table['{'] = CharacterEscapes.ESCAPE_STANDARD;
            table['}'] = CharacterEscapes.ESCAPE_STANDARD;
            table['='] = CharacterEscapes.ESCAPE_STANDARD;
            table[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        /**
         * Escapes what Argdown's YAML reader (js-yaml) refuses as non-printable, C1 controls and
         * U+FFFE/U+FFFF, and the line and paragraph separators, which end a line for the JavaScript
         * regular expressions of Argdown's lexer and so cut the metadata in two; also the BOM.
         */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            if ((ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029 || ch == 0xFEFF || ch == 0xFFFE || ch == 0xFFFF) {
                return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
            }
            return null;
        }
    }
}
