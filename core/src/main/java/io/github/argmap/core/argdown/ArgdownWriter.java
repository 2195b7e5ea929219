package io.github.argmap.core.argdown;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
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
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
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
    /**
     * The data key of the one heading written for a map without claims, arguments or sections:
     * Argdown needs at least one block after the front matter, and the reader drops this one.
     */
    static final String EMPTY_MARK = "argmap-empty-map";
    /** The Argdown model setting argmap's files turn off (in the front matter's {@code model}). */
    static final String NO_TRANSFORM = "transformArgumentRelations";
    private static final Pattern PLAIN_TAG = Pattern.compile("[A-Za-z0-9_-]+");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ArgdownWriter() {}

    static void write(ArgumentMap map, OutputStream out) throws IOException {
        // A text the reader would refuse makes a file that cannot be read back: refuse it before writing.
        List<Problem> tooLong = TextLimits.tooLong(map);
        if (!tooLong.isEmpty()) {
            throw new InvalidMapException(tooLong);
        }
        new Layout(map).write(out);
    }

    /** The Argdown titles chosen for the map's nodes and what the reader needs to get the same ids back. */
    private static final class Layout {
        final ArgumentMap map;
        final StringBuilder s = new StringBuilder();
        final Map<String, String> argdownTitle = new HashMap<>();
        final Map<String, Integer> derivedCount = new HashMap<>();
        /** The arguments written with a premise-conclusion structure. */
        final Set<String> structured = new HashSet<>();

        Layout(ArgumentMap map) {
            this.map = map;
            // Argdown joins statements of one title into one: every node gets a title of its own,
            // statements and arguments each in their own namespace, as in Argdown.
            Set<String> statementTitles = new HashSet<>();
            Set<String> argumentTitles = new HashSet<>();
            for (Claim c : map.claims()) {
                argdownTitle.put(c.id(), choose(c.id(), c.title(), statementTitles, ']'));
            }
            for (Argument a : map.arguments()) {
                argdownTitle.put(a.id(), choose(a.id(), a.title(), argumentTitles, '>'));
            }
            for (String t : argdownTitle.values()) {
                derivedCount.merge(ArgdownReader.deriveId(t, "x"), 1, Integer::sum);
            }
            Map<String, Set<String>> rebuts = new HashMap<>();
            for (Relation r : map.relations()) {
                if (r.isRebuttal()) {
                    for (String p : r.from()) {
                        rebuts.computeIfAbsent(p, k -> new HashSet<>()).add(r.to());
                    }
                }
            }
            for (Argument a : map.arguments()) {
                if (a.premises().isEmpty() || a.conclusion().isEmpty()) {
                    continue;
                }
                boolean redundant = false;
                for (Map.Entry<String, Set<String>> e : rebuts.entrySet()) {
                    if (e.getValue().contains(a.id()) && map.isClaim(e.getKey())) {
                        for (String p : a.premises()) {
                            redundant |= e.getValue().contains(p);
                        }
                    }
                }
                if (!redundant) {
                    structured.add(a.id());
                }
            }
        }

        /** The title itself when Argdown can hold it and no other node has it; else the id. */
        static String choose(String id, Optional<String> title, Set<String> used, char close) {
            if (title.isPresent() && safeTitle(title.get(), close) && used.add(title.get())) {
                return title.get();
            }
            String t = id.startsWith("-") ? " " + id : id;
            for (int k = 2; !used.add(t); k++) {
                t = id + " (" + k + ")";
            }
            return t;
        }

        static boolean safeTitle(String t, char close) {
            if (t.isEmpty() || t.startsWith("-") || !t.equals(t.strip()) || t.indexOf(close) >= 0) {
                return false;
            }
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (ArgdownLexer.isLineTerminator(c) || c == '[' || c == '<' || Character.isSurrogate(c)) {
                    return false;
                }
            }
            return !t.startsWith("Untitled ");
        }

        /** Whether the reader, deriving an id from the Argdown title, gets this id back without help. */
        boolean needsId(String id) {
            String t = argdownTitle.get(id);
            String derived = ArgdownReader.deriveId(t, "x");
            return !derived.equals(id) || derivedCount.get(derived) > 1;
        }

        void write(OutputStream out) throws IOException {
            frontMatter();
            // Claims and arguments without a section come first, before any heading; then each section's.
            Map<String, List<Claim>> claims = new LinkedHashMap<>();
            Map<String, List<Argument>> arguments = new LinkedHashMap<>();
            claims.put("", new ArrayList<>());
            arguments.put("", new ArrayList<>());
            for (Section section : map.sections()) {
                claims.put(section.id(), new ArrayList<>());
                arguments.put(section.id(), new ArrayList<>());
            }
            for (Claim c : map.claims()) {
                claims.get(c.section().orElse("")).add(c);
            }
            for (Argument a : map.arguments()) {
                arguments.get(a.section().orElse("")).add(a);
            }
            group(claims.get(""), arguments.get(""));
            Map<String, Integer> sectionDerived = new HashMap<>();
            for (Section section : map.sections()) {
                sectionDerived.merge(ArgdownReader.deriveId(section.title(), "s"), 1, Integer::sum);
            }
            for (Section section : map.sections()) {
                String title = section.title().strip();
                boolean exactTitle = lossy(section.title()) || !section.title().equals(title) || title.isEmpty();
                String derived = ArgdownReader.deriveId(title, "s");
                s.append("\n# ").append(title.isEmpty() ? escape(section.id()) : escape(title));
                if (exactTitle || !derived.equals(section.id()) || sectionDerived.get(derived) > 1) {
                    s.append(' ').append(json(g -> {
                        g.writeStartObject();
                        g.writeStringField("id", section.id());
                        if (exactTitle) {
                            g.writeStringField("title", section.title());
                        }
                        g.writeEndObject();
                    }));
                }
                s.append('\n');
                group(claims.get(section.id()), arguments.get(section.id()));
            }
            if (map.claims().isEmpty() && map.arguments().isEmpty() && map.sections().isEmpty()) {
                s.append("\n# ").append(map.title().isBlank() ? "Empty map" : escape(map.title().strip()))
                        .append(" {\"").append(EMPTY_MARK).append("\": true}\n");
            }
            List<Relation> relations = map.relations();
            Map<Relation, String[]> ends = ends();
            for (int i = 0; i < relations.size(); i++) {
                relation(relations.get(i), i, ends.get(relations.get(i)));
            }
            s.append('\n').append(END).append('\n');
            out.write(s.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void frontMatter() {
            s.append("===\n");
            s.append("title: ").append(json(g -> g.writeString(map.title()))).append('\n');
            s.append("argmap: ").append(json(g -> {
                g.writeStartObject();
                g.writeNumberField("version", VERSION);
                JsonFields.source(g, map.source());
                JsonFields.strings(g, "notes", map.notes());
                g.writeArrayFieldStart("speakers");
                for (Speaker sp : map.speakers()) {
                    g.writeStartObject();
                    JsonFields.speakerFields(g, sp);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            })).append('\n');
            if (!structured.isEmpty()) {
                // Argdown would move an argument's relations to its conclusion, and an undercut of it to its
                // inference; argmap's relations start and end where the map says.
                s.append("model: {\"").append(NO_TRANSFORM).append("\": false}\n");
            }
            // Metadata keys as written: the reader flattens nested front matter to dotted keys, so a
            // dotted key stays one key (and "model.mode" does not switch the Argdown CLI to strict mode).
            for (Map.Entry<String, String> e : map.metadata().entrySet()) {
                if (e.getKey().equals("title") || e.getKey().equals("argmap")) {
                    continue;
                }
                s.append(json(g -> g.writeString(e.getKey()))).append(": ").append(json(g -> g.writeString(e.getValue())))
                        .append('\n');
            }
            s.append("===\n");
        }

        void group(List<Claim> claims, List<Argument> arguments) {
            for (Claim c : claims) {
                statement(c);
            }
            for (Argument a : arguments) {
                argument(a);
            }
        }

        void tags(List<String> tags) {
            for (String tag : tags) {
                String original = map.metadata().get("tag." + tag);
                if (original != null && original.indexOf(')') < 0 && !original.isBlank() && original.equals(original.strip())
                        && !lossy(original) && ArgdownReader.deriveId(original, "tag").equals(tag)) {
                    s.append(" #(").append(original).append(')');
                } else {
                    s.append(" #").append(PLAIN_TAG.matcher(tag).matches() ? tag : "(" + tag + ")");
                }
            }
        }

        void statement(Claim c) {
            String title = argdownTitle.get(c.id());
            boolean exactText = lossy(c.text());
            s.append('\n').append('[').append(title).append("]: ").append(escape(c.text()));
            tags(c.tags());
            boolean id = needsId(c.id());
            // No title, but an Argdown title other than the id: "" tells the reader there is none.
            boolean exactTitle = c.title().isPresent() ? !c.title().get().equals(title) : !title.equals(c.id());
            if (id || exactTitle || exactText || c.speaker().isPresent() || c.quote().isPresent() || c.note().isPresent()
                    || c.weight().isPresent()) {
                s.append(' ').append(json(g -> {
                    g.writeStartObject();
                    if (id) {
                        g.writeStringField("id", c.id());
                    }
                    if (exactTitle) {
                        g.writeStringField("title", c.title().orElse(""));
                    }
                    JsonFields.fields(g, c, ArgdownFields.CLAIM_DATA);
                    if (exactText) {
                        g.writeStringField("text", c.text());
                    }
                    g.writeEndObject();
                }));
            }
            s.append('\n');
        }

        /**
         * Whether an argument is written with a premise-conclusion structure: it needs premises and a
         * conclusion, and no claim may rebut both the argument and one of its premises, as the Argdown
         * CLI then drops the rebuttal of the argument as redundant. Otherwise premises and conclusion
         * go into the argument's data.
         */
        boolean reconstructed(Argument a) {
            return structured.contains(a.id());
        }

        void argument(Argument a) {
            String title = argdownTitle.get(a.id());
            boolean exactText = lossy(a.text());
            s.append('\n').append('<').append(title).append('>');
            if (!a.text().isEmpty()) {
                s.append(": ").append(escape(a.text()));
            }
            tags(a.tags());
            boolean id = needsId(a.id());
            boolean exactTitle = a.title().isPresent() ? !a.title().get().equals(title) : !title.equals(a.id());
            boolean structure = !reconstructed(a) && (!a.premises().isEmpty() || a.conclusion().isPresent());
            if (id || exactTitle || exactText || structure || a.speaker().isPresent() || a.quote().isPresent()
                    || a.note().isPresent()) {
                s.append(' ').append(json(g -> {
                    g.writeStartObject();
                    if (id) {
                        g.writeStringField("id", a.id());
                    }
                    if (exactTitle) {
                        g.writeStringField("title", a.title().orElse(""));
                    }
                    JsonFields.fields(g, a, ArgdownFields.ARGUMENT_DATA);
                    if (exactText) {
                        g.writeStringField("text", a.text());
                    }
                    if (structure) {
                        JsonFields.fields(g, a, ArgdownFields.STRUCTURE);
                    }
                    g.writeEndObject();
                }));
            }
            s.append('\n');
            if (reconstructed(a)) {
                s.append('\n');
                int n = 1;
                for (String p : a.premises()) {
                    s.append('(').append(n++).append(") [").append(argdownTitle.get(p)).append("]\n");
                }
                s.append("----\n");
                s.append('(').append(n).append(") [").append(argdownTitle.get(a.conclusion().get())).append("]\n");
            }
        }

        String reference(String nodeId) {
            String t = argdownTitle.get(nodeId);
            return map.isArgument(nodeId) ? "<" + t + ">" : "[" + t + "]";
        }

        /**
         * One relation as a block of its own, in map order, so that the reader gives it the same place
         * (and so the same default id): {@code [source] {data}} and, indented, the arrow and the target.
         * An undercut is written to the first premise (or target) of the relation it undercuts, which
         * the Argdown CLI reports as an undercut; the data names the relation.
         */
        /**
         * The source and target each relation is written with. Argdown keeps one relation per source,
         * type and target, so every relation needs a pair of its own: a linked relation may be written
         * from any of its premises, an undercut to any node of the relation it undercuts. Relations
         * with the fewest choices pick first.
         */
        Map<Relation, String[]> ends() {
            Map<Relation, List<String[]>> choices = new LinkedHashMap<>();
            for (Relation r : map.relations()) {
                List<String> targets = new ArrayList<>();
                if (r.isUndercut()) {
                    Relation undercut = map.relation(r.to()).orElseThrow();
                    targets.addAll(undercut.from());
                    if (!undercut.isUndercut()) {
                        targets.add(undercut.to());
                    }
                } else {
                    targets.add(r.to());
                }
                List<String[]> pairs = new ArrayList<>();
                for (String from : r.from()) {
                    for (String to : targets) {
                        if (!from.equals(to)) {
                            pairs.add(new String[] {from, to});
                        }
                    }
                }
                if (pairs.isEmpty()) {
                    pairs.add(new String[] {r.from().get(0), targets.get(0)});
                }
                choices.put(r, pairs);
            }
            List<Relation> order = new ArrayList<>(choices.keySet());
            order.sort(java.util.Comparator.comparingInt(r -> choices.get(r).size()));
            Set<String> taken = new HashSet<>();
            Map<Relation, String[]> ends = new HashMap<>();
            for (Relation r : order) {
                String arrow = arrow(r);
                String[] pick = choices.get(r).get(0);
                for (String[] pair : choices.get(r)) {
                    if (!taken.contains(pair[0] + '\u0000' + arrow + '\u0000' + pair[1])) {
                        pick = pair;
                        break;
                    }
                }
                taken.add(pick[0] + '\u0000' + arrow + '\u0000' + pick[1]);
                ends.put(r, pick);
            }
            return ends;
        }

        static String arrow(Relation r) {
            return r.isUndercut() ? "_>" : r.isSupport() ? "+>" : "->";
        }

        void relation(Relation r, int index, String[] end) {
            String arrow = arrow(r);
            String source = end[0];
            String target = end[1];
            // A relation without an id of its own is named by its place, which the file keeps.
            boolean id = !r.id().isEmpty();
            boolean data = id || r.isLinked() || r.isUndercut() || r.note().isPresent() || r.scheme().isPresent();
            s.append('\n').append(reference(source));
            if (data) {
                s.append(' ').append(json(g -> {
                    g.writeStartObject();
                    g.writeObjectFieldStart("relation");
                    if (id) {
                        g.writeStringField("id", r.id());
                    }
                    if (r.isUndercut()) {
                        g.writeStringField("undercuts", r.to());
                    }
                    if (r.isLinked()) {
                        JsonFields.strings(g, "premises", r.from());
                    }
                    JsonFields.optional(g, "note", r.note());
                    JsonFields.optional(g, "scheme", r.scheme());
                    g.writeEndObject();
                    g.writeEndObject();
                }));
            }
            s.append('\n').append(INDENT).append(arrow).append(' ').append(reference(target)).append('\n');
        }
    }

    /**
     * A claim id as an Argdown title. Argdown does not take a reference whose title starts with
     * {@code -}, so such an id gets one leading space, which the reader drops again.
     */
    static String title(String id) {
        return id.startsWith("-") ? " " + id : id;
    }

    /**
     * Tells whether a text cannot stand on one Argdown line as it is: it holds a line break, a lone
     * surrogate, a tab or two spaces in a row, or white space at either end, which the reader strips.
     */
    static boolean lossy(String text) {
        // Argdown's lexer skips blanks between tokens: a tab, or a second space, after markup it
        // does not keep (an escaped character, a comma) would be lost.
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0
                || text.indexOf('\t') >= 0 || text.contains("  ") || loneSurrogateAt(text, 0) >= 0 || !text.equals(text.strip());
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
                case '\u2028':
                case '\u2029':
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
