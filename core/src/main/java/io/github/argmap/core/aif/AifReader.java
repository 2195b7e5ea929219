package io.github.argmap.core.aif;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.PositionedJson;
import io.github.argmap.core.internal.PositionedJson.Kind;
import io.github.argmap.core.internal.PositionedJson.Value;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.internal.NodeField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/** Reads AIF-JSON, argmap's own or foreign; see the package documentation for the mapping. */
final class AifReader {
    private final String name;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    /** The document's root value, where a problem with no element of its own is placed. */
    private Value document;
    /** Warnings that would repeat for every node of a kind: counted, reported once at the first place. */
    private final Map<String, Dropped> dropped = new LinkedHashMap<>();

    private static final class Dropped {
        final Value first;
        final IntFunction<String> message;
        int count;

        Dropped(Value first, IntFunction<String> message) {
            this.first = first;
            this.message = message;
        }
    }

    AifReader(String name) {
        this.name = name;
    }

    /**
     * One node of the file. Compared by identity: each is made once, and a record's own hash would
     * walk the whole JSON value it came from, for every look-up.
     */
    record Node(String id, String type, String text, Value at) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** One edge of the file, compared by identity as {@link Node} is; only ever looked up, never iterated from a hash set. */
    record Edge(String id, Node from, Node to, Value at) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** What will become a claim; filled in as locutions are read. */
    static final class Draft {
        final Node node;
        String id;
        String speaker;
        /** The claim's or argument's fields: from argmap's extension, or the quote and note the reader derives. */
        NodeField.Values fields = new NodeField.Values();
        /** Whether the extension says this I node stands for an argument node. */
        boolean argument;
        boolean fromExtension;

        Draft(Node node) {
            this.node = node;
        }
    }

    record EdgeExtra(Optional<String> note, Optional<String> group) {}

    ReadResult read(byte[] bytes) {
        Value root = PositionedJson.parse(bytes, name, 1, 1);
        document = root;
        if (!root.is(Kind.OBJECT)) {
            fail(root, format(Messages.WRONG_TYPE, "an AIF document", "an object", root.kind().description()));
        }
        Value doc = root;
        if (root.field("nodes").isEmpty()) {
            // OVA 3 and xAIF wrap the AIF part in an "AIF" object beside their own data.
            Optional<Value> wrapped = root.field("AIF").or(() -> root.field("aif")).filter(v -> v.is(Kind.OBJECT));
            if (wrapped.isPresent()) {
                doc = wrapped.get();
            }
        }
        Value nodesValue = required(doc, "nodes", "the AIF document");
        Value edgesValue = required(doc, "edges", "the AIF document");
        throwIfErrors();
        List<Value> nodeItems = array(nodesValue, "\"nodes\"");
        List<Value> edgeItems = array(edgesValue, "\"edges\"");
        List<Value> locutionItems = doc.field("locutions").map(v -> array(v, "\"locutions\"")).orElse(List.of());
        List<Value> participantItems = doc.field("participants").map(v -> array(v, "\"participants\"")).orElse(List.of());
        throwIfErrors();

        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Value item : nodeItems) {
            readNode(item, nodes);
        }
        Map<String, List<Edge>> out = new HashMap<>();
        Map<String, List<Edge>> in = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (Value item : edgeItems) {
            Edge e = readEdge(item, nodes);
            if (e != null) {
                edges.add(e);
                out.computeIfAbsent(e.from.id, k -> new ArrayList<>(2)).add(e);
                in.computeIfAbsent(e.to.id, k -> new ArrayList<>(2)).add(e);
            }
        }
        Map<String, String> personOf = new HashMap<>();
        for (Value item : locutionItems) {
            if (expectObject(item, "a locution")) {
                Optional<String> node = idField(item, "nodeID", "a locution", true);
                Optional<String> person = idField(item, "personID", "a locution", true);
                if (node.isPresent() && person.isPresent()) {
                    personOf.putIfAbsent(node.get(), person.get());
                }
            }
        }
        Optional<Value> extension = root.field("argmap");
        if (extension.isEmpty() && doc != root) {
            extension = doc.field("argmap");
        }
        AifExtension ext = extension.map(v -> new AifExtension(name, errors).read(v, nodes)).orElse(null);
        throwIfErrors();
        return build(nodes, edges, out, in, personOf, participantItems, ext);
    }

    private ReadResult build(Map<String, Node> nodes, List<Edge> edges, Map<String, List<Edge>> out,
            Map<String, List<Edge>> in, Map<String, String> personOf, List<Value> participantItems, AifExtension ext) {
        ArgumentMap.Builder b = ArgumentMap.builder();
        List<Value> speakerAt = new ArrayList<>();
        List<Value> sectionAt = new ArrayList<>();
        List<Value> claimAt = new ArrayList<>();
        List<Value> relationAt = new ArrayList<>();
        Set<Edge> used = new HashSet<>();
        Set<String> droppedNodes = new HashSet<>();

        // Speakers: the extension's table when there is one, else one per participant.
        Map<String, String> speakerOfPerson = new HashMap<>();
        Map<String, Speaker> speakers = new HashMap<>();
        if (ext != null) {
            b.title(ext.title);
            b.source(ext.source);
            ext.notes.forEach(b::addNote);
            for (int i = 0; i < ext.speakers.size(); i++) {
                Speaker s = ext.speakers.get(i);
                b.addSpeaker(s);
                speakerAt.add(ext.speakerAt.get(i));
                speakers.put(s.id(), s);
                speakerOfPerson.putIfAbsent(ext.speakerPerson.get(i), s.id());
            }
            for (int i = 0; i < ext.sections.size(); i++) {
                b.addSection(ext.sections.get(i));
                sectionAt.add(ext.sectionAt.get(i));
            }
        } else {
            Set<String> taken = new HashSet<>();
            Map<String, Integer> speakerSuffix = new HashMap<>();
            for (Value p : participantItems) {
                if (!expectObject(p, "a participant")) {
                    continue;
                }
                Optional<String> pid = idField(p, "participantID", "a participant", true);
                String first = optionalString(p, "firstname", "a participant's \"firstname\"").orElse("");
                String last = optionalString(p, "surname", "a participant's \"surname\"").orElse("");
                if (pid.isEmpty()) {
                    continue;
                }
                String full = (first.trim() + " " + last.trim()).trim();
                if (full.isEmpty()) {
                    full = "participant " + pid.get();
                }
                String id = AifNames.unique(AifNames.slug(full).orElse("p" + AifNames.sanitize(pid.get())), taken, speakerSuffix);
                Speaker s = Speaker.of(id, full, "participant");
                b.addSpeaker(s);
                speakerAt.add(p);
                speakers.put(id, s);
                speakerOfPerson.putIfAbsent(pid.get(), id);
            }
        }
        throwIfErrors();

        // Claims: one per I-node, ids from the extension or derived from the nodeID.
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Set<String> takenIds = new HashSet<>();
        Map<String, Integer> claimSuffix = new HashMap<>();
        for (Node n : nodes.values()) {
            if (n.type.equals("I")) {
                Draft d = new Draft(n);
                NodeField.Values given = ext == null ? null : ext.claims.get(n.id);
                if (given == null && ext != null) {
                    given = ext.arguments.get(n.id);
                    d.argument = given != null;
                }
                if (given != null) {
                    d.fields = given;
                    d.id = given.text(NodeField.ID).orElseThrow();
                    d.fromExtension = true;
                    takenIds.add(d.id);
                }
                drafts.put(n.id, d);
            }
        }
        for (Draft d : drafts.values()) {
            if (d.id == null) {
                d.id = AifNames.unique("n" + AifNames.sanitize(d.node.id), takenIds, claimSuffix);
            }
        }

        // Speakers of claims: L-node -> YA -> I-node; the L-node's person a participant (from the
        // "locutions" rows), else the "Name : text" prefix AIFdb writes into the L-node's text.
        // A YA other than "Asserting" (Questioning, Conceding, …) still names the speaker when the
        // claim has none, and is kept as a note on the claim: "Questioning (by CL)".
        Set<String> speakerIds = new HashSet<>(speakers.keySet());
        Map<String, Integer> speakerSuffix = new HashMap<>();
        Map<String, String> speakerByName = new HashMap<>();
        for (Speaker s : speakers.values()) {
            speakerByName.putIfAbsent(s.name().trim().toLowerCase(Locale.ROOT), s.id());
            String[] parts = AifWriter.splitName(s.name());
            speakerByName.putIfAbsent(parts[0].trim().toLowerCase(Locale.ROOT), s.id());
        }
        for (Node n : nodes.values()) {
            if (!n.type.equals("YA")) {
                continue;
            }
            List<Edge> fromLocutions = AifSchemes.filter(in.get(n.id), e -> e.from.type.equals("L"));
            List<Edge> toClaims = AifSchemes.filter(out.get(n.id), e -> e.to.type.equals("I"));
            String illocution = n.text.trim();
            boolean asserting = illocution.equalsIgnoreCase(AifWriter.YA_TEXT);
            if (toClaims.isEmpty() || (fromLocutions.isEmpty() && asserting)) {
                drop(n.at, "YA " + illocution, k -> format(Messages.AIF_DROPPED_ILLOCUTION, k, illocution));
                droppedNodes.add(n.id);
                continue;
            }
            if (toClaims.size() > 1) {
                // As for scheme nodes: every locution against every claim would be quadratic in the file.
                for (Edge extra : toClaims.subList(1, toClaims.size())) {
                    used.add(extra);
                    drop(extra.at, "anchored YA", k -> format(Messages.AIF_SECOND_ANCHORED, k));
                }
                toClaims = toClaims.subList(0, 1);
            }
            if (fromLocutions.isEmpty()) {
                // An illocution with no locution (an analyst's YA): only the note.
                for (Edge c : toClaims) {
                    used.add(c);
                    addIllocutionNote(drafts.get(c.to.id), illocution, null);
                }
                continue;
            }
            for (Edge l : fromLocutions) {
                String person = personOf.get(l.from.id);
                String speakerId = person == null ? null : speakerOfPerson.get(person);
                if (speakerId == null) {
                    String prefixed = AifNames.prefixName(l.from.text);
                    if (prefixed != null) {
                        String key = prefixed.toLowerCase(Locale.ROOT);
                        speakerId = speakerByName.get(key);
                        if (speakerId == null) {
                            speakerId = AifNames.unique(AifNames.slug(prefixed).orElse("speaker"), speakerIds, speakerSuffix);
                            Speaker s = Speaker.of(speakerId, prefixed, "participant");
                            b.addSpeaker(s);
                            speakerAt.add(l.from.at);
                            speakers.put(speakerId, s);
                            speakerByName.put(key, speakerId);
                        }
                    }
                }
                if (speakerId == null) {
                    warn(l.from.at, format(Messages.AIF_LOCUTION_WITHOUT_SPEAKER, l.from.id));
                    continue;
                }
                used.add(l);
                for (Edge c : toClaims) {
                    used.add(c);
                    Draft d = drafts.get(c.to.id);
                    if (!asserting) {
                        addIllocutionNote(d, illocution, speakers.get(speakerId).name());
                    }
                    if (d.speaker == null) {
                        d.speaker = speakerId;
                        if (!d.fromExtension) {
                            d.fields.put(NodeField.QUOTE, AifNames.quoteOf(l.from.text, speakers.get(speakerId)).orElse(null));
                        }
                    } else if (!d.speaker.equals(speakerId) && asserting) {
                        warn(l.from.at, format(Messages.AIF_SECOND_SPEAKER, d.id, speakers.get(speakerId).name(),
                                speakers.get(d.speaker).name()));
                    }
                }
            }
        }
        List<Value> argumentAt = new ArrayList<>();
        for (Draft d : drafts.values()) {
            Node n = d.node;
            d.fields.put(NodeField.ID, d.id).put(NodeField.SPEAKER, d.speaker);
            if (d.argument) {
                b.addArgument(d.fields.argument());
                argumentAt.add(n.at);
                continue;
            }
            b.addClaim(d.fields.put(NodeField.TEXT, n.text).claim());
            claimAt.add(n.at);
        }
        if (ext != null) {
            ext.metadata.forEach(b::putMetadata);
        }

        AifSchemes schemes = new AifSchemes(this);
        // Relations: premises -> RA/CA -> conclusion, the conclusion an I node or, for an undercut
        // (a CA node attacking an inference), the RA or CA node of the relation it attacks.
        for (Node n : nodes.values()) {
            switch (n.type) {
                case "RA":
                case "CA":
                    break;
                case "MA":
                case "PA":
                    schemes.kept(n, in, out, drafts, used, b);
                    break;
                case "I":
                case "YA":
                    break;
                case "L":
                    if (AifSchemes.filter(out.get(n.id), e -> used.contains(e)).isEmpty()) {
                        drop(n.at, "L", k -> format(Messages.AIF_DROPPED_LOCUTION, k));
                        droppedNodes.add(n.id);
                    }
                    break;
                case "TA":
                    drop(n.at, "TA", k -> format(Messages.AIF_DROPPED_TRANSITION, k));
                    droppedNodes.add(n.id);
                    break;
                default:
                    drop(n.at, "type " + n.type, k -> format(Messages.AIF_UNKNOWN_TYPE, k, n.type));
                    droppedNodes.add(n.id);
            }
        }
        schemes.relations(nodes, in, out, drafts, ext, used, b, relationAt);

        for (Edge e : edges) {
            if (!used.contains(e) && !droppedNodes.contains(e.from.id) && !droppedNodes.contains(e.to.id)) {
                drop(e.at, "edge " + e.from.type + "\u0000" + e.to.type,
                        k -> format(Messages.AIF_DROPPED_EDGE, k, e.from.type, e.to.type));
            }
        }
        for (Dropped d : dropped.values()) {
            warnings.add(d.first.problem(name, d.message.apply(d.count)));
        }
        warnings.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        try {
            return new ReadResult(b.build(), warnings);
        } catch (InvalidMapException e) {
            for (Problem p : e.problems()) {
                Value at = null;
                if (p.element().isPresent()) {
                    int i = p.element().get().index();
                    List<Value> origins = switch (p.element().get().kind()) {
                        case SPEAKER -> speakerAt;
                        case SECTION -> sectionAt;
                        case CLAIM -> claimAt;
                        case ARGUMENT -> argumentAt;
                        default -> relationAt;
                    };
                    at = i < origins.size() ? origins.get(i) : null;
                }
                // A rule of the whole map (no element to point at) is placed at the document's start.
                errors.add((at == null ? document : at).problem(name, p.message()));
            }
            throw new InvalidMapException(errors);
        }
    }

    private static void addIllocutionNote(Draft d, String illocution, String speakerName) {
        if (d.fromExtension) {
            return;
        }
        String line = illocution + (speakerName == null ? "" : " (by " + speakerName + ")");
        String before = d.fields.text(NodeField.NOTE).orElse("");
        if (!before.lines().anyMatch(line::equals)) {
            d.fields.put(NodeField.NOTE, before.isEmpty() ? line : before + "\n" + line);
        }
    }

    // ---- nodes and edges ----

    private void readNode(Value item, Map<String, Node> nodes) {
        if (!expectObject(item, "a node")) {
            return;
        }
        Optional<String> id = idField(item, "nodeID", "a node", true);
        Optional<String> type = Optional.empty();
        Optional<Value> typeValue = item.field("type");
        if (typeValue.isEmpty()) {
            error(item, format(Messages.MISSING_FIELD, "a node", "type"));
        } else {
            type = string(typeValue.get(), "a node's \"type\"");
        }
        Optional<String> text = optionalString(item, "text", "a node's \"text\"");
        if (id.isEmpty() || type.isEmpty()) {
            return;
        }
        if ((type.get().equals("I") || type.get().equals("L")) && item.field("text").isEmpty()) {
            error(item, format(Messages.MISSING_FIELD, "node '" + id.get() + "' of type " + type.get(), "text"));
            return;
        }
        Node earlier = nodes.get(id.get());
        if (earlier != null) {
            error(item.field("nodeID").orElseThrow(), format(Messages.AIF_DUPLICATE_NODE, id.get(), earlier.at.line(), earlier.at.column()));
            return;
        }
        nodes.put(id.get(), new Node(id.get(), type.get(), text.orElse(""), item));
    }

    private Edge readEdge(Value item, Map<String, Node> nodes) {
        if (!expectObject(item, "an edge")) {
            return null;
        }
        Optional<String> id = idField(item, "edgeID", "an edge", false);
        Optional<String> from = idField(item, "fromID", "an edge", true);
        Optional<String> to = idField(item, "toID", "an edge", true);
        if (from.isEmpty() || to.isEmpty()) {
            return null;
        }
        Node fromNode = nodes.get(from.get());
        Node toNode = nodes.get(to.get());
        if (fromNode == null) {
            error(item.field("fromID").orElseThrow(), format(Messages.AIF_DANGLING_EDGE, id.orElse("?"), "fromID", from.get()));
        }
        if (toNode == null) {
            error(item.field("toID").orElseThrow(), format(Messages.AIF_DANGLING_EDGE, id.orElse("?"), "toID", to.get()));
        }
        return fromNode == null || toNode == null ? null : new Edge(id.orElse(""), fromNode, toNode, item);
    }

    // ---- typed access, shared with the extension reader ----

    private Value required(Value object, String field, String what) {
        Optional<Value> v = object.field(field);
        if (v.isEmpty()) {
            error(object, format(Messages.MISSING_FIELD, what, field));
            return null;
        }
        return v.get();
    }

    private List<Value> array(Value v, String what) {
        if (!v.is(Kind.ARRAY)) {
            error(v, format(Messages.WRONG_TYPE, what, "an array", v.kind().description()));
            return List.of();
        }
        return v.items();
    }

    private boolean expectObject(Value v, String what) {
        if (v.is(Kind.OBJECT)) {
            return true;
        }
        error(v, format(Messages.WRONG_TYPE, what, "an object", v.kind().description()));
        return false;
    }

    private Optional<String> idField(Value object, String field, String what, boolean required) {
        Optional<Value> v = object.field(field);
        if (v.isEmpty() || (!required && v.get().is(Kind.NULL))) {
            if (required) {
                error(object, format(Messages.MISSING_FIELD, what, field));
            }
            return Optional.empty();
        }
        return id(v.get(), what + "'s \"" + field + "\"");
    }

    /** AIFdb writes ids as numbers or as strings of digits; OVA and others as any string. */
    private Optional<String> id(Value v, String what) {
        if (v.is(Kind.STRING) || v.is(Kind.INTEGER)) {
            return Optional.of(v.text());
        }
        error(v, format(Messages.WRONG_TYPE, what, "a string or an integer", v.kind().description()));
        return Optional.empty();
    }

    private Optional<String> optionalString(Value object, String field, String what) {
        return object.field(field).filter(v -> !v.is(Kind.NULL)).flatMap(v -> string(v, what));
    }

    private Optional<String> string(Value v, String what) {
        if (v.is(Kind.STRING)) {
            return Optional.of(v.text());
        }
        error(v, format(Messages.WRONG_TYPE, what, "a string", v.kind().description()));
        return Optional.empty();
    }

    private void error(Value at, String message) {
        errors.add(at.problem(name, message));
    }

    void warn(Value at, String message) {
        warnings.add(at.problem(name, message));
    }

    /** Counts a thing left out under a key; one warning per key, at the first place, with the count. */
    void drop(Value at, String key, IntFunction<String> message) {
        dropped.computeIfAbsent(key, k -> new Dropped(at, message)).count++;
    }

    private void fail(Value at, String message) {
        error(at, message);
        throwIfErrors();
    }

    private void throwIfErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidMapException(errors);
        }
    }

}
