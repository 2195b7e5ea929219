package io.github.argmap.core.graphml;

import static io.github.argmap.core.internal.Messages.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.LinkedGroups;
import io.github.argmap.core.internal.jackson.JsonFields;
import io.github.argmap.core.internal.TextLimits;
import io.github.argmap.core.internal.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
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
        // The reader refuses any <data> text over the limit: the tables and tag lists as well as each text.
        List<Problem> tooLong = TextLimits.tooLong(map);
        notes.ifPresent(v -> TextLimits.check(tooLong, "the notes as JSON", "/notes", v));
        TextLimits.check(tooLong, "the speaker table as JSON", "/speakers", speakers.get());
        TextLimits.check(tooLong, "the section table as JSON", "/sections", sections.get());
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
            String inNode = "\n      ";
            for (Claim c : map.claims()) {
                x.writeCharacters(in);
                x.writeStartElement("node");
                x.writeAttribute("id", c.id());
                data(x, inNode, "n_text", Optional.of(c.text()));
                data(x, inNode, "n_speaker", c.speaker());
                data(x, inNode, "n_section", c.section());
                data(x, inNode, "n_quote", c.quote());
                data(x, inNode, "n_tags", c.tags().isEmpty() ? Optional.empty() : Optional.of(String.join(" ", c.tags())));
                data(x, inNode, "n_note", c.note());
                data(x, inNode, "n_weight", c.weight().isPresent() ? Optional.of(Double.toString(c.weight().getAsDouble())) : Optional.empty());
                x.writeCharacters(in);
                x.writeEndElement();
            }
            int e = 1;
            for (LinkedGroups.Premise premise : LinkedGroups.expand(map.relations(), "GraphML")) {
                Relation r = premise.relation();
                x.writeCharacters(in);
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + e++);
                x.writeAttribute("source", r.source());
                x.writeAttribute("target", r.to());
                data(x, inNode, "e_kind", Optional.of(r.kind().label()));
                data(x, inNode, "e_note", r.note());
                data(x, inNode, "e_group", premise.group());
                x.writeCharacters(in);
                x.writeEndElement();
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
            r.note().ifPresent(n -> check("relation " + String.join(" + ", r.from()) + " -> " + r.to(), "/relations/" + i + "/note", n, problems));
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
