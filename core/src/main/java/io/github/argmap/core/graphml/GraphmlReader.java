package io.github.argmap.core.graphml;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
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
import java.util.OptionalDouble;
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
        int[] graphAt = null;
        Map<String, String> graphData = new LinkedHashMap<>();
        Map<String, int[]> graphDataAt = new HashMap<>();
        Deque<Open> stack = new ArrayDeque<>();
        boolean sawGraph = false;
        XMLStreamReader x = null;
        try {
            x = secureFactory().createXMLStreamReader(new StringReader(text(bytes)));
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
                                    claim(b, done);
                                    claimAt.add(done.at);
                                }
                                break;
                            case "edge":
                                if (done.source != null && done.target != null) {
                                    if (relation(done)) {
                                        relationAt.add(done.at);
                                    }
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
        throwIfErrors();
        try {
            b.addRelations(groups.relations());
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
                        default: at = i < relationAt.size() ? relationAt.get(i) : graphAt;
                    }
                }
                errors.add(p.placed(name, at[0], at[1], ""));
            }
            throw new InvalidMapException(errors);
        }
    }

    private void claim(ArgumentMap.Builder b, Open n) {
        String text = n.data.get("text");
        if (text == null) {
            error(n.at, format(Messages.MISSING_FIELD, "node '" + n.id + "'", "text"));
            return;
        }
        OptionalDouble weight = OptionalDouble.empty();
        String w = n.data.get("weight");
        if (w != null) {
            try {
                double d = Double.parseDouble(w.trim());
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException(w);
                }
                weight = OptionalDouble.of(d);
            } catch (NumberFormatException e) {
                error(n.dataAt.get("weight"), format(Messages.NOT_A_NUMBER, "the weight of node '" + n.id + "'", "'" + w + "'"));
            }
        }
        String tags = n.data.get("tags");
        List<String> tagList = tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.trim().split("\\s+"));
        for (String attr : n.data.keySet()) {
            if (!List.of("text", "speaker", "section", "quote", "tags", "note", "weight").contains(attr)) {
                warnOnce(n.dataAt.get(attr), attr, "nodes");
            }
        }
        b.addClaim(new Claim(n.id, text, Optional.ofNullable(n.data.get("speaker")), Optional.ofNullable(n.data.get("section")),
                Optional.ofNullable(n.data.get("quote")), tagList, Optional.ofNullable(n.data.get("note")), weight,
                Optional.empty()));
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
        for (Map.Entry<String, int[]> d : dataAt.entrySet()) {
            if (!List.of("title", "source_path", "source_title", "source_date", "notes", "speakers", "sections").contains(d.getKey())) {
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
