package io.github.argmap.core.graphml;

import static io.github.argmap.core.internal.Messages.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.NodeField;
import io.github.argmap.core.internal.jackson.JsonFields;
import io.github.argmap.core.internal.TextLimits;
import io.github.argmap.core.internal.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes GraphML with the JDK's StAX writer; see the package documentation for the keys. */
final class GraphmlWriter {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private GraphmlWriter() {}

    static void write(ArgumentMap map, OutputStream out) throws IOException {
        checkCharacters(map);
        Optional<String> notes = map.notes().isEmpty() ? Optional.empty() : Optional.of(json(g -> {
            g.writeStartArray();
            for (String note : map.notes()) {
                g.writeString(note);
            }
            g.writeEndArray();
        }));
        Optional<String> speakers = Optional.of(json(g -> {
            g.writeStartArray();
            for (Speaker s : map.speakers()) {
                g.writeStartObject();
                JsonFields.speakerFields(g, s);
                g.writeEndObject();
            }
            g.writeEndArray();
        }));
        Optional<String> sections = Optional.of(json(g -> JsonFields.sections(g, map.sections())));
        Optional<String> metadata = map.metadata().isEmpty() ? Optional.empty() : Optional.of(json(g -> {
            g.writeStartObject();
            for (Map.Entry<String, String> e : map.metadata().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }));
        // The reader refuses any <data> text over the limit: the tables and tag lists as well as each text.
        List<Problem> tooLong = TextLimits.tooLong(map);
        notes.ifPresent(v -> TextLimits.check(tooLong, "the notes as JSON", "/notes", v));
        TextLimits.check(tooLong, "the speaker table as JSON", "/speakers", speakers.get());
        TextLimits.check(tooLong, "the section table as JSON", "/sections", sections.get());
        metadata.ifPresent(v -> TextLimits.check(tooLong, "the metadata as JSON", "/metadata", v));
        for (int i = 0; i < map.claims().size(); i++) {
            Claim c = map.claims().get(i);
            TextLimits.check(tooLong, "the tags of claim '" + c.id() + "'", "/claims/" + i + "/tags", String.join(" ", c.tags()));
        }
        if (!tooLong.isEmpty()) {
            throw new InvalidMapException(tooLong);
        }
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(Keys.NS);
            x.writeNamespace("xsi", Keys.XSI);
            x.writeAttribute(Keys.XSI, "schemaLocation", Keys.SCHEMA);
            for (List<Keys.Key> keys : List.of(Keys.GRAPH, Keys.NODE, Keys.EDGE)) {
                for (Keys.Key k : keys) {
                    x.writeCharacters("\n  ");
                    x.writeEmptyElement("key");
                    x.writeAttribute("id", k.id());
                    x.writeAttribute("for", k.domain());
                    x.writeAttribute("attr.name", k.name());
                    x.writeAttribute("attr.type", k.type());
                }
            }
            x.writeCharacters("\n  ");
            x.writeStartElement("graph");
            x.writeAttribute("id", "argmap");
            x.writeAttribute("edgedefault", "directed");
            String in = "\n    ";
            data(x, in, "g_title", Optional.of(map.title()));
            data(x, in, "g_source_path", map.source().path());
            data(x, in, "g_source_title", map.source().title());
            data(x, in, "g_source_date", map.source().date());
            data(x, in, "g_notes", notes);
            data(x, in, "g_speakers", speakers);
            data(x, in, "g_sections", sections);
            data(x, in, "g_metadata", metadata);
            data(x, in, "g_version", Optional.of(Keys.VERSION));
            String inNode = "\n      ";
            for (Claim c : map.claims()) {
                x.writeCharacters(in);
                x.writeStartElement("node");
                x.writeAttribute("id", c.id());
                fields(x, inNode, GraphmlFields.CLAIM, f -> f.of(c));
                x.writeCharacters(in);
                x.writeEndElement();
            }
            for (Argument a : map.arguments()) {
                x.writeCharacters(in);
                x.writeStartElement("node");
                x.writeAttribute("id", a.id());
                data(x, inNode, "n_kind", Optional.of("argument"));
                fields(x, inNode, GraphmlFields.ARGUMENT, f -> f.of(a));
                x.writeCharacters(in);
                x.writeEndElement();
            }
            // A relation with several premises, or one that an undercut attacks, is a node of its own:
            // an edge holds one source, and an edge cannot be the target of another.
            for (Relation r : map.relations()) {
                if (asNode(map, r)) {
                    x.writeCharacters(in);
                    x.writeStartElement("node");
                    x.writeAttribute("id", Keys.RELATION_NODE + map.idOf(r));
                    data(x, inNode, "n_kind", Optional.of("relation"));
                    data(x, inNode, "n_relation_kind", Optional.of(r.kind().label()));
                    data(x, inNode, "n_relation", r.id().isEmpty() ? Optional.empty() : Optional.of(r.id()));
                    data(x, inNode, "n_note", r.note());
                    data(x, inNode, "n_scheme", r.scheme());
                    x.writeCharacters(in);
                    x.writeEndElement();
                }
            }
            for (Relation r : map.relations()) {
                String target = r.isUndercut() ? Keys.RELATION_NODE + r.to() : r.to();
                if (!asNode(map, r)) {
                    x.writeCharacters(in);
                    x.writeStartElement("edge");
                    if (!r.id().isEmpty()) {
                        x.writeAttribute("id", r.id());
                    }
                    x.writeAttribute("source", r.source());
                    x.writeAttribute("target", target);
                    data(x, inNode, "e_kind", Optional.of(r.kind().label()));
                    data(x, inNode, "e_note", r.note());
                    data(x, inNode, "e_scheme", r.scheme());
                    x.writeCharacters(in);
                    x.writeEndElement();
                    continue;
                }
                String node = Keys.RELATION_NODE + map.idOf(r);
                for (String premise : r.from()) {
                    part(x, in, premise, node, r, "premise");
                }
                part(x, in, node, target, r, "conclusion");
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException ex) {
            throw new IOException(ex.getMessage(), ex);
        }
        out.flush();
    }

    /** Whether a relation is drawn as a node: linked, or the target of an undercut. */
    static boolean asNode(ArgumentMap map, Relation r) {
        return r.isLinked() || !map.undercutsOf(map.idOf(r)).isEmpty();
    }

    private static void part(XMLStreamWriter x, String in, String source, String target, Relation r, String part)
            throws XMLStreamException {
        x.writeCharacters(in);
        x.writeStartElement("edge");
        x.writeAttribute("source", source);
        x.writeAttribute("target", target);
        data(x, in + "  ", "e_kind", Optional.of(r.kind().label()));
        data(x, in + "  ", "e_part", Optional.of(part));
        x.writeCharacters(in);
        x.writeEndElement();
    }

    /** Writes a node's fields that are present as data: lists as words separated by spaces, numbers as Java prints them. */
    @SuppressWarnings("unchecked")
    private static void fields(XMLStreamWriter x, String indent, List<NodeField> fields, Function<NodeField, Object> value)
            throws XMLStreamException {
        for (NodeField f : fields) {
            Object v = value.apply(f);
            if (v != null) {
                String text = switch (f.type()) {
                    case TEXT -> (String) v;
                    case TEXTS -> String.join(" ", (List<String>) v);
                    case NUMBER -> Double.toString((Double) v);
                };
                data(x, indent, GraphmlFields.key(f), Optional.of(text));
            }
        }
    }

    private static void data(XMLStreamWriter x, String indent, String key, Optional<String> value) throws XMLStreamException {
        if (value.isEmpty()) {
            return;
        }
        x.writeCharacters(indent);
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        text(x, value.get());
        x.writeEndElement();
    }

    /** Writes text so that a reader gets it back exactly: a carriage return would be read as a line feed. */
    private static void text(XMLStreamWriter x, String s) throws XMLStreamException {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\r') {
                x.writeCharacters(s.substring(start, i));
                x.writeEntityRef("#13");
                start = i + 1;
            }
        }
        x.writeCharacters(s.substring(start));
    }

    @FunctionalInterface
    private interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(JsonBody body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    // XML 1.0 cannot hold most control characters even as references; refuse them by name.
    private static void checkCharacters(ArgumentMap map) {
        List<Problem> problems = new java.util.ArrayList<>();
        check("the title", "/title", map.title(), problems);
        map.source().path().ifPresent(v -> check("the source's path", "/source/path", v, problems));
        map.source().title().ifPresent(v -> check("the source's title", "/source/title", v, problems));
        map.source().date().ifPresent(v -> check("the source's date", "/source/date", v, problems));
        for (int i = 0; i < map.notes().size(); i++) {
            check("note " + i, "/notes/" + i, map.notes().get(i), problems);
        }
        for (int index = 0; index < map.speakers().size(); index++) {
            int i = index;
            Speaker s = map.speakers().get(i);
            check("speaker '" + s.id() + "'", "/speakers/" + i + "/name", s.name(), problems);
            check("speaker '" + s.id() + "'", "/speakers/" + i + "/role", s.role(), problems);
            s.affiliation().ifPresent(a -> check("speaker '" + s.id() + "'", "/speakers/" + i + "/affiliation", a, problems));
        }
        for (int i = 0; i < map.sections().size(); i++) {
            check("section '" + map.sections().get(i).id() + "'", "/sections/" + i + "/title", map.sections().get(i).title(), problems);
        }
        for (int index = 0; index < map.claims().size(); index++) {
            int i = index;
            Claim c = map.claims().get(i);
            String what = "claim '" + c.id() + "'";
            check(what, "/claims/" + i + "/text", c.text(), problems);
            c.quote().ifPresent(q -> check(what, "/claims/" + i + "/quote", q, problems));
            c.note().ifPresent(q -> check(what, "/claims/" + i + "/note", q, problems));
        }
        for (int index = 0; index < map.relations().size(); index++) {
            int i = index;
            Relation r = map.relations().get(i);
            String what = "relation " + String.join(" + ", r.from()) + " -> " + r.to();
            r.note().ifPresent(n -> check(what, "/relations/" + i + "/note", n, problems));
            r.scheme().ifPresent(n -> check(what, "/relations/" + i + "/scheme", n, problems));
        }
        for (int index = 0; index < map.claims().size(); index++) {
            int i = index;
            Claim c = map.claims().get(i);
            c.title().ifPresent(t -> check("claim '" + c.id() + "'", "/claims/" + i + "/title", t, problems));
        }
        for (int index = 0; index < map.arguments().size(); index++) {
            int i = index;
            Argument a = map.arguments().get(i);
            String what = "argument '" + a.id() + "'";
            check(what, "/arguments/" + i + "/text", a.text(), problems);
            a.title().ifPresent(t -> check(what, "/arguments/" + i + "/title", t, problems));
            a.quote().ifPresent(t -> check(what, "/arguments/" + i + "/quote", t, problems));
            a.note().ifPresent(t -> check(what, "/arguments/" + i + "/note", t, problems));
        }
        for (Map.Entry<String, String> e : map.metadata().entrySet()) {
            check("metadata '" + e.getKey() + "'", "/metadata", e.getKey(), problems);
            check("metadata '" + e.getKey() + "'", "/metadata", e.getValue(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidMapException(problems);
        }
    }

    private static void check(String what, String pointer, String s, List<Problem> problems) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok) {
                problems.add(Problem.at(pointer, format(Messages.GRAPHML_INVALID_CHAR, what, cp)));
                return;
            }
            i += Character.charCount(cp);
        }
    }
}
