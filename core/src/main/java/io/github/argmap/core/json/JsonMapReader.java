package io.github.argmap.core.json;

import static io.github.argmap.core.internal.Messages.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.SourceQuotes;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.JacksonText;
import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.internal.TextLimits;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads argument maps from the argmap JSON format, checking everything and naming the place of
 * every problem.
 *
 * <p>The reader walks Jackson's token stream against the format's fixed shape, so it knows the
 * line and column of every value: type errors, missing and unknown fields, and the model's own rules
 * (see {@link ArgumentMap.Builder#build()}) are all reported as {@code FILE:LINE:COLUMN: message}
 * in one {@link InvalidMapException}. Unknown fields are rejected by name, so a typo never passes
 * silently. Nesting depth, string and number sizes are bounded, so a hostile file is refused with a
 * message rather than exhausting memory.
 *
 * <p>When a map read from a file names a {@code source.path} that exists beside it, every claim's
 * quote is checked to occur verbatim in that text.
 *
 * <pre>{@code
 * ArgumentMap map = JsonMapReader.read(Path.of("seeds/coalitions-of-the-willing.json"));
 * }</pre>
 */
public final class JsonMapReader {
    /** The format version this reader understands. */
    public static final int VERSION = 1;
    /** The deepest nesting the format needs is 4; anything far deeper is hostile or broken. */
    static final int MAX_NESTING = 64;
    /** Longest string accepted, in characters: far beyond any claim, small enough to be safe. */
    static final int MAX_STRING = TextLimits.MAX_TEXT;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(64)
                    .build())
            .build();

    private static final Pattern ELEMENT = Pattern.compile("^/(speakers|sections|claims|relations)/(\\d+)(.*)$");

    private JsonMapReader() {}

    /**
     * Reads a map file and checks its quotes against its source text when that file exists.
     *
     * @param file the map file; problems name it as given
     * @return the map
     * @throws IOException when the file cannot be read
     * @throws InvalidMapException when the file is not a valid map
     */
    public static ArgumentMap read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * Reads a map file and checks its quotes against a given source text.
     *
     * @param file the map file; problems name it as given
     * @param sourceFile the source text to check quotes against, or {@code null} for the map's own
     *     {@code source.path} (resolved beside the map, and checked only when that file exists)
     * @return the map
     * @throws IOException when the map or the given source cannot be read
     * @throws InvalidMapException when the file is not a valid map or a quote is not in the source
     */
    public static ArgumentMap read(Path file, Path sourceFile) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Parse parse = new Parse(file.toString());
        ArgumentMap map = parse.run(bytes);
        Optional<Path> source = sourceFile != null ? Optional.of(sourceFile) : map.source().path()
                .map(p -> Optional.ofNullable(file.toAbsolutePath().getParent()).map(d -> d.resolve(p)).orElse(Path.of(p)))
                .filter(Files::isRegularFile);
        if (source.isPresent()) {
            String text = Files.readString(source.get(), StandardCharsets.UTF_8);
            String sourceName = sourceFile != null ? sourceFile.toString() : map.source().path().orElseThrow();
            parse.throwIfAny(SourceQuotes.check(map, text, sourceName));
        }
        return map;
    }

    /**
     * Reads a map from a stream; no quote check is made, as there is no file to resolve the source against.
     *
     * @param in the JSON, UTF-8 (or UTF-16/32 with a byte order mark)
     * @param name the name problems are reported under, such as {@code <stdin>}
     * @return the map
     * @throws IOException when the stream fails
     * @throws InvalidMapException when the content is not a valid map
     */
    public static ArgumentMap read(InputStream in, String name) throws IOException {
        return new Parse(name).run(in.readAllBytes());
    }

    /**
     * Reads a map from a string.
     *
     * @param json the JSON text
     * @param name the name problems are reported under
     * @return the map
     * @throws InvalidMapException when the text is not a valid map
     */
    public static ArgumentMap read(String json, String name) {
        try {
            return new Parse(name).run(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    /**
     * One pass over one document; holds the problems. Positions of values are not kept while
     * reading (a pointer string per value cost about 130 bytes, over a gigabyte for a million-claim
     * map); the few that problems need are found by a second scan of the bytes.
     */
    private static final class Parse {
        private final String name;
        private final List<Problem> problems = new ArrayList<>();
        private byte[] bytes = new byte[0];
        /** The fields of the element being read, where each value starts. */
        /** Where the element being read in each list starts, for "missing field" problems. */
        private final Map<String, JsonLocation> elementStarts = new HashMap<>();
        private final Map<String, List<Integer>> jsonIndex = new HashMap<>();
        private JsonParser p;

        Parse(String name) {
            this.name = name;
            for (String list : List.of("speakers", "sections", "claims", "relations")) {
                jsonIndex.put(list, new ArrayList<>());
            }
        }

        ArgumentMap run(byte[] content) throws IOException {
            this.bytes = content;
            ArgumentMap.Builder builder = ArgumentMap.builder();
            try (JsonParser parser = FACTORY.createParser(new ByteArrayInputStream(bytes))) {
                this.p = parser;
                JsonToken first = p.nextToken();
                if (first == null) {
                    fail(problemAt(1, 1, "", Messages.EMPTY_FILE));
                }
                readRoot(builder);
                if (p.nextToken() != null) {
                    fail(problemHere("", Messages.TRAILING_CONTENT));
                }
            } catch (JsonEOFException e) {
                fail(problemAt(e.getLocation(), "", format(Messages.TRUNCATED, JacksonText.reason(e.getOriginalMessage()))));
            } catch (StreamConstraintsException e) {
                // Jackson names its own configuration method, which tells a user nothing.
                String why = firstLine(e.getOriginalMessage()).replaceAll(", from `[^`]*`\\)", ")");
                fail(problemAt(p == null ? null : p.currentTokenLocation(), "", format(Messages.TOO_LARGE, why)));
            } catch (CharConversionException e) {
                // Jackson guesses UTF-8/16/32 from the first bytes; bytes that fit none of them fail
                // in its decoders with this plain IOException rather than a positioned parse error.
                JsonLocation where = p == null ? null : p.currentLocation();
                fail(where == null || where.getLineNr() < 1
                        ? problemAt(1, 1, "", format(Messages.NOT_TEXT, firstLine(e.getMessage())))
                        : problemAt(where, "", format(Messages.NOT_TEXT, firstLine(e.getMessage()))));
            } catch (StreamReadException e) {
                String why = firstLine(e.getOriginalMessage());
                if (why.startsWith("Unexpected end-of-input")) {
                    fail(problemAt(e.getLocation(), "", format(Messages.TRUNCATED, JacksonText.reason(why))));
                }
                fail(problemAt(e.getLocation(), "", format(Messages.NOT_JSON, JacksonText.reason(why))));
            }
            throwIfAny(List.of());
            try {
                return builder.build();
            } catch (InvalidMapException e) {
                throwIfAny(e.problems());
                throw e;
            }
        }

        /** Adds builder or quote problems, moved to the file's own indices and positions, and throws if there are any. */
        void throwIfAny(List<Problem> more) {
            List<String> pointers = new ArrayList<>();
            for (Problem problem : more) {
                pointers.add(toJsonPointer(problem.pointer()));
            }
            Map<String, int[]> positions = pointers.isEmpty() ? Map.of() : scan(pointers);
            for (int k = 0; k < more.size(); k++) {
                Problem problem = more.get(k);
                String pointer = pointers.get(k);
                int[] at = locate(positions, pointer);
                Problem located = new Problem(name, 0, 0, pointer, problem.message());
                problems.add(at == null ? located : located.atPosition(at[0], at[1]));
            }
            if (!problems.isEmpty()) {
                throw new InvalidMapException(problems);
            }
        }

        private String toJsonPointer(String builderPointer) {
            Matcher m = ELEMENT.matcher(builderPointer);
            if (!m.matches()) {
                return builderPointer;
            }
            List<Integer> indices = jsonIndex.get(m.group(1));
            int i = Integer.parseInt(m.group(2));
            int json = i < indices.size() ? indices.get(i) : i;
            return "/" + m.group(1) + "/" + json + m.group(3);
        }

        /**
         * Finds where the values at the given pointers, and their ancestors, start; walks the tokens
         * with an explicit stack and skips every container no pointer leads into.
         */
        private Map<String, int[]> scan(List<String> pointers) {
            Set<String> wanted = new HashSet<>();
            for (String pointer : pointers) {
                // The pointer and each ancestor up to the root "", stopping at one already added.
                String at = pointer;
                while (wanted.add(at) && !at.isEmpty()) {
                    at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
                }
            }
            Map<String, int[]> found = new HashMap<>();
            ArrayDeque<Frame> open = new ArrayDeque<>();
            try (JsonParser q = FACTORY.createParser(bytes)) {
                JsonToken token;
                while ((token = q.nextToken()) != null) {
                    if (token == JsonToken.FIELD_NAME) {
                        open.peek().field = q.currentName();
                        continue;
                    }
                    if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                        open.pop();
                        continue;
                    }
                    Frame parent = open.peek();
                    String at = parent == null ? "" : parent.pointer + "/" + (parent.array ? String.valueOf(parent.next++) : parent.field);
                    if (!wanted.contains(at)) {
                        q.skipChildren();
                        continue;
                    }
                    JsonLocation l = q.currentTokenLocation();
                    found.putIfAbsent(at, new int[] {l.getLineNr(), Math.max(1, l.getColumnNr())});
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        open.push(new Frame(at, token == JsonToken.START_ARRAY));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The bytes parsed once already; should a second scan fail, problems keep their pointers.
            }
            return found;
        }

        /** An open object or array during {@link #scan}. */
        private static final class Frame {
            final String pointer;
            final boolean array;
            int next;
            String field = "";

            Frame(String pointer, boolean array) {
                this.pointer = pointer;
                this.array = array;
            }
        }

        private static int[] locate(Map<String, int[]> positions, String pointer) {
            String at = pointer;
            while (true) {
                int[] position = positions.get(at);
                if (position != null || at.isEmpty()) {
                    return position;
                }
                at = at.substring(0, at.lastIndexOf('/'));
            }
        }

        private void fail(Problem problem) {
            problems.add(problem);
            throw new InvalidMapException(problems);
        }

        private Problem problemHere(String pointer, String message) {
            return problemAt(p.currentTokenLocation(), pointer, message);
        }

        private Problem problemAt(JsonLocation location, String pointer, String message) {
            if (location == null || location.getLineNr() < 1) {
                return new Problem(name, 0, 0, pointer, message);
            }
            return problemAt(location.getLineNr(), Math.max(1, location.getColumnNr()), pointer, message);
        }

        private Problem problemAt(int line, int column, String pointer, String message) {
            return new Problem(name, line, column, pointer, message);
        }

        /** Where the current field's name starts: unknown and repeated fields are reported there. */
        private JsonLocation fieldName;


        private void report(String pointer, String message) {
            problems.add(problemHere(pointer, message));
        }

        // ---- the document's shape ----

        private static final List<String> ROOT_FIELDS =
                List.of("argmap", "title", "source", "notes", "speakers", "sections", "claims", "relations");

        private void readRoot(ArgumentMap.Builder b) throws IOException {
            if (!expectObject("", "the map")) {
                return;
            }
            Set<String> seen = new HashSet<>();
            JsonLocation start = p.currentTokenLocation();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String at = "/" + field;
                fieldName = p.currentTokenLocation();
                p.nextToken();
                if (!firstTime(seen, field, "the map")) {
                    continue;
                }
                switch (field) {
                    case "argmap":
                        readVersion(at);
                        break;
                    case "title":
                        string(at, "\"title\"").ifPresent(b::title);
                        break;
                    case "source":
                        readSource(b, at);
                        break;
                    case "notes":
                        readArray(at, "\"notes\"", i -> string(at + "/" + i, "a note").ifPresent(b::addNote));
                        break;
                    case "speakers":
                        readArray(at, "\"speakers\"", i -> readSpeaker(b, new Element("speakers", "speaker", i)));
                        break;
                    case "sections":
                        readArray(at, "\"sections\"", i -> readSection(b, new Element("sections", "section", i)));
                        break;
                    case "claims":
                        readArray(at, "\"claims\"", i -> readClaim(b, new Element("claims", "claim", i)));
                        break;
                    case "relations":
                        readArray(at, "\"relations\"", i -> readRelation(b, new Element("relations", "relation", i)));
                        break;
                    default:
                        unknown(field, at, "the map", ROOT_FIELDS);
                }
            }
            for (String required : List.of("argmap", "title", "claims")) {
                if (!seen.contains(required)) {
                    problems.add(problemAt(start, "", format(Messages.MISSING_FIELD, "the map", required)));
                }
            }
        }

        private void readVersion(String at) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                    && p.getIntValue() == VERSION) {
                return;
            }
            if (p.currentToken().isNumeric()) {
                report(at, format(Messages.UNSUPPORTED_VERSION, p.getText()));
            } else {
                report(at, format(Messages.WRONG_TYPE, "\"argmap\"", "the number " + VERSION, describe(p.currentToken())));
                p.skipChildren();
            }
        }

        private static final List<String> SOURCE_FIELDS = List.of("path", "title", "date");

        private void readSource(ArgumentMap.Builder b, String at) throws IOException {
            if (!expectObject(at, "\"source\"")) {
                return;
            }
            Set<String> seen = new HashSet<>();
            Optional<String> path = Optional.empty();
            Optional<String> title = Optional.empty();
            Optional<String> date = Optional.empty();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String fat = at + "/" + field;
                fieldName = p.currentTokenLocation();
                p.nextToken();
                if (!firstTime(seen, field, "\"source\"")) {
                    continue;
                }
                switch (field) {
                    case "path": path = string(fat, "\"source.path\""); break;
                    case "title": title = string(fat, "\"source.title\""); break;
                    case "date": date = string(fat, "\"source.date\""); break;
                    default: unknown(field, fat, "\"source\"", SOURCE_FIELDS);
                }
            }
            b.source(new Source(path, title, date));
        }

        private static final List<String> SPEAKER_FIELDS = List.of("id", "name", "role", "affiliation");
        private static final int SPEAKER_REQUIRED = 0b0111;

        private void readSpeaker(ArgumentMap.Builder b, Element e) throws IOException {
            Object[] f = readFields(e, SPEAKER_FIELDS, SPEAKER_REQUIRED);
            if (f != null) {
                b.addSpeaker(new Speaker((String) f[0], (String) f[1], (String) f[2], Optional.ofNullable((String) f[3])));
                jsonIndex.get("speakers").add(e.index());
            }
        }

        private static final List<String> SECTION_FIELDS = List.of("id", "title");
        private static final int SECTION_REQUIRED = 0b11;

        private void readSection(ArgumentMap.Builder b, Element e) throws IOException {
            Object[] f = readFields(e, SECTION_FIELDS, SECTION_REQUIRED);
            if (f != null) {
                b.addSection(new Section((String) f[0], (String) f[1]));
                jsonIndex.get("sections").add(e.index());
            }
        }

        private static final List<String> CLAIM_FIELDS =
                List.of("id", "text", "speaker", "section", "quote", "tags", "note", "weight");
        private static final int CLAIM_REQUIRED = 0b11;

        @SuppressWarnings("unchecked")
        private void readClaim(ArgumentMap.Builder b, Element e) throws IOException {
            Object[] f = readFields(e, CLAIM_FIELDS, CLAIM_REQUIRED);
            if (f != null) {
                Double weight = (Double) f[7];
                b.addClaim(new Claim((String) f[0], (String) f[1],
                        Optional.ofNullable((String) f[2]),
                        Optional.ofNullable((String) f[3]),
                        Optional.ofNullable((String) f[4]),
                        f[5] != null ? (List<String>) f[5] : List.of(),
                        Optional.ofNullable((String) f[6]),
                        weight == null ? OptionalDouble.empty() : OptionalDouble.of(weight)));
                jsonIndex.get("claims").add(e.index());
            }
        }

        private static final List<String> RELATION_FIELDS = List.of("from", "to", "kind", "note", "group");
        private static final int RELATION_REQUIRED = 0b111;

        private void readRelation(ArgumentMap.Builder b, Element e) throws IOException {
            Object[] f = readFields(e, RELATION_FIELDS, RELATION_REQUIRED);
            if (f != null) {
                b.addRelation(new Relation((String) f[0], (String) f[1], (RelationKind) f[2],
                        Optional.ofNullable((String) f[3]), Optional.ofNullable((String) f[4])));
                jsonIndex.get("relations").add(e.index());
            }
        }

        /** Where an element of a list sits; its pointer and name are built only when a problem is reported. */
        private record Element(String list, String kind, int index) {
            String pointer() {
                return "/" + list + "/" + index;
            }

            String what() {
                return kind + " " + index;
            }

            String what(String field) {
                return kind + " " + index + " \"" + field + "\"";
            }
        }

        /**
         * Reads one flat object into slots in the order of {@code allowed}: strings, except
         * {@code tags} (a list of strings), {@code weight} (a finite number) and {@code kind} (a
         * relation kind). Returns null when the element cannot be built. Nothing is allocated for
         * messages unless there is a problem: a map of a million claims passes through here.
         */
        private Object[] readFields(Element e, List<String> allowed, int required) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                report(e.pointer(), format(Messages.WRONG_TYPE, e.what(), "an object", describe(p.currentToken())));
                p.skipChildren();
                return null;
            }
            JsonLocation start = null;
            Object[] values = new Object[allowed.size()];
            int seen = 0;
            boolean broken = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int k = allowed.indexOf(field);
                if (k < 0 || (seen & (1 << k)) != 0) {
                    JsonLocation name = p.currentTokenLocation();
                    p.nextToken();
                    String message = k < 0
                            ? format(Messages.UNKNOWN_FIELD, field, e.what(), String.join(", ", allowed))
                            : format(Messages.DUPLICATE_FIELD, field, e.what());
                    problems.add(problemAt(name, e.pointer() + "/" + field, message));
                    p.skipChildren();
                    broken = true;
                    continue;
                }
                seen |= 1 << k;
                p.nextToken();
                Object value;
                switch (field) {
                    case "tags": value = fieldStrings(e, field); break;
                    case "weight": value = fieldNumber(e, field); break;
                    case "kind": value = fieldKind(e, field); break;
                    default: value = fieldString(e, field);
                }
                if (value == null) {
                    broken = true;
                } else {
                    values[k] = value;
                }
            }
            if ((seen & required) != required) {
                for (int k = 0; k < allowed.size(); k++) {
                    if ((required & (1 << k)) != 0 && (seen & (1 << k)) == 0) {
                        if (start == null) {
                            start = elementStart(e);
                        }
                        problems.add(problemAt(start, e.pointer(), format(Messages.MISSING_FIELD, e.what(), allowed.get(k))));
                    }
                }
                broken = true;
            }
            return broken ? null : values;
        }

        /** Where an element's object starts; only on the error path, so the element's start is kept per list. */
        private JsonLocation elementStart(Element e) {
            return elementStarts.get(e.list());
        }

        private String fieldString(Element e, String field) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            report(e.pointer() + "/" + field, format(Messages.WRONG_TYPE, e.what(field), "a string", describe(p.currentToken())));
            p.skipChildren();
            return null;
        }

        private List<String> fieldStrings(Element e, String field) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return stringList(e.pointer() + "/" + field, e.what(field)).orElse(null);
            }
            // The common case without building the pointer and the name, which only a problem needs.
            List<String> out = new ArrayList<>();
            boolean ok = true;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                } else {
                    string(e.pointer() + "/" + field, e.what(field) + " element");
                    ok = false;
                }
            }
            return ok ? out : null;
        }

        private Double fieldNumber(Element e, String field) throws IOException {
            return number(e.pointer() + "/" + field, e.what(field)).orElse(null);
        }

        private RelationKind fieldKind(Element e, String field) throws IOException {
            String label = fieldString(e, field);
            if (label == null) {
                return null;
            }
            Optional<RelationKind> kind = RelationKind.fromLabel(label);
            if (kind.isEmpty()) {
                report(e.pointer() + "/" + field, format(Messages.UNKNOWN_KIND, label));
                return null;
            }
            return kind.get();
        }

        @FunctionalInterface
        private interface ItemReader {
            void read(int index) throws IOException;
        }

        private void readArray(String at, String what, ItemReader item) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                report(at, format(Messages.WRONG_TYPE, what, "an array", describe(p.currentToken())));
                p.skipChildren();
                return;
            }
            String list = at.substring(1);
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == JsonToken.START_OBJECT) {
                    // One location per element, overwritten each time: a missing field is reported at
                    // the start of the element being read.
                    elementStarts.put(list, p.currentTokenLocation());
                }
                item.read(i);
                i++;
            }
        }

        private boolean expectObject(String at, String what) throws IOException {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                return true;
            }
            report(at, format(Messages.WRONG_TYPE, what, "an object", describe(p.currentToken())));
            p.skipChildren();
            return false;
        }

        private Optional<String> string(String at, String what) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return Optional.of(p.getText());
            }
            report(at, format(Messages.WRONG_TYPE, what, "a string", describe(p.currentToken())));
            p.skipChildren();
            return Optional.empty();
        }

        private Optional<List<String>> stringList(String at, String what) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                report(at, format(Messages.WRONG_TYPE, what, "an array of strings", describe(p.currentToken())));
                p.skipChildren();
                return Optional.empty();
            }
            List<String> out = new ArrayList<>();
            boolean ok = true;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                Optional<String> s = string(at, what + " element");
                ok &= s.isPresent();
                s.ifPresent(out::add);
            }
            return ok ? Optional.of(out) : Optional.empty();
        }

        private Optional<Double> number(String at, String what) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                double d = p.getDoubleValue();
                if (Double.isFinite(d)) {
                    return Optional.of(d);
                }
                report(at, format(Messages.NOT_A_NUMBER, what, p.getText()));
                return Optional.empty();
            }
            report(at, format(Messages.WRONG_TYPE, what, "a number", describe(p.currentToken())));
            p.skipChildren();
            return Optional.empty();
        }

        private boolean firstTime(Set<String> seen, String field, String what) throws IOException {
            if (seen.add(field)) {
                return true;
            }
            problems.add(problemAt(fieldName, "", format(Messages.DUPLICATE_FIELD, field, what)));
            p.skipChildren();
            return false;
        }

        private void unknown(String field, String at, String what, List<String> allowed) throws IOException {
            problems.add(problemAt(fieldName, at, format(Messages.UNKNOWN_FIELD, field, what, String.join(", ", allowed))));
            p.skipChildren();
        }

        private static String describe(JsonToken token) {
            if (token == null) {
                return "nothing";
            }
            switch (token) {
                case START_OBJECT: return "an object";
                case START_ARRAY: return "an array";
                case VALUE_STRING: return "a string";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT: return "a number";
                case VALUE_TRUE:
                case VALUE_FALSE: return "a boolean";
                case VALUE_NULL: return "null";
                default: return token.asString() == null ? token.name() : token.asString();
            }
        }

        private static String firstLine(String message) {
            if (message == null) {
                return "unreadable content";
            }
            int nl = message.indexOf('\n');
            return nl < 0 ? message : message.substring(0, nl);
        }
    }
}
