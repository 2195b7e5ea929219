package io.github.argmap.core.graphml;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.PositionedJson;
import io.github.argmap.core.internal.PositionedJson.Kind;
import io.github.argmap.core.internal.PositionedJson.Value;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.internal.UnicodeText;
import io.github.argmap.core.internal.LinkedGroups;
import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.internal.NodeField;
import io.github.argmap.core.internal.RelationIds;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the GraphML argmap writes, with StAX and no DTD processing: a DOCTYPE is refused, so no
 * external entity is ever fetched or expanded.
 */
final class GraphmlReader {
    private static final Set<String> STRUCTURE = Set.of("graphml", "key", "graph", "node", "edge", "data", "desc", "default");

    private final String name;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Set<String> warnedKeys = new HashSet<>();

    GraphmlReader(String name) {
        this.name = name;
    }

    private record KeyDecl(String domain, String name) {}

    /** An element being read: its name, where it starts, and its data by attribute name. */
    private static final class Open {
        final String element;
        final int[] at;
        final Map<String, String> data = new LinkedHashMap<>();
        final Map<String, int[]> dataAt = new HashMap<>();
        String id;
        String source;
        String target;
        String key;
        StringBuilder text;

        Open(String element, int[] at) {
            this.element = element;
            this.at = at;
        }
    }

    /**
     * One configured factory per thread: {@code XMLInputFactory.newFactory()} looks the
     * implementation up through system properties and the service loader on every call: reading a
     * 4 KB file went from 96 to 66 µs once warm (a corpus is hundreds of small files). Per thread because
     * the StAX specification does not promise that a factory is safe to share.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(GraphmlReader::secureFactory);

    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException e) {
            // A StAX implementation without these JAXP 1.5 properties still has DTDs switched off above.
        }
        return f;
    }

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    /**
     * Decodes the file ourselves, strictly: the JDK's parser prints "[Fatal Error]" lines to
     * standard error on malformed UTF-8 and places them nowhere. GraphML is UTF-8 (or UTF-16 with a
     * byte order mark); a declaration naming another encoding is refused rather than misread.
     */
    private String text(byte[] bytes) {
        String text = UnicodeText.decode(bytes, name);
        Matcher declared = DECLARED_ENCODING.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        if (declared.find()) {
            String encoding = declared.group(1).toUpperCase(java.util.Locale.ROOT);
            if (!encoding.equals("UTF-8") && !encoding.equals("UTF8") && !encoding.startsWith("UTF-16")) {
                fail(new int[] {1, declared.start(1) + 1}, format(Messages.GRAPHML_ENCODING, declared.group(1)));
            }
        }
        return text;
    }

    ReadResult read(byte[] bytes) {
        Map<String, KeyDecl> keys = new HashMap<>();
        ArgumentMap.Builder b = ArgumentMap.builder();
        List<int[]> claimAt = new ArrayList<>();
        List<int[]> relationAt = new ArrayList<>();
        List<int[]> argumentAt = new ArrayList<>();
        int[] graphAt = null;
        Map<String, String> graphData = new LinkedHashMap<>();
        Map<String, int[]> graphDataAt = new HashMap<>();
        Deque<Open> stack = new ArrayDeque<>();
        boolean sawGraph = false;
        XMLStreamReader x = null;
        try {
            x = FACTORY.get().createXMLStreamReader(new StringReader(text(bytes)));
            while (x.hasNext()) {
                int event = x.next();
                switch (event) {
                    case XMLStreamConstants.DTD:
                        fail(at(x), Messages.GRAPHML_DTD);
                        break;
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        fail(at(x), format(Messages.GRAPHML_NOT_XML, "undeclared entity &" + x.getLocalName() + ";"));
                        break;
                    case XMLStreamConstants.START_ELEMENT: {
                        String element = x.getLocalName();
                        String parent = stack.isEmpty() ? "" : stack.peek().element;
                        Open open = new Open(element, at(x));
                        if (!expected(parent, element) || !Keys.NS.equals(x.getNamespaceURI())) {
                            fail(open.at, format(Messages.GRAPHML_UNEXPECTED, element, parent.isEmpty() ? "the document" : parent,
                                    expectation(parent)));
                        }
                        switch (element) {
                            case "key": {
                                String id = attribute(x, "id", open.at);
                                String domain = Optional.ofNullable(x.getAttributeValue(null, "for")).orElse("all");
                                String attrName = Optional.ofNullable(x.getAttributeValue(null, "attr.name")).orElse(id);
                                if (id != null && keys.putIfAbsent(id, new KeyDecl(domain, attrName)) != null) {
                                    error(open.at, format(Messages.GRAPHML_DUPLICATE, "<key> id '" + id + "'", "the file"));
                                }
                                break;
                            }
                            case "graph":
                                if (sawGraph) {
                                    fail(open.at, format(Messages.GRAPHML_UNEXPECTED, "graph", "graphml", "one <graph> only"));
                                }
                                sawGraph = true;
                                graphAt = open.at;
                                break;
                            case "node":
                                open.id = attribute(x, "id", open.at);
                                break;
                            case "edge":
                                open.id = x.getAttributeValue(null, "id");
                                open.source = attribute(x, "source", open.at);
                                open.target = attribute(x, "target", open.at);
                                break;
                            case "data":
                                open.key = attribute(x, "key", open.at);
                                open.text = new StringBuilder();
                                break;
                            default:
                                break;
                        }
                        stack.push(open);
                        break;
                    }
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        if (!stack.isEmpty() && stack.peek().text != null) {
                            Open data = stack.peek();
                            data.text.append(x.getText());
                            // As argmap's JSON reader: a longer text could be read here but never read back from JSON.
                            if (data.text.length() > PositionedJson.MAX_STRING) {
                                fail(data.at, format(Messages.TOO_LARGE, "a text of more than " + PositionedJson.MAX_STRING
                                        + " characters in <data key=\"" + data.key + "\">"));
                            }
                        }
                        break;
                    case XMLStreamConstants.END_ELEMENT: {
                        Open done = stack.pop();
                        Open parent = stack.peek();
                        switch (done.element) {
                            case "data":
                                if (done.key != null) {
                                    KeyDecl k = keys.get(done.key);
                                    if (k == null) {
                                        error(done.at, format(Messages.GRAPHML_UNKNOWN_KEY, done.key));
                                    } else {
                                        Map<String, String> into = parent.element.equals("graph") ? graphData : parent.data;
                                        Map<String, int[]> intoAt = parent.element.equals("graph") ? graphDataAt : parent.dataAt;
                                        // A second value would silently replace the first: one of them would be lost.
                                        if (into.putIfAbsent(k.name(), done.text.toString()) != null) {
                                            error(done.at, format(Messages.GRAPHML_DUPLICATE, "data \"" + k.name() + "\"",
                                                    "this <" + parent.element + ">"));
                                        } else {
                                            intoAt.put(k.name(), done.at);
                                        }
                                    }
                                }
                                break;
                            case "node":
                                if (done.id != null) {
                                    String kind = done.data.getOrDefault("kind", "claim");
                                    if (kind.equals("relation")) {
                                        if (relationNodes.putIfAbsent(done.id, done) != null) {
                                            error(done.at, format(Messages.GRAPHML_DUPLICATE, "node id '" + done.id + "'", "the graph"));
                                        }
                                    } else if (kind.equals("argument")) {
                                        argument(b, done);
                                        argumentAt.add(done.at);
                                    } else if (kind.equals("claim")) {
                                        claim(b, done);
                                        claimAt.add(done.at);
                                    } else {
                                        error(done.dataAt.get("kind"), format(Messages.GRAPHML_NODE_KIND, done.id, kind));
                                    }
                                }
                                break;
                            case "edge":
                                if (done.source != null && done.target != null) {
                                    edgesRead.add(done);
                                }
                                break;
                            default:
                                break;
                        }
                        break;
                    }
                    default:
                        break;
                }
            }
        } catch (XMLStreamException e) {
            Location l = e.getLocation();
            // Every problem has a place: without a location, the file's start.
            int[] where = l == null ? new int[] {1, 1} : new int[] {Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber())};
            errors.add(new Problem(name, where[0], where[1], "", format(Messages.GRAPHML_NOT_XML, xmlMessage(e))));
            throw new InvalidMapException(errors);
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException e) {
                    // Closing a reader over bytes in memory releases nothing that can fail.
                }
            }
        }
        if (!sawGraph) {
            fail(new int[] {1, 1}, Messages.GRAPHML_NO_GRAPH);
        }
        graph(b, graphData, graphDataAt, graphAt);
        if (Keys.VERSION.equals(graphData.get("argmap_graphml"))) {
            relations(b, relationAt);
        } else {
            // Version 1 (argmap before relation ids): one edge per premise, linked premises sharing a group.
            for (Open e : edgesRead) {
                if (relation(e)) {
                    relationAt.add(e.at);
                }
            }
            b.addRelations(groups.relations());
        }
        throwIfErrors();
        try {
            return new ReadResult(b.build(), warnings);
        } catch (InvalidMapException e) {
            // Speakers and sections are rows of one JSON table each: name the table's data element.
            for (Problem p : e.problems()) {
                int[] at = graphAt;
                if (p.element().isPresent()) {
                    int i = p.element().get().index();
                    switch (p.element().get().kind()) {
                        case SPEAKER: at = graphDataAt.getOrDefault("speakers", graphAt); break;
                        case SECTION: at = graphDataAt.getOrDefault("sections", graphAt); break;
                        case CLAIM: at = i < claimAt.size() ? claimAt.get(i) : graphAt; break;
                        case ARGUMENT: at = i < argumentAt.size() ? argumentAt.get(i) : graphAt; break;
                        default: at = i < relationAt.size() ? relationAt.get(i) : graphAt;
                    }
                }
                errors.add(p.placed(name, at[0], at[1], ""));
            }
            throw new InvalidMapException(errors);
        }
    }

    private void claim(ArgumentMap.Builder b, Open n) {
        if (!n.data.containsKey("text")) {
            error(n.at, format(Messages.MISSING_FIELD, "node '" + n.id + "'", "text"));
            return;
        }
        NodeField.Values v = fields(n, GraphmlFields.CLAIM, "nodes");
        if (v != null) {
            b.addClaim(v.put(NodeField.ID, n.id).claim());
        }
    }

    private void argument(ArgumentMap.Builder b, Open n) {
        NodeField.Values v = fields(n, GraphmlFields.ARGUMENT, "argument nodes");
        if (v != null) {
            b.addArgument(v.put(NodeField.ID, n.id).argument());
        }
    }

    /**
     * Reads a node's data into its fields: lists are written as words separated by spaces (ids and
     * tags have none), a weight as a number. Data of no field of this node warns once per key; a
     * weight that is not a finite number is an error, and then null is returned.
     */
    private NodeField.Values fields(Open n, List<NodeField> allowed, String nodes) {
        NodeField.Values v = new NodeField.Values();
        boolean ok = true;
        for (Map.Entry<String, String> d : n.data.entrySet()) {
            String key = d.getKey();
            NodeField f = NodeField.byKey(key).filter(allowed::contains).orElse(null);
            if (f == null) {
                if (!key.equals("kind")) {
                    warnOnce(n.dataAt.get(key), key, nodes);
                }
                continue;
            }
            String value = d.getValue();
            switch (f.type()) {
                case TEXT -> v.put(f, value);
                case TEXTS -> v.put(f, words(value));
                case NUMBER -> {
                    Double w = finite(value);
                    if (w == null) {
                        error(n.dataAt.get(key), format(Messages.NOT_A_NUMBER, "the " + key + " of node '" + n.id + "'",
                                "'" + value + "'"));
                        ok = false;
                    } else {
                        v.put(f, w);
                    }
                }
            }
        }
        return ok ? v : null;
    }

    private static Double finite(String s) {
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    /** Edges and relation nodes read, kept until the whole file is read: an edge may name a node written after it. */
    private final List<Open> edgesRead = new ArrayList<>();
    private final Map<String, Open> relationNodes = new LinkedHashMap<>();

    /** One relation of a version 2 file: an edge of its own, or a relation node with its premise and conclusion edges. */
    private static final class Slot {
        final Open edge;
        final Open node;
        final List<String> premises = new ArrayList<>();
        Open conclusion;

        Slot(Open edge, Open node) {
            this.edge = edge;
            this.node = node;
        }

        int[] at() {
            return edge != null ? edge.at : node.at;
        }
    }

    /**
     * Reads the relations of a version 2 file, in the order their first edge comes: an edge from a
     * premise to a target (for an undercut, a relation node) is a relation; edges with a
     * {@code part} join premises to a relation node and the node to its target.
     */
    private void relations(ArgumentMap.Builder b, List<int[]> relationAt) {
        List<Slot> slots = new ArrayList<>();
        Map<String, Integer> slotOfNode = new HashMap<>();
        for (Open e : edgesRead) {
            for (String attr : e.data.keySet()) {
                if (!List.of("kind", "note", "scheme", "part").contains(attr)) {
                    warnOnce(e.dataAt.get(attr), attr, "edges");
                }
            }
            String part = e.data.get("part");
            if (part == null) {
                slots.add(new Slot(e, null));
                continue;
            }
            boolean premise = part.equals("premise");
            if (!premise && !part.equals("conclusion")) {
                error(e.dataAt.get("part"), format(Messages.GRAPHML_EDGE_PART, part));
                continue;
            }
            String nodeId = premise ? e.target : e.source;
            Open node = relationNodes.get(nodeId);
            if (node == null) {
                error(e.at, format(Messages.GRAPHML_NOT_RELATION_NODE, e.source, e.target, part, nodeId));
                continue;
            }
            Integer at = slotOfNode.get(nodeId);
            if (at == null) {
                at = slots.size();
                slotOfNode.put(nodeId, at);
                slots.add(new Slot(null, node));
            }
            Slot slot = slots.get(at);
            if (premise) {
                slot.premises.add(e.source);
            } else if (slot.conclusion != null) {
                error(e.at, format(Messages.GRAPHML_SECOND_CONCLUSION, nodeId));
            } else {
                slot.conclusion = e;
            }
        }
        for (Map.Entry<String, Open> n : relationNodes.entrySet()) {
            Integer at = slotOfNode.get(n.getKey());
            if (at == null || slots.get(at).conclusion == null || slots.get(at).premises.isEmpty()) {
                error(n.getValue().at, format(Messages.GRAPHML_INCOMPLETE_RELATION, n.getKey()));
            }
            for (String attr : n.getValue().data.keySet()) {
                if (!List.of("kind", "relation_kind", "relation", "note", "scheme").contains(attr)) {
                    warnOnce(n.getValue().dataAt.get(attr), attr, "relation nodes");
                }
            }
        }
        String[] ids = new String[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            String id = s.edge != null ? s.edge.id : s.node.data.get("relation");
            ids[i] = id == null ? "" : id;
        }
        String[] effective = RelationIds.of(ids);
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (s.edge == null && (s.conclusion == null || s.premises.isEmpty())) {
                continue; // reported above
            }
            Open data = s.edge != null ? s.edge : s.node;
            String kindKey = s.edge != null ? "kind" : "relation_kind";
            String label = data.data.get(kindKey);
            if (label == null) {
                error(data.at, format(Messages.GRAPHML_EDGE_KIND, s.edge != null ? s.edge.source : s.node.id,
                        s.edge != null ? s.edge.target : "its target"));
                continue;
            }
            Optional<RelationKind> kind = RelationKind.fromLabel(label);
            if (kind.isEmpty()) {
                error(data.dataAt.get(kindKey), format(Messages.UNKNOWN_KIND, label));
                continue;
            }
            List<String> premises = s.edge != null ? List.of(s.edge.source) : s.premises;
            String target = s.edge != null ? s.edge.target : s.conclusion.target;
            if (kind.get() == RelationKind.UNDERCUT || relationNodes.containsKey(target)) {
                Integer at = slotOfNode.get(target);
                if (at == null) {
                    error((s.edge != null ? s.edge : s.conclusion).at, format(Messages.GRAPHML_UNDERCUT_TARGET, target));
                    continue;
                }
                target = effective[at];
            }
            b.addRelation(new Relation(ids[i], premises, target, kind.get(), Optional.ofNullable(data.data.get("note")),
                    Optional.ofNullable(data.data.get("scheme"))));
            relationAt.add(s.at());
        }
    }

    /** Relations marked with a shared group (linked premises, as argmap wrote them) fold into one. */
    private final LinkedGroups groups = new LinkedGroups();
    private final Set<List<Object>> firstOfGroup = new HashSet<>();

    /** Adds an edge's relation; tells whether it stands as a relation of its own (not folded into a group's). */
    private boolean relation(Open e) {
        String label = e.data.get("kind");
        if (label == null) {
            error(e.at, format(Messages.GRAPHML_EDGE_KIND, e.source, e.target));
            return false;
        }
        Optional<RelationKind> kind = RelationKind.fromLabel(label);
        if (kind.isEmpty()) {
            error(e.dataAt.get("kind"), format(Messages.UNKNOWN_KIND, label));
            return false;
        }
        for (String attr : e.data.keySet()) {
            if (!List.of("kind", "note", "group").contains(attr)) {
                warnOnce(e.dataAt.get(attr), attr, "edges");
            }
        }
        Optional<String> group = Optional.ofNullable(e.data.get("group"));
        groups.add(new Relation("", List.of(e.source), e.target, kind.get(), Optional.ofNullable(e.data.get("note")),
                Optional.empty()), group);
        return group.isEmpty() || firstOfGroup.add(List.of(group.get(), kind.get(), e.target));
    }

    private void graph(ArgumentMap.Builder b, Map<String, String> data, Map<String, int[]> dataAt, int[] graphAt) {
        b.title(data.getOrDefault("title", ""));
        b.source(new Source(Optional.ofNullable(data.get("source_path")), Optional.ofNullable(data.get("source_title")),
                Optional.ofNullable(data.get("source_date"))));
        json(data, dataAt, "notes").ifPresent(v -> {
            for (Value note : array(v, "\"notes\"", dataAt.get("notes"))) {
                if (note.is(Kind.STRING)) {
                    b.addNote(note.text());
                } else {
                    error(dataAt.get("notes"), format(Messages.WRONG_TYPE, "a note", "a string", note.kind().description()));
                }
            }
        });
        json(data, dataAt, "speakers").ifPresent(v -> {
            for (Value s : array(v, "\"speakers\"", dataAt.get("speakers"))) {
                Map<String, String> f = fields(s, "a speaker", List.of("id", "name", "role"), List.of("affiliation"), dataAt.get("speakers"));
                if (f != null) {
                    b.addSpeaker(new Speaker(f.get("id"), f.get("name"), f.get("role"), Optional.ofNullable(f.get("affiliation"))));
                }
            }
        });
        json(data, dataAt, "sections").ifPresent(v -> {
            for (Value s : array(v, "\"sections\"", dataAt.get("sections"))) {
                Map<String, String> f = fields(s, "a section", List.of("id", "title"), List.of(), dataAt.get("sections"));
                if (f != null) {
                    b.addSection(new Section(f.get("id"), f.get("title")));
                }
            }
        });
        json(data, dataAt, "metadata").ifPresent(v -> {
            if (!v.is(Kind.OBJECT)) {
                error(dataAt.get("metadata"), format(Messages.WRONG_TYPE, "\"metadata\"", "an object", v.kind().description()));
                return;
            }
            for (Map.Entry<String, Value> e : v.fields().entrySet()) {
                if (e.getValue().is(Kind.STRING)) {
                    b.putMetadata(e.getKey(), e.getValue().text());
                } else {
                    error(dataAt.get("metadata"), format(Messages.WRONG_TYPE, "metadata \"" + e.getKey() + "\"", "a string",
                            e.getValue().kind().description()));
                }
            }
        });
        for (Map.Entry<String, int[]> d : dataAt.entrySet()) {
            if (!List.of("title", "source_path", "source_title", "source_date", "notes", "speakers", "sections", "metadata",
                    "argmap_graphml").contains(d.getKey())) {
                warnOnce(d.getValue(), d.getKey(), "the graph");
            }
        }
    }

    /** The speaker and section tables and the notes are JSON inside graph data; problems name the data element. */
    private Optional<Value> json(Map<String, String> data, Map<String, int[]> dataAt, String attr) {
        String text = data.get(attr);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PositionedJson.parse(text.getBytes(StandardCharsets.UTF_8), name, 1, 1));
        } catch (InvalidMapException e) {
            int[] at = dataAt.get(attr);
            for (Problem p : e.problems()) {
                error(at, "graph data \"" + attr + "\": " + p.message());
            }
            return Optional.empty();
        }
    }

    private List<Value> array(Value v, String what, int[] at) {
        if (!v.is(Kind.ARRAY)) {
            error(at, format(Messages.WRONG_TYPE, what, "an array", v.kind().description()));
            return List.of();
        }
        return v.items();
    }

    private Map<String, String> fields(Value v, String what, List<String> required, List<String> optional, int[] at) {
        if (!v.is(Kind.OBJECT)) {
            error(at, format(Messages.WRONG_TYPE, what, "an object", v.kind().description()));
            return null;
        }
        Map<String, String> out = new HashMap<>();
        boolean ok = true;
        for (Map.Entry<String, Value> f : v.fields().entrySet()) {
            if (!required.contains(f.getKey()) && !optional.contains(f.getKey())) {
                List<String> allowed = new ArrayList<>(required);
                allowed.addAll(optional);
                error(at, format(Messages.UNKNOWN_FIELD, f.getKey(), what, String.join(", ", allowed)));
                ok = false;
            } else if (!f.getValue().is(Kind.STRING)) {
                error(at, format(Messages.WRONG_TYPE, what + " \"" + f.getKey() + "\"", "a string", f.getValue().kind().description()));
                ok = false;
            } else {
                out.put(f.getKey(), f.getValue().text());
            }
        }
        for (String r : required) {
            if (!out.containsKey(r) && !v.fields().containsKey(r)) {
                error(at, format(Messages.MISSING_FIELD, what, r));
                ok = false;
            }
        }
        return ok ? out : null;
    }

    private static boolean expected(String parent, String element) {
        switch (parent) {
            case "": return element.equals("graphml");
            case "graphml": return element.equals("key") || element.equals("graph") || element.equals("desc");
            case "key": return element.equals("desc") || element.equals("default");
            case "graph": return element.equals("data") || element.equals("node") || element.equals("edge") || element.equals("desc");
            case "node":
            case "edge": return element.equals("data") || element.equals("desc");
            default: return false;
        }
    }

    private static String expectation(String parent) {
        switch (parent) {
            case "": return "<graphml>";
            case "graphml": return "<key> or <graph>";
            case "key": return "<desc> or <default>";
            case "graph": return "<data>, <node> or <edge>";
            case "node":
            case "edge": return "<data>";
            default: return "text only";
        }
    }

    private String attribute(XMLStreamReader x, String attr, int[] at) {
        String v = x.getAttributeValue(null, attr);
        if (v == null) {
            error(at, format(Messages.GRAPHML_MISSING_ATTRIBUTE, x.getLocalName(), attr));
        }
        return v;
    }

    private static int[] at(XMLStreamReader x) {
        Location l = x.getLocation();
        return new int[] {Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber())};
    }

    private static String xmlMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable content" : e.getMessage();
        int i = m.indexOf("Message: ");
        return i < 0 ? m : m.substring(i + "Message: ".length()).trim();
    }

    private void warnOnce(int[] at, String attr, String what) {
        if (warnedKeys.add(what + "\u0000" + attr)) {
            warnings.add(new Problem(name, at[0], at[1], "", format(Messages.GRAPHML_UNKNOWN_ATTRIBUTE, attr, what)));
        }
    }

    private void error(int[] at, String message) {
        int[] where = at == null ? new int[] {1, 1} : at;
        errors.add(new Problem(name, where[0], where[1], "", message));
    }

    private void fail(int[] at, String message) {
        error(at, message);
        throw new InvalidMapException(errors);
    }

    private void throwIfErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidMapException(errors);
        }
    }
}
