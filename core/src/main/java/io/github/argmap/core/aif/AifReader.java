package io.github.argmap.core.aif;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.ArgumentMap;
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
import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.internal.NodeField;
import io.github.argmap.core.internal.RelationIds;
import java.text.Normalizer;
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
                            d.fields.put(NodeField.QUOTE, quoteOf(l.from.text, speakers.get(speakerId)).orElse(null));
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

        // Relations: premises -> RA/CA -> conclusion, the conclusion an I node or, for an undercut
        // (a CA node attacking an inference), the RA or CA node of the relation it attacks.
        for (Node n : nodes.values()) {
            switch (n.type) {
                case "RA":
                case "CA":
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
        relations(nodes, in, out, drafts, ext, used, b, relationAt);

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

    /**
     * The inference or conflict scheme an RA/CA node names: its {@code "scheme"} field (OVA, AIFdb),
     * unless that is a number (AIFdb often puts the scheme's number there and its name in the text),
     * else its text when that is not the default ("Default Inference", "Default Conflict").
     *
     * @param field the node's {@code "scheme"} field, if it is a string or an integer
     * @param text the node's text
     * @param type RA or CA
     * @return the scheme's name, if the node names one
     */
    static Optional<String> schemeName(Optional<String> field, String text, String type) {
        Optional<String> named = field.map(String::trim).filter(t -> !t.isEmpty() && !isNumber(t));
        if (named.isPresent()) {
            return named;
        }
        return AifWriter.isDefaultText(text, type) ? Optional.empty() : Optional.of(text.trim());
    }

    static boolean isNumber(String t) {
        return t.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The number AIFdb gives a node's scheme: its {@code "schemeID"}, else a numeric {@code "scheme"}; 0 means none. */
    private static Optional<String> schemeNumber(Node n) {
        Optional<String> field = n.at.field("scheme").filter(v -> v.is(Kind.STRING) || v.is(Kind.INTEGER))
                .map(v -> v.text().trim());
        return n.at.field("schemeID").filter(v -> v.is(Kind.STRING) || v.is(Kind.INTEGER)).map(v -> v.text().trim())
                .or(() -> field.filter(AifReader::isNumber))
                .filter(t -> !t.isEmpty() && !t.equals("0"));
    }

    /** One RA or CA node as read: its premises, its conclusion, and whether it gives a relation. */
    private static final class SchemeNode {
        final Node node;
        final List<Draft> premises = new ArrayList<>();
        Draft conclusion;
        SchemeNode target;
        /** 0 = not decided, 1 = being decided, 2 = gives a relation, 3 = left out. */
        int state;
        int index = -1;

        SchemeNode(Node node) {
            this.node = node;
        }

        boolean undercut() {
            return target != null;
        }
    }

    private void relations(Map<String, Node> nodes, Map<String, List<Edge>> in, Map<String, List<Edge>> out,
            Map<String, Draft> drafts, AifExtension ext, Set<Edge> used, ArgumentMap.Builder b, List<Value> relationAt) {
        Map<String, SchemeNode> schemes = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            if (n.type.equals("RA") || n.type.equals("CA")) {
                schemes.put(n.id, new SchemeNode(n));
            }
        }
        for (SchemeNode s : schemes.values()) {
            Node n = s.node;
            boolean ca = n.type.equals("CA");
            List<Edge> premises = filter(in.get(n.id), e -> e.from.type.equals("I"));
            List<Edge> conclusions = filter(out.get(n.id),
                    e -> e.to.type.equals("I") || (ca && (e.to.type.equals("RA") || e.to.type.equals("CA"))));
            if (premises.isEmpty() || conclusions.isEmpty()) {
                // Its edges are reported as fitting no pattern, as nothing is read from them.
                drop(n.at, "incomplete " + n.type, k -> format(Messages.AIF_INCOMPLETE_SCHEME, k, n.type));
                s.state = 3;
                continue;
            }
            used.addAll(conclusions);
            conclusions = firstConclusion(n, conclusions);
            {
                Node to = conclusions.get(0).to;
                if (to.type.equals("I")) {
                    s.conclusion = drafts.get(to.id);
                } else {
                    s.target = schemes.get(to.id);
                }
            }
            for (Edge p : premises) {
                used.add(p);
                Draft from = drafts.get(p.from.id);
                if (from == s.conclusion) {
                    warn(n.at, format(Messages.AIF_SELF_RELATION, n.type, n.id, from.id));
                } else if (!s.premises.contains(from)) {
                    s.premises.add(from);
                }
            }
            if (s.premises.isEmpty()) {
                // Its only premise was its conclusion.
                s.state = 3;
            }
        }
        // An undercut gives a relation when what it attacks does; followed without recursion, as a
        // chain of undercuts may be as long as the file.
        for (SchemeNode s : schemes.values()) {
            List<SchemeNode> chain = new ArrayList<>();
            SchemeNode at = s;
            while (at != null && at.state == 0) {
                at.state = 1;
                chain.add(at);
                at = at.undercut() ? at.target : null;
            }
            // The chain ends at a decided node (2 or 3), at a node on the chain itself (a loop), or at
            // a relation of claims (null after the last, which is then decided as giving a relation).
            boolean gives = at == null || at.state == 2;
            for (SchemeNode c : chain) {
                if (!gives) {
                    drop(c.node.at, "undercut target", k -> format(Messages.AIF_UNDERCUT_TARGET, k, c.node.type));
                }
                c.state = gives ? 2 : 3;
            }
        }
        List<SchemeNode> kept = new ArrayList<>();
        Set<List<Object>> keys = new HashSet<>();
        for (SchemeNode s : schemes.values()) {
            if (s.state != 2) {
                continue;
            }
            List<String> premiseIds = new ArrayList<>();
            s.premises.forEach(d -> premiseIds.add(d.id));
            Object to = s.undercut() ? s.target : s.conclusion.id;
            if (!keys.add(List.of(s.undercut(), new java.util.TreeSet<>(premiseIds), to))) {
                warn(s.node.at, format(Messages.AIF_SECOND_RELATION, s.node.type, s.node.id, String.join(" + ", premiseIds),
                        s.undercut() ? s.target.node.id : s.conclusion.id));
                s.state = 3;
                continue;
            }
            s.index = kept.size();
            kept.add(s);
        }
        // Undercuts of a relation that was left out as a repeat are left out with it.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (SchemeNode s : kept) {
                if (s.state == 2 && s.undercut() && s.target.state != 2) {
                    drop(s.node.at, "undercut target", k -> format(Messages.AIF_UNDERCUT_TARGET, k, s.node.type));
                    s.state = 3;
                    changed = true;
                }
            }
        }
        kept.removeIf(s -> s.state != 2);
        for (int i = 0; i < kept.size(); i++) {
            kept.get(i).index = i;
        }
        // Ids: the extension's; for foreign AIF, a relation that is undercut is named after its node.
        Set<SchemeNode> attacked = new HashSet<>();
        kept.stream().filter(SchemeNode::undercut).forEach(s -> attacked.add(s.target));
        String[] ids = new String[kept.size()];
        List<Optional<String>> notes = new ArrayList<>();
        Set<String> explicit = new HashSet<>();
        for (int i = 0; i < kept.size(); i++) {
            SchemeNode s = kept.get(i);
            AifExtension.RelationExtra extra = ext == null ? null : ext.relations.get(s.node.id);
            Optional<String> note = Optional.empty();
            String id = "";
            if (extra != null) {
                id = extra.id();
                note = extra.note();
            } else if (ext != null) {
                // Extension version 1 kept a relation's note and id (as a group) on its premise edges.
                for (Edge p : filter(in.get(s.node.id), e -> e.from.type.equals("I"))) {
                    EdgeExtra old = ext.edges.get(p.id);
                    if (old == null) {
                        continue;
                    }
                    if (old.note().isPresent() && !note.equals(old.note())) {
                        note = Optional.of(note.map(x -> x + "; ").orElse("") + old.note().get());
                    }
                    if (id.isEmpty() && old.group().isPresent() && Ids.isValid(old.group().get())
                            && !explicit.contains(old.group().get())) {
                        id = old.group().get();
                    }
                }
            }
            ids[i] = id;
            notes.add(note);
            if (!id.isEmpty()) {
                explicit.add(id);
            }
        }
        if (ext == null) {
            Map<String, Integer> suffix = new HashMap<>();
            for (int i = 0; i < kept.size(); i++) {
                SchemeNode s = kept.get(i);
                if (attacked.contains(s)) {
                    ids[i] = unique(s.node.type.toLowerCase(Locale.ROOT) + sanitize(s.node.id), explicit, suffix);
                }
            }
        }
        String[] effective = RelationIds.of(ids);
        Map<String, String> schemeNumbers = new HashMap<>();
        if (ext != null) {
            schemeNumbers.putAll(ext.metadata);
        }
        for (int i = 0; i < kept.size(); i++) {
            SchemeNode s = kept.get(i);
            Node n = s.node;
            List<String> premiseIds = new ArrayList<>();
            s.premises.forEach(d -> premiseIds.add(d.id));
            RelationKind kind = s.undercut() ? RelationKind.UNDERCUT
                    : n.type.equals("RA") ? RelationKind.SUPPORT : RelationKind.REBUTTAL;
            String to = s.undercut() ? effective[s.target.index] : s.conclusion.id;
            AifExtension.RelationExtra extra = ext == null ? null : ext.relations.get(n.id);
            Optional<String> field = n.at.field("scheme").filter(v -> v.is(Kind.STRING) || v.is(Kind.INTEGER)).map(Value::text);
            Optional<String> scheme = extra != null && extra.scheme().isPresent() ? extra.scheme()
                    : schemeName(field, n.text, n.type);
            if (scheme.isPresent()) {
                Optional<String> number = schemeNumber(n);
                String key = AifWriter.schemeIdKey(scheme.get());
                if (number.isPresent() && !schemeNumbers.containsKey(key)) {
                    schemeNumbers.put(key, number.get());
                    b.putMetadata(key, number.get());
                }
            }
            b.addRelation(new Relation(ids[i], premiseIds, to, kind, notes.get(i), scheme));
            relationAt.add(n.at);
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
        String before = d.fields.text(NodeField.NOTE).orElse("");
        if (!before.lines().anyMatch(line::equals)) {
            d.fields.put(NodeField.NOTE, before.isEmpty() ? line : before + "\n" + line);
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
