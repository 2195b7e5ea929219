package io.github.argmap.core.aif;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Ids;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.PositionedJson;
import io.github.argmap.core.internal.PositionedJson.Kind;
import io.github.argmap.core.internal.PositionedJson.Value;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.internal.LinkedGroups;
import io.github.argmap.core.internal.Messages;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/** Reads AIF-JSON, argmap's own or foreign; see the package documentation for the mapping. */
final class AifReader {
    private static final Pattern NOT_ID_CHAR = Pattern.compile("[^A-Za-z0-9._-]");

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
    private record Edge(String id, Node from, Node to, Value at) {
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
        Optional<String> section = Optional.empty();
        Optional<String> quote = Optional.empty();
        List<String> tags = List.of();
        Optional<String> note = Optional.empty();
        OptionalDouble weight = OptionalDouble.empty();
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
                String id = unique(slug(full).orElse("p" + sanitize(pid.get())), taken, speakerSuffix);
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
                if (ext != null && ext.claims.containsKey(n.id)) {
                    ext.claims.get(n.id).accept(d);
                    d.fromExtension = true;
                    takenIds.add(d.id);
                }
                drafts.put(n.id, d);
            }
        }
        for (Draft d : drafts.values()) {
            if (d.id == null) {
                d.id = unique("n" + sanitize(d.node.id), takenIds, claimSuffix);
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
            List<Edge> fromLocutions = filter(in.get(n.id), e -> e.from.type.equals("L"));
            List<Edge> toClaims = filter(out.get(n.id), e -> e.to.type.equals("I"));
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
                    String prefixed = prefixName(l.from.text);
                    if (prefixed != null) {
                        String key = prefixed.toLowerCase(Locale.ROOT);
                        speakerId = speakerByName.get(key);
                        if (speakerId == null) {
                            speakerId = unique(slug(prefixed).orElse("speaker"), speakerIds, speakerSuffix);
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
                            d.quote = quoteOf(l.from.text, speakers.get(speakerId));
                        }
                    } else if (!d.speaker.equals(speakerId) && asserting) {
                        warn(l.from.at, format(Messages.AIF_SECOND_SPEAKER, d.id, speakers.get(speakerId).name(),
                                speakers.get(d.speaker).name()));
                    }
                }
            }
        }
        for (Draft d : drafts.values()) {
            Node n = d.node;
            b.addClaim(new Claim(d.id, n.text, Optional.ofNullable(d.speaker), d.section, d.quote, d.tags, d.note, d.weight,
                    Optional.empty()));
            claimAt.add(n.at);
        }

        // Relations: premises -> RA/CA -> conclusion; several premises are one linked argument.
        Set<List<String>> pairs = new HashSet<>();
        LinkedGroups groups = new LinkedGroups();
        Set<List<Object>> firstOfGroup = new HashSet<>();
        for (Node n : nodes.values()) {
            switch (n.type) {
                case "RA":
                case "CA":
                    scheme(n, in, out, drafts, ext, pairs, used, groups, firstOfGroup, relationAt);
                    break;
                case "MA":
                case "PA":
                    kept(n, in, out, drafts, used, b);
                    break;
                case "I":
                case "YA":
                    break;
                case "L":
                    if (filter(out.get(n.id), e -> used.contains(e)).isEmpty()) {
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
        b.addRelations(groups.relations());
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

    /**
     * The inference or conflict scheme an RA/CA node names, as a relation note {@code "scheme: …"}
     * until the model has a scheme field: its {@code "scheme"} field (OVA, AIFdb), else its text when
     * that is not the default ("Default Inference"/"Default Conflict"); a {@code "schemeID"} is added.
     */
    private static Optional<String> schemeNote(Node n) {
        Optional<String> raw = n.at.field("scheme").filter(v -> v.is(Kind.STRING) || v.is(Kind.INTEGER))
                .map(v -> v.text().trim()).filter(t -> !t.isEmpty());
        // AIFdb often puts the scheme's number in "scheme" and its name in the text.
        boolean numeric = raw.isPresent() && raw.get().chars().allMatch(Character::isDigit);
        Optional<String> field = numeric ? Optional.empty() : raw;
        String text = n.text.trim();
        Optional<String> scheme = field.isPresent() ? field
                : text.isEmpty() || text.equalsIgnoreCase(AifWriter.RA_TEXT) || text.equalsIgnoreCase(AifWriter.CA_TEXT)
                        || text.equals(n.type) ? Optional.empty() : Optional.of(text);
        Optional<String> schemeId = n.at.field("schemeID").filter(v -> v.is(Kind.STRING) || v.is(Kind.INTEGER))
                .map(Value::text).filter(t -> !t.isBlank() && !t.equals("0"))
                .or(() -> numeric && !raw.get().equals("0") ? raw : Optional.empty());
        if (scheme.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("scheme: " + scheme.get() + schemeId.map(id -> " (schemeID " + id + ")").orElse(""));
    }

    private void scheme(Node n, Map<String, List<Edge>> in, Map<String, List<Edge>> out, Map<String, Draft> drafts,
            AifExtension ext, Set<List<String>> pairs, Set<Edge> used, LinkedGroups groups, Set<List<Object>> firstOfGroup,
            List<Value> relationAt) {
        RelationKind kind = n.type.equals("RA") ? RelationKind.SUPPORT : RelationKind.REBUTTAL;
        List<Edge> premises = filter(in.get(n.id), e -> e.from.type.equals("I"));
        List<Edge> conclusions = filter(out.get(n.id), e -> e.to.type.equals("I"));
        if (premises.isEmpty() || conclusions.isEmpty()) {
            drop(n.at, "incomplete " + n.type, k -> format(Messages.AIF_INCOMPLETE_SCHEME, k, n.type));
            return;
        }
        Optional<String> derivedGroup = premises.size() > 1 ? Optional.of("g" + sanitize(n.id)) : Optional.empty();
        used.addAll(conclusions);
        conclusions = firstConclusion(n, conclusions);
        for (Edge c : conclusions) {
            for (Edge p : premises) {
                used.add(p);
                Draft from = drafts.get(p.from.id);
                Draft to = drafts.get(c.to.id);
                if (from == to) {
                    warn(n.at, format(Messages.AIF_SELF_RELATION, n.type, n.id, from.id));
                    continue;
                }
                if (!pairs.add(List.of(from.id, to.id))) {
                    warn(n.at, format(Messages.AIF_SECOND_RELATION, n.type, n.id, from.id, to.id));
                    continue;
                }
                EdgeExtra extra = ext == null ? null : ext.edges.get(p.id);
                Optional<String> note = extra == null ? schemeNote(n) : extra.note();
                Optional<String> group = extra == null ? derivedGroup : extra.group();
                groups.add(new Relation("", List.of(from.id), to.id, kind, note, Optional.empty()), group);
                if (group.isEmpty() || firstOfGroup.add(List.of(group.get(), kind, to.id))) {
                    relationAt.add(p.at);
                }
            }
        }
    }

    /** MA (rephrase) and PA (preference) nodes have no relation in argmap; they become notes on the map. */
    private void kept(Node n, Map<String, List<Edge>> in, Map<String, List<Edge>> out, Map<String, Draft> drafts,
            Set<Edge> used, ArgumentMap.Builder b) {
        List<Edge> sources = filter(in.get(n.id), e -> e.from.type.equals("I"));
        List<Edge> targets = filter(out.get(n.id), e -> e.to.type.equals("I"));
        if (sources.isEmpty() || targets.isEmpty()) {
            drop(n.at, "incomplete " + n.type, k -> format(Messages.AIF_INCOMPLETE_SCHEME, k, n.type));
            return;
        }
        used.addAll(targets);
        targets = firstConclusion(n, targets);
        for (Edge s : sources) {
            for (Edge t : targets) {
                String template = n.type.equals("MA") ? Messages.AIF_REPHRASE_NOTE : Messages.AIF_PREFERENCE_NOTE;
                b.addNote(format(template, drafts.get(s.from.id).id, drafts.get(t.to.id).id, n.id));
                used.add(s);
                used.add(t);
            }
        }
        drop(n.at, "kept " + n.type, k -> format(Messages.AIF_KEPT_AS_NOTE, k, n.type,
                n.type.equals("MA") ? "rephrase" : "preference"));
    }

    /**
     * A scheme node has one conclusion in AIF. Reading every premise against every conclusion of a
     * node that has many would turn a file of 2,000 edges into a million relations (quadratic time
     * and memory from a small hostile file), so the first is read and the others are reported.
     */
    private List<Edge> firstConclusion(Node n, List<Edge> conclusions) {
        if (conclusions.size() <= 1) {
            return conclusions;
        }
        for (Edge extra : conclusions.subList(1, conclusions.size())) {
            drop(extra.at, "conclusions " + n.type, k -> format(Messages.AIF_SECOND_CONCLUSION, k, n.type));
        }
        return conclusions.subList(0, 1);
    }

    private static <T> List<T> filter(List<T> items, java.util.function.Predicate<T> keep) {
        List<T> out = new ArrayList<>();
        if (items != null) {
            for (T item : items) {
                if (keep.test(item)) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    /** The said words of a locution: its text without a leading "Name:" naming the speaker. */
    /**
     * The speaker's name AIFdb writes before a locution's text, {@code "CL : and therefore …"}: up to
     * 60 characters before the first {@code " : "} (or {@code ": "}), with no sentence punctuation.
     */
    static String prefixName(String locution) {
        int colon = locution.indexOf(':');
        if (colon <= 0 || colon > 60 || colon + 1 >= locution.length() || locution.charAt(colon + 1) != ' ') {
            return null;
        }
        String who = locution.substring(0, colon).trim();
        if (who.isEmpty() || locution.substring(colon + 1).isBlank()) {
            return null;
        }
        for (int i = 0; i < who.length(); i++) {
            char c = who.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '"' || c == '\n') {
                return null;
            }
        }
        return who;
    }

    private static void addIllocutionNote(Draft d, String illocution, String speakerName) {
        if (d.fromExtension) {
            return;
        }
        String line = illocution + (speakerName == null ? "" : " (by " + speakerName + ")");
        String before = d.note.orElse("");
        if (!before.lines().anyMatch(line::equals)) {
            d.note = Optional.of(before.isEmpty() ? line : before + "\n" + line);
        }
    }

    private static Optional<String> quoteOf(String locution, Speaker speaker) {
        String text = locution;
        int colon = text.indexOf(':');
        if (colon > 0) {
            String who = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String[] names = AifWriter.splitName(speaker.name());
            if (who.equals(speaker.name().trim().toLowerCase(Locale.ROOT))
                    || who.equals(names[0].toLowerCase(Locale.ROOT))
                    || who.equals(names[1].toLowerCase(Locale.ROOT))) {
                text = text.substring(colon + 1).trim();
            }
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
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

    private void warn(Value at, String message) {
        warnings.add(at.problem(name, message));
    }

    /** Counts a thing left out under a key; one warning per key, at the first place, with the count. */
    private void drop(Value at, String key, IntFunction<String> message) {
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

    // ---- ids for foreign AIF ----

    /** Replaces every character an id may not hold by {@code _}, leaving room for a prefix and a suffix. */
    static String sanitize(String raw) {
        String s = NOT_ID_CHAR.matcher(raw).replaceAll("_");
        return s.length() > Ids.MAX_LENGTH - 8 ? s.substring(0, Ids.MAX_LENGTH - 8) : s;
    }

    /** A lower-case ASCII id from a name: {@code Ilke Toygür} gives {@code ilke-toygur}. */
    static Optional<String> slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(s.length() > Ids.MAX_LENGTH - 8 ? s.substring(0, Ids.MAX_LENGTH - 8) : s);
    }

    /**
     * The base, or the base with the smallest suffix {@code -2}, {@code -3} ... not yet taken. As
     * {@code taken} only grows, the search for a base resumes where it last stopped: the same ids as
     * counting up from 2 each time, without its quadratic cost.
     *
     * @param nextSuffix the number to try next after each base, one map per {@code taken} set
     */
    private static String unique(String base, Set<String> taken, Map<String, Integer> nextSuffix) {
        if (taken.add(base)) {
            return base;
        }
        int i = nextSuffix.getOrDefault(base, 2);
        while (!taken.add(base + "-" + i)) {
            i++;
        }
        nextSuffix.put(base, i + 1);
        return base + "-" + i;
    }
}
