package io.github.argmap.core.argdown;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the YAML of Argdown's front matter and {@code {data}} as the Argdown CLI's js-yaml would,
 * into maps, lists and strings: every scalar is kept as its text, because argmap stores metadata as
 * text and js-yaml and SnakeYAML (YAML 1.2 and 1.1) disagree on which plain words are booleans.
 * A YAML {@code null} is {@link #NULL}.
 *
 * <p>Limits against hostile input: 50 levels of nesting, 50 aliases per document, and 100,000
 * values in all (aliases can otherwise expand a small document exponentially).
 */
final class ArgdownYaml {
    /** A YAML null, kept apart from an absent key because Argdown's {@code isInGroup: ~} counts as given. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_VALUES = 100_000;

    /**
     * SnakeYAML's settings, made on first use: its resolver compiles a dozen regular expressions,
     * and with its classes that costs tens of milliseconds that a file whose YAML the fast paths
     * read ({@link #simpleFlowMapping}, {@link #simpleBlockMapping}) never needs to pay.
     */
    private static final class Snake {
        static final LoaderOptions OPTIONS = options();
        /** Only read after construction, so shared. */
        static final Resolver RESOLVER = new Resolver();

        private static LoaderOptions options() {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            options.setNestingDepthLimit(50);
            options.setAllowRecursiveKeys(false);
            options.setCodePointLimit(Integer.MAX_VALUE);
            options.setAllowDuplicateKeys(true);
            return options;
        }
    }

    /** A YAML error at a 0-based line and column of the YAML text. */
    static final class YamlError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        YamlError(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private ArgdownYaml() {}

    /**
     * Parses a YAML document.
     *
     * @return a {@code Map<String, Object>}, a {@code List<Object>}, a {@code String}, {@link #NULL}
     *     for an empty document
     */
    static Object parse(String yaml) throws YamlError {
        Node node;
        try {
            // The composer alone: a Yaml object builds constructors and representers that are never used
            // here, and a file has one {data} per statement.
            node = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), Snake.OPTIONS), Snake.RESOLVER,
                    Snake.OPTIONS).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "invalid YAML";
            throw new YamlError(problem.trim(), m == null ? 0 : m.getLine(), m == null ? 0 : m.getColumn());
        } catch (YAMLException | StackOverflowError e) {
            throw new YamlError(e instanceof StackOverflowError ? "YAML nested too deeply" : String.valueOf(e.getMessage()), 0, 0);
        }
        if (node == null) {
            return NULL;
        }
        int[] budget = {MAX_VALUES};
        return convert(node, budget, 0);
    }

    /**
     * Parses YAML that may be plain JSON (as argmap writes its data and front matter): JSON is read
     * by argmap's JSON parser, which keeps a lone surrogate escape ({@code \\uD800}) as the char it
     * names, as js-yaml does and SnakeYAML does not; anything else goes to {@link #parse}.
     */
    static Object parseJsonOrYaml(String text) throws YamlError {
        Map<String, Object> simple = simpleFlowMapping(text);
        if (simple == null) {
            simple = simpleBlockMapping(text);
        }
        if (simple != null) {
            return simple;
        }
        String t = text.strip();
        if (t.startsWith("{\"") || t.startsWith("[") || t.startsWith("\"") || t.equals("{}")) {
            Object json = json(t);
            if (json != null) {
                return json;
            }
        }
        return parse(text);
    }

    /**
     * The common {data} of hand-written Argdown, {@code {key: plain value, other: value}}, read without
     * a YAML parser: keys are words, values plain YAML scalars that hold no character with a meaning in
     * YAML flow style, each kept as its trimmed text (as {@link #parse} keeps scalars); {@code null},
     * {@code ~} or nothing is {@link #NULL}. Null when the text is anything else, which then goes to
     * the YAML parser (so do repeated keys, for its error).
     */
    static Map<String, Object> simpleFlowMapping(String text) {
        int n = text.length();
        int i = skipBlank(text, 0);
        if (i >= n || text.charAt(i) != '{') {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        i = skipBlank(text, i + 1);
        if (i < n && text.charAt(i) == '}') {
            return skipBlank(text, i + 1) == n ? out : null;
        }
        while (true) {
            int k = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '-')) {
                i++;
            }
            if (i == k || !Character.isLetter(text.charAt(k)) || i >= n || text.charAt(i) != ':') {
                return null;
            }
            String key = text.substring(k, i);
            i++;
            if (i < n && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return null;
            }
            int v = skipBlank(text, i);
            i = v;
            while (i < n && ",}".indexOf(text.charAt(i)) < 0) {
                if ("{[]'\"#&*!|>%@`:?\r\n\u2028\u2029\u0085\uFEFF".indexOf(text.charAt(i)) >= 0 || text.charAt(i) < ' ') {
                    return null;
                }
                i++;
            }
            if (i >= n) {
                return null;
            }
            String value = text.substring(v, i).strip();
            if (!value.isEmpty() && (value.charAt(0) == '-' || value.startsWith("<<"))) {
                return null;
            }
            Object parsed = value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                    || value.equals("NULL") ? NULL : value;
            if (out.put(key, parsed) != null) {
                return null;
            }
            if (text.charAt(i) == '}') {
                return skipBlank(text, i + 1) == n ? out : null;
            }
            i = skipBlank(text, i + 1);
        }
    }

    /**
     * The common front matter of hand-written Argdown, one {@code key: plain value} a line
     * ({@code title: …}, {@code author: …}), read without a YAML parser under the rules of
     * {@link #simpleFlowMapping}: keys are words at the start of the line, values non-empty plain
     * scalars on one line that hold no character with a meaning in YAML, each kept as its trimmed
     * text. Null when the text is anything else (indented lines, comments, empty values, tabs, a key
     * that YAML reads as null, a repeated key ...), which then goes to the YAML parser.
     */
    static Map<String, Object> simpleBlockMapping(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            int k = i;
            while (k < end && text.charAt(k) == ' ') {
                k++;
            }
            if (k == end) {
                i = end + 1; // a blank line
                continue;
            }
            if (k != i || !isAsciiLetter(text.charAt(k))) {
                return null;
            }
            int colon = k;
            while (colon < end && (isAsciiLetter(text.charAt(colon)) || (text.charAt(colon) >= '0' && text.charAt(colon) <= '9')
                    || text.charAt(colon) == '_' || text.charAt(colon) == '-')) {
                colon++;
            }
            if (colon + 1 >= end || colon - k > 1000 || text.charAt(colon) != ':' || text.charAt(colon + 1) != ' ') {
                return null;
            }
            String key = text.substring(k, colon);
            if (key.equals("null") || key.equals("Null") || key.equals("NULL")) {
                return null;
            }
            int v = colon + 1;
            while (v < end && text.charAt(v) == ' ') {
                v++;
            }
            int e = end;
            while (e > v && text.charAt(e - 1) == ' ') {
                e--;
            }
            if (v == e || text.charAt(v) == '-') {
                return null;
            }
            for (int j = v; j < e; j++) {
                char c = text.charAt(j);
                if (c < ' ' || (c >= 0x7F && c < 0xA0) || (c >= 0xD800 && c <= 0xDFFF) || c >= 0xFFFE
                        || "{[]}',\"#&*!|>%@`:?\u2028\u2029\uFEFF".indexOf(c) >= 0) {
                    return null;
                }
            }
            String value = text.substring(v, e);
            Object parsed = value.equals("~") || value.equals("null") || value.equals("Null") || value.equals("NULL") ? NULL : value;
            if (out.put(key, parsed) != null) {
                return null;
            }
            i = end + 1;
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int skipBlank(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The value of one JSON text, or null when it is not JSON (or repeats a key). */
    static Object json(String t) {
        try {
            return value(io.github.argmap.core.internal.PositionedJson.parse(t.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "", 1, 1));
        } catch (IllegalArgumentException e) { // InvalidMapException among them
            return null;
        }
    }

    private static Object value(io.github.argmap.core.internal.PositionedJson.Value v) {
        switch (v.kind()) {
            case OBJECT -> {
                Map<String, Object> out = new LinkedHashMap<>();
                v.fields().forEach((k, f) -> out.put(k, value(f)));
                return out;
            }
            case ARRAY -> {
                List<Object> out = new ArrayList<>();
                v.items().forEach(i -> out.add(value(i)));
                return out;
            }
            case NULL -> {
                return NULL;
            }
            default -> {
                return v.text();
            }
        }
    }

    private static Object convert(Node node, int[] budget, int depth) throws YamlError {
        if (--budget[0] < 0 || depth > 60) {
            throw new YamlError("YAML value too large (aliases expand to more than " + MAX_VALUES + " values)", 0, 0);
        }
        if (node instanceof ScalarNode s) {
            return s.getTag().equals(Tag.NULL) ? NULL : s.getValue();
        }
        if (node instanceof SequenceNode q) {
            List<Object> out = new ArrayList<>();
            for (Node item : q.getValue()) {
                out.add(convert(item, budget, depth + 1));
            }
            return out;
        }
        MappingNode m = (MappingNode) node;
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : m.getValue()) {
            Object key = convert(t.getKeyNode(), budget, depth + 1);
            String k = key == NULL ? "null" : String.valueOf(key);
            if (!seen.add(k)) {
                Mark at = t.getKeyNode().getStartMark();
                // js-yaml refuses a repeated key, and with it the whole file.
                throw new YamlError("duplicated mapping key '" + k + "'", at.getLine(), at.getColumn());
            }
            out.put(k, convert(t.getValueNode(), budget, depth + 1));
        }
        return out;
    }
}
