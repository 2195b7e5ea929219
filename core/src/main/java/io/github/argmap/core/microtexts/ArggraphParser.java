package io.github.argmap.core.microtexts;

import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses an {@code arggraph} file with StAX into an {@link Arggraph}: one pass, no recursion, no DTD
 * or external entity loaded (the corpus files name {@code arggraph.dtd}; nothing is fetched).
 */
final class ArggraphParser {
    private final String name;
    private final List<Problem> problems = new ArrayList<>();

    ArggraphParser(String name) {
        this.name = name;
    }

    /** One configured factory per thread, as {@code GraphmlReader} keeps one, for the same reason. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(ArggraphParser::secureFactory);

    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException notSupported) {
            // A StAX implementation without these properties: SUPPORT_DTD=false already stops loading.
        }
        return f;
    }

    Arggraph parse(InputStream in) {
        String id = null;
        Optional<String> topic = Optional.empty();
        Optional<String> stance = Optional.empty();
        List<Arggraph.Edu> edus = new ArrayList<>();
        List<String> joints = new ArrayList<>();
        List<Arggraph.Adu> adus = new ArrayList<>();
        List<Arggraph.Edge> edges = new ArrayList<>();
        XMLStreamReader x = null;
        try {
            x = FACTORY.get().createXMLStreamReader(in);
            boolean root = true;
            // StAX places an event where it ends; where the previous event ended is where the tag starts
            // (the JDK reports the column of the element name, just after the "<").
            int startLine = 1;
            int startCol = 1;
            while (x.hasNext()) {
                int event = x.next();
                int line = startLine;
                int col = startCol;
                Location end = x.getLocation();
                startLine = end.getLineNumber();
                startCol = end.getColumnNumber();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String el = x.getLocalName();
                if (root) {
                    root = false;
                    if (!"arggraph".equals(el)) {
                        problems.add(problem(line, col, "the root element is <" + el + ">, not <arggraph>: "
                                + "this is not a Microtexts argument graph"));
                        throw new InvalidMapException(problems);
                    }
                    id = required(x, "id", "arggraph", line, col);
                    topic = Optional.ofNullable(blankToNull(x.getAttributeValue(null, "topic_id")));
                    stance = Optional.ofNullable(blankToNull(x.getAttributeValue(null, "stance")));
                    continue;
                }
                switch (el) {
                    case "edu" -> {
                        String eid = required(x, "id", "edu", line, col);
                        String text = x.getElementText();
                        startLine = x.getLocation().getLineNumber();
                        startCol = x.getLocation().getColumnNumber();
                        edus.add(new Arggraph.Edu(eid, text == null ? "" : text.strip(), line, col));
                    }
                    case "joint" -> joints.add(required(x, "id", "joint", line, col));
                    case "adu" -> {
                        String aid = required(x, "id", "adu", line, col);
                        String type = x.getAttributeValue(null, "type");
                        if (type != null && !type.equals("pro") && !type.equals("opp")) {
                            problems.add(problem(line, col, "adu '" + aid + "' has type '" + type
                                    + "': the types are pro (proponent) and opp (opponent)"));
                        }
                        adus.add(new Arggraph.Adu(aid, type == null ? "pro" : type, line, col));
                    }
                    case "edge" -> {
                        String eid = required(x, "id", "edge", line, col);
                        String src = required(x, "src", "edge", line, col);
                        String trg = required(x, "trg", "edge", line, col);
                        String type = required(x, "type", "edge", line, col);
                        if (type != null && !List.of("seg", "sup", "exa", "add", "reb", "und").contains(type)) {
                            problems.add(problem(line, col, "edge '" + eid + "' has type '" + type
                                    + "': the types are seg, sup, exa, add, reb and und"));
                        }
                        edges.add(new Arggraph.Edge(eid, src, trg, type, line, col));
                    }
                    default -> problems.add(problem(line, col, "unknown element <" + el + "> in an arggraph "
                            + "(expected edu, joint, adu or edge)"));
                }
                if (problems.size() >= 50) {
                    break;
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int nl = msg.indexOf("Message: ");
            if (nl >= 0) {
                msg = msg.substring(nl + "Message: ".length());
            }
            problems.add(problem(at == null ? 0 : Math.max(at.getLineNumber(), 0),
                    at == null ? 0 : Math.max(at.getColumnNumber(), 0), "malformed XML: " + msg.strip()));
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // Closing after an error: the first problem is what the user needs.
                }
            }
        }
        if (problems.isEmpty() && id == null) {
            problems.add(problem(1, 1, "empty file: a Microtexts argument graph is an <arggraph> element"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMapException(problems);
        }
        return new Arggraph(id, topic, stance, edus, joints, adus, edges);
    }

    private String required(XMLStreamReader x, String attr, String el, int line, int col) {
        String v = x.getAttributeValue(null, attr);
        if (v == null || v.isBlank()) {
            problems.add(problem(line, col, "<" + el + "> needs the attribute " + attr));
            return null;
        }
        return v.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Problem problem(int line, int column, String message) {
        return new Problem(name, line, column, "", message);
    }
}
