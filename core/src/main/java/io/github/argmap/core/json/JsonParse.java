package io.github.argmap.core.json;

import static io.github.argmap.core.internal.Messages.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.NodeField;
import io.github.argmap.core.internal.JacksonText;
import io.github.argmap.core.internal.LinkedGroups;
import io.github.argmap.core.internal.Messages;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over one document of argmap's JSON format: its shape (which fields each element has,
 * which are required) on top of {@link JsonValues}, then the model's own rules through
 * {@link ArgumentMap.Builder#build()}, whose problems are moved to the file's indices and positions.
 */
final class JsonParse extends JsonValues {
    private byte[] bytes = new byte[0];
    /** For each list, the JSON index of each element the builder received, in order. */
    private final Map<String, List<Integer>> jsonIndex = new HashMap<>();

    JsonParse(String name) {
        super(name);
        for (String list : List.of("speakers", "sections", "claims", "arguments", "relations")) {
            jsonIndex.put(list, new ArrayList<>());
        }
    }

    ArgumentMap run(byte[] content) throws IOException {
        this.bytes = content;
        ArgumentMap.Builder builder = ArgumentMap.builder();
        groups = new LinkedGroups();
        try (JsonParser parser = JsonMapReader.FACTORY.createParser(new ByteArrayInputStream(bytes))) {
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
        builder.addRelations(groups.relations());
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
            pointers.add(toJsonPointer(problem));
        }
        Map<String, int[]> positions = pointers.isEmpty() ? Map.of() : JsonPositions.scan(bytes, pointers);
        for (int k = 0; k < more.size(); k++) {
            Problem problem = more.get(k);
            String pointer = pointers.get(k);
            int[] at = JsonPositions.locate(positions, pointer);
            Problem located = problem.placed(name, 0, 0, pointer);
            problems.add(at == null ? located : located.atPosition(at[0], at[1]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMapException(problems);
        }
    }

    /** The pointer of a builder's problem in this file: the builder's list positions are moved to the file's. */
    private String toJsonPointer(Problem problem) {
        if (problem.element().isEmpty()) {
            return problem.pointer();
        }
        Problem.Element e = problem.element().get();
        List<Integer> indices = jsonIndex.get(e.kind().list());
        int json = indices != null && e.index() < indices.size() ? indices.get(e.index()) : e.index();
        return "/" + e.kind().list() + "/" + json + (e.field().isEmpty() ? "" : "/" + e.field());
    }

    // ---- the document's shape ----

    private static final List<String> ROOT_FIELDS =
            List.of("argmap", "title", "source", "notes", "metadata", "speakers", "sections", "claims", "arguments",
                    "relations");

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
                case "arguments":
                    readArray(at, "\"arguments\"", i -> readArgument(b, new Element("arguments", "argument", i)));
                    break;
                case "metadata":
                    readMetadata(b, at);
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
                && p.getIntValue() == JsonMapReader.VERSION) {
            return;
        }
        if (p.currentToken().isNumeric()) {
            report(at, format(Messages.UNSUPPORTED_VERSION, p.getText()));
        } else {
            report(at, format(Messages.WRONG_TYPE, "\"argmap\"", "the number " + JsonMapReader.VERSION, describe(p.currentToken())));
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

    private void readMetadata(ArgumentMap.Builder b, String at) throws IOException {
        if (!expectObject(at, "\"metadata\"")) {
            return;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            fieldName = p.currentTokenLocation();
            p.nextToken();
            if (firstTime(seen, key, "\"metadata\"")) {
                string(at + "/" + key, "metadata \"" + key + "\"").ifPresent(v -> b.putMetadata(key, v));
            }
        }
    }

    private static final List<String> CLAIM_FIELDS = NodeField.keys(NodeField.CLAIM);
    private static final int CLAIM_REQUIRED = required(NodeField.CLAIM, NodeField.ID, NodeField.TEXT);

    private void readClaim(ArgumentMap.Builder b, Element e) throws IOException {
        Object[] f = readFields(e, CLAIM_FIELDS, CLAIM_REQUIRED);
        if (f != null) {
            b.addClaim(values(NodeField.CLAIM, f).claim());
            jsonIndex.get("claims").add(e.index());
        }
    }

    private static final List<String> ARGUMENT_FIELDS = NodeField.keys(NodeField.ARGUMENT);
    private static final int ARGUMENT_REQUIRED = required(NodeField.ARGUMENT, NodeField.ID);

    private void readArgument(ArgumentMap.Builder b, Element e) throws IOException {
        Object[] f = readFields(e, ARGUMENT_FIELDS, ARGUMENT_REQUIRED);
        if (f != null) {
            b.addArgument(values(NodeField.ARGUMENT, f).argument());
            jsonIndex.get("arguments").add(e.index());
        }
    }

    /** The bits of {@link #readFields}'s mask for some of a node's fields. */
    private static int required(List<NodeField> fields, NodeField... needed) {
        int mask = 0;
        for (NodeField f : needed) {
            mask |= 1 << fields.indexOf(f);
        }
        return mask;
    }

    /** The slots {@link #readFields} filled, in the order of {@code fields}, as a node's values. */
    private static NodeField.Values values(List<NodeField> fields, Object[] slots) {
        NodeField.Values v = new NodeField.Values();
        for (int k = 0; k < slots.length; k++) {
            v.put(fields.get(k), slots[k]);
        }
        return v;
    }

    private static final List<String> RELATION_FIELDS = List.of("from", "to", "kind", "id", "note", "scheme", "group");
    private static final int RELATION_REQUIRED = 0b111;
    private LinkedGroups groups = new LinkedGroups();

    /**
     * Reads a relation. Relations go to the builder after the whole file, folded by {@link LinkedGroups}:
     * files written before relations had several premises mark a linked argument's premises with a
     * shared {@code group}. Folding only merges relations of one group, so the file's relation i stays
     * the builder's relation i whenever the file uses no groups, and problems point at the right element.
     */
    @SuppressWarnings("unchecked")
    private void readRelation(ArgumentMap.Builder b, Element e) throws IOException {
        Object[] f = readFields(e, RELATION_FIELDS, RELATION_REQUIRED);
        if (f != null) {
            Optional<String> group = Optional.ofNullable((String) f[6]);
            groups.add(new Relation(f[3] == null ? "" : (String) f[3], (List<String>) f[0], (String) f[1],
                    (RelationKind) f[2], Optional.ofNullable((String) f[4]), Optional.ofNullable((String) f[5])), group);
            if (group.isEmpty() || groupFirst.add(List.of(group.get(), f[2], f[1]))) {
                jsonIndex.get("relations").add(e.index());
            }
        }
    }

    private final Set<List<Object>> groupFirst = new HashSet<>();

}
