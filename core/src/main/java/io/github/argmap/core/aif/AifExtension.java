package io.github.argmap.core.aif;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.Problem;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.aif.AifReader.Draft;
import io.github.argmap.core.aif.AifReader.EdgeExtra;
import io.github.argmap.core.aif.AifReader.Node;
import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.internal.PositionedJson.Kind;
import io.github.argmap.core.internal.PositionedJson.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

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
    final Map<String, java.util.function.Consumer<Draft>> claims = new HashMap<>();
    final Map<String, EdgeExtra> edges = new HashMap<>();
    final Map<String, String> metadata = new java.util.TreeMap<>();
    /** Arguments by the nodeID of their I node. */
    final Map<String, ArgumentExtra> arguments = new HashMap<>();
    /** What a relation keeps beyond AIF, by the nodeID of its RA or CA node. */
    final Map<String, RelationExtra> relations = new HashMap<>();

    /** An argument's fields; its speaker comes from its locution, as a claim's does. */
    record ArgumentExtra(String id, String text, Optional<String> title, List<String> premises,
            Optional<String> conclusion, Optional<String> section, Optional<String> quote, List<String> tags,
            Optional<String> note) {}

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

    private void readArgument(String nodeId, Value a) {
        String what = "the extension of argument node '" + nodeId + "'";
        if (!object(a, what, List.of("id", "text", "title", "premises", "conclusion", "section", "quote", "tags", "note"))) {
            return;
        }
        Optional<String> id = need(a, "id", what).flatMap(x -> string(x, what + " \"id\""));
        Optional<String> text = need(a, "text", what).flatMap(x -> string(x, what + " \"text\""));
        List<String> premises = strings(a, "premises", what);
        List<String> tags = strings(a, "tags", what);
        if (id.isPresent() && text.isPresent()) {
            arguments.put(nodeId, new ArgumentExtra(id.get(), text.get(), opt(a, "title", what + " \"title\""), premises,
                    opt(a, "conclusion", what + " \"conclusion\""), opt(a, "section", what + " \"section\""),
                    opt(a, "quote", what + " \"quote\""), tags, opt(a, "note", what + " \"note\"")));
        }
    }

    private List<String> strings(Value object, String field, String what) {
        List<String> out = new ArrayList<>();
        object.field(field).ifPresent(t -> items(t, what + " \"" + field + "\"").forEach(item ->
                string(item, what + " \"" + field + "\" item").ifPresent(out::add)));
        return out;
    }

    private void readClaim(String nodeId, Value c) {
        String what = "the extension of node '" + nodeId + "'";
        if (!object(c, what, List.of("id", "title", "section", "quote", "tags", "note", "weight"))) {
            return;
        }
        Optional<String> id = need(c, "id", what).flatMap(x -> string(x, what + " \"id\""));
        Optional<String> title = opt(c, "title", what + " \"title\"");
        Optional<String> section = opt(c, "section", what + " \"section\"");
        Optional<String> quote = opt(c, "quote", what + " \"quote\"");
        Optional<String> note = opt(c, "note", what + " \"note\"");
        List<String> tags = new ArrayList<>();
        c.field("tags").ifPresent(t -> items(t, what + " \"tags\"").forEach(tag ->
                string(tag, what + " tag").ifPresent(tags::add)));
        OptionalDouble weight = OptionalDouble.empty();
        Optional<Value> w = c.field("weight");
        if (w.isPresent()) {
            if (w.get().is(Kind.INTEGER) || w.get().is(Kind.DECIMAL)) {
                double d = Double.parseDouble(w.get().text());
                if (Double.isFinite(d)) {
                    weight = OptionalDouble.of(d);
                } else {
                    error(w.get(), format(Messages.NOT_A_NUMBER, what + " \"weight\"", w.get().text()));
                }
            } else {
                error(w.get(), format(Messages.WRONG_TYPE, what + " \"weight\"", "a number", w.get().kind().description()));
            }
        }
        if (id.isEmpty()) {
            return;
        }
        OptionalDouble finalWeight = weight;
        claims.put(nodeId, d -> {
            d.id = id.get();
            d.title = title;
            d.section = section;
            d.quote = quote;
            d.tags = tags;
            d.note = note;
            d.weight = finalWeight;
        });
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
