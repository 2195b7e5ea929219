package io.github.argmap.core.aif;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.Problem;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.aif.AifReader.EdgeExtra;
import io.github.argmap.core.aif.AifReader.Node;
import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.internal.NodeField;
import io.github.argmap.core.internal.PositionedJson.Kind;
import io.github.argmap.core.internal.PositionedJson.Value;
import io.github.argmap.core.internal.TreeFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code "argmap"} extension object argmap writes into its AIF (what AIF has no field for:
 * ids, title, source, notes, speakers, sections, claim and edge details); its errors go to the
 * reader's list. Split from {@link AifReader}, which reads the AIF graph itself.
 */
final class AifExtension {
    private final String file;
    private final List<Problem> errors;
    String title = "";
    Source source = Source.NONE;
    final List<String> notes = new ArrayList<>();
    final List<Speaker> speakers = new ArrayList<>();
    final List<String> speakerPerson = new ArrayList<>();
    final List<Value> speakerAt = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final List<Value> sectionAt = new ArrayList<>();
    /** A claim's fields by the nodeID of its I node. */
    final Map<String, NodeField.Values> claims = new HashMap<>();
    final Map<String, EdgeExtra> edges = new HashMap<>();
    final Map<String, String> metadata = new java.util.TreeMap<>();
    /** An argument's fields by the nodeID of its I node. */
    final Map<String, NodeField.Values> arguments = new HashMap<>();
    /** What a relation keeps beyond AIF, by the nodeID of its RA or CA node. */
    final Map<String, RelationExtra> relations = new HashMap<>();

    /** The fields of a claim in the extension: its text is its I node's, its speaker its locution's. */
    static final List<NodeField> CLAIM_FIELDS = NodeField.without(NodeField.CLAIM, NodeField.TEXT, NodeField.SPEAKER);

    /** The fields of an argument node in the extension: its speaker is its locution's. */
    static final List<NodeField> ARGUMENT_FIELDS = NodeField.without(NodeField.ARGUMENT, NodeField.SPEAKER);

    /** A relation's id (empty when the map names it by position), note, and scheme when the node cannot say it. */
    record RelationExtra(String id, Optional<String> note, Optional<String> scheme) {}

    AifExtension(String file, List<Problem> errors) {
        this.file = file;
        this.errors = errors;
    }

    private static final List<String> FIELDS =
            List.of("version", "title", "source", "notes", "metadata", "speakers", "sections", "claims", "arguments",
                    "relations", "edges");

    AifExtension read(Value v, Map<String, Node> nodes) {
        if (!object(v, "the \"argmap\" extension", FIELDS)) {
            return this;
        }
        Optional<Value> version = v.field("version");
        if (version.isEmpty()) {
            error(v, format(Messages.MISSING_FIELD, "the \"argmap\" extension", "version"));
        } else if (!version.get().is(Kind.INTEGER) || !(version.get().text().equals("1")
                || version.get().text().equals(Integer.toString(AifWriter.EXTENSION_VERSION)))) {
            error(version.get(), format(Messages.AIF_EXTENSION_VERSION, version.get().text(), AifWriter.EXTENSION_VERSION));
        }
        v.field("title").flatMap(t -> string(t, "\"argmap.title\"")).ifPresent(t -> title = t);
        v.field("source").ifPresent(s -> {
            if (object(s, "\"argmap.source\"", List.of("path", "title", "date"))) {
                source = new Source(opt(s, "path", "\"argmap.source.path\""), opt(s, "title", "\"argmap.source.title\""),
                        opt(s, "date", "\"argmap.source.date\""));
            }
        });
        v.field("notes").ifPresent(n -> items(n, "\"argmap.notes\"").forEach(item ->
                string(item, "a note").ifPresent(notes::add)));
        v.field("speakers").ifPresent(list -> items(list, "\"argmap.speakers\"").forEach(s -> {
            if (object(s, "a speaker", List.of("participantID", "id", "name", "role", "affiliation"))) {
                Optional<String> person = need(s, "participantID", "a speaker").flatMap(p -> {
                    if (p.is(Kind.STRING) || p.is(Kind.INTEGER)) {
                        return Optional.of(p.text());
                    }
                    error(p, format(Messages.WRONG_TYPE, "a speaker's \"participantID\"", "a string or an integer", p.kind().description()));
                    return Optional.empty();
                });
                Optional<String> id = need(s, "id", "a speaker").flatMap(x -> string(x, "a speaker's \"id\""));
                Optional<String> sname = need(s, "name", "a speaker").flatMap(x -> string(x, "a speaker's \"name\""));
                Optional<String> role = need(s, "role", "a speaker").flatMap(x -> string(x, "a speaker's \"role\""));
                Optional<String> affiliation = opt(s, "affiliation", "a speaker's \"affiliation\"");
                if (person.isPresent() && id.isPresent() && sname.isPresent() && role.isPresent()) {
                    speakers.add(new Speaker(id.get(), sname.get(), role.get(), affiliation));
                    speakerPerson.add(person.get());
                    speakerAt.add(s);
                }
            }
        }));
        v.field("sections").ifPresent(list -> items(list, "\"argmap.sections\"").forEach(s -> {
            if (object(s, "a section", List.of("id", "title"))) {
                Optional<String> id = need(s, "id", "a section").flatMap(x -> string(x, "a section's \"id\""));
                Optional<String> stitle = need(s, "title", "a section").flatMap(x -> string(x, "a section's \"title\""));
                if (id.isPresent() && stitle.isPresent()) {
                    sections.add(new Section(id.get(), stitle.get()));
                    sectionAt.add(s);
                }
            }
        }));
        v.field("claims").ifPresent(c -> {
            if (object(c, "\"argmap.claims\"", null)) {
                for (Map.Entry<String, Value> e : c.fields().entrySet()) {
                    Node node = nodes.get(e.getKey());
                    if (node == null || !node.type().equals("I")) {
                        error(e.getValue(), format(Messages.AIF_EXTENSION_NOT_I, e.getKey()));
                        continue;
                    }
                    readClaim(e.getKey(), e.getValue());
                }
            }
        });
        v.field("metadata").ifPresent(m -> items(m, "\"argmap.metadata\"").forEach(pair -> {
            if (object(pair, "a metadata entry", List.of("key", "value"))) {
                Optional<String> key = need(pair, "key", "a metadata entry").flatMap(x -> string(x, "a metadata \"key\""));
                Optional<String> value = need(pair, "value", "a metadata entry").flatMap(x -> string(x, "a metadata \"value\""));
                if (key.isPresent() && value.isPresent()) {
                    metadata.put(key.get(), value.get());
                }
            }
        }));
        v.field("arguments").ifPresent(c -> {
            if (object(c, "\"argmap.arguments\"", null)) {
                for (Map.Entry<String, Value> e : c.fields().entrySet()) {
                    Node node = nodes.get(e.getKey());
                    if (node == null || !node.type().equals("I")) {
                        error(e.getValue(), format(Messages.AIF_EXTENSION_NOT_I, e.getKey()));
                        continue;
                    }
                    readArgument(e.getKey(), e.getValue());
                }
            }
        });
        v.field("relations").ifPresent(c -> {
            if (object(c, "\"argmap.relations\"", null)) {
                for (Map.Entry<String, Value> e : c.fields().entrySet()) {
                    Node node = nodes.get(e.getKey());
                    if (node == null || !(node.type().equals("RA") || node.type().equals("CA"))) {
                        error(e.getValue(), format(Messages.AIF_EXTENSION_NOT_SCHEME, e.getKey()));
                        continue;
                    }
                    Value x = e.getValue();
                    String what = "the extension of scheme node '" + e.getKey() + "'";
                    if (object(x, what, List.of("id", "note", "scheme"))) {
                        relations.put(e.getKey(), new RelationExtra(opt(x, "id", what + " \"id\"").orElse(""),
                                opt(x, "note", what + " \"note\""), opt(x, "scheme", what + " \"scheme\"")));
                    }
                }
            }
        });
        v.field("edges").ifPresent(c -> {
            if (object(c, "\"argmap.edges\"", null)) {
                for (Map.Entry<String, Value> e : c.fields().entrySet()) {
                    Value x = e.getValue();
                    if (object(x, "an edge's extension", List.of("note", "group"))) {
                        edges.put(e.getKey(), new EdgeExtra(opt(x, "note", "an edge's \"note\""), opt(x, "group", "an edge's \"group\"")));
                    }
                }
            }
        });
        return this;
    }

    /**
     * Reads an argument node's fields. Its speaker comes from its locution, as a claim's does, so the
     * extension does not carry it.
     */
    private void readArgument(String nodeId, Value a) {
        String what = "the extension of argument node '" + nodeId + "'";
        if (object(a, what, null)) {
            NodeField.Values values = TreeFields.read(a, ARGUMENT_FIELDS, what, file, errors);
            if (need(a, "id", what).isPresent() && values.has(NodeField.ID)) {
                arguments.put(nodeId, values);
            }
        }
    }

    /** Reads a claim's fields beyond AIF's: its text is the I node's and its speaker comes from its locution. */
    private void readClaim(String nodeId, Value c) {
        String what = "the extension of node '" + nodeId + "'";
        if (object(c, what, null)) {
            NodeField.Values values = TreeFields.read(c, CLAIM_FIELDS, what, file, errors);
            if (need(c, "id", what).isPresent() && values.has(NodeField.ID)) {
                claims.put(nodeId, values);
            }
        }
    }

    private boolean object(Value v, String what, List<String> allowed) {
        if (!v.is(Kind.OBJECT)) {
            error(v, format(Messages.WRONG_TYPE, what, "an object", v.kind().description()));
            return false;
        }
        if (allowed != null) {
            for (Map.Entry<String, Value> f : v.fields().entrySet()) {
                if (!allowed.contains(f.getKey())) {
                    error(f.getValue(), format(Messages.UNKNOWN_FIELD, f.getKey(), what, String.join(", ", allowed)));
                }
            }
        }
        return true;
    }

    private List<Value> items(Value v, String what) {
        if (!v.is(Kind.ARRAY)) {
            error(v, format(Messages.WRONG_TYPE, what, "an array", v.kind().description()));
            return List.of();
        }
        return v.items();
    }

    private Optional<Value> need(Value object, String field, String what) {
        Optional<Value> v = object.field(field);
        if (v.isEmpty()) {
            error(object, format(Messages.MISSING_FIELD, what, field));
        }
        return v;
    }

    private Optional<String> opt(Value object, String field, String what) {
        return object.field(field).flatMap(v -> string(v, what));
    }

    private Optional<String> string(Value v, String what) {
        if (v.is(Kind.STRING)) {
            return Optional.of(v.text());
        }
        error(v, format(Messages.WRONG_TYPE, what, "a string", v.kind().description()));
        return Optional.empty();
    }

    private void error(Value at, String message) {
        errors.add(at.problem(file, message));
    }
}
