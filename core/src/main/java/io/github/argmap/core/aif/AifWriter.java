package io.github.argmap.core.aif;

import static io.github.argmap.core.internal.Messages.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.argmap.core.internal.jackson.JsonLayout;
import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.jackson.JsonFields;
import io.github.argmap.core.internal.TextLimits;
import io.github.argmap.core.internal.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes AIF-JSON with argmap's extension; see the package documentation for the layout. */
final class AifWriter {
    static final String RA_TEXT = "Default Inference";
    static final String CA_TEXT = "Default Conflict";
    static final String YA_TEXT = "Asserting";
    /** The version of the {@code "argmap"} extension object. */
    static final int EXTENSION_VERSION = 2;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private AifWriter() {}

    /** Scheme names that stand for "no particular scheme": the texts AIFdb gives plain RA and CA nodes. */
    static boolean isDefaultText(String text, String type) {
        String t = text.trim();
        return t.isEmpty() || t.equalsIgnoreCase(RA_TEXT) || t.equalsIgnoreCase(CA_TEXT) || t.equals(type);
    }

    /** The key of the map metadata entry that keeps AIFdb's number of a scheme, by the scheme's name. */
    static String schemeIdKey(String scheme) {
        return SCHEME_ID_PREFIX + scheme;
    }

    /** Prefix of metadata keys that keep AIFdb's {@code schemeID} of a scheme name. */
    static final String SCHEME_ID_PREFIX = "aif.schemeID.";

    /** A node of the graph that holds text: a claim, or an argument (also an I node in AIF). */
    private record Statement(String id, String text, Optional<String> speaker, Optional<String> quote) {}

    static void write(ArgumentMap map, OutputStream out) throws IOException {
        checkLengths(map);
        List<Statement> statements = new ArrayList<>();
        for (Claim c : map.claims()) {
            statements.add(new Statement(c.id(), c.text(), c.speaker(), c.quote()));
        }
        for (Argument a : map.arguments()) {
            statements.add(new Statement(a.id(), argumentText(a), a.speaker(), a.quote()));
        }
        Map<String, Integer> nodeOf = new HashMap<>();
        int next = 1;
        for (Statement s : statements) {
            nodeOf.put(s.id(), next++);
        }
        // One RA (support) or CA (rebuttal, undercut) node per relation, in the map's order; an
        // undercut's conclusion edge goes to the scheme node of the relation it attacks.
        List<Relation> relations = map.relations();
        Map<String, Integer> schemeOf = new HashMap<>();
        int firstScheme = next;
        for (Relation r : relations) {
            schemeOf.put(map.idOf(r), next++);
        }
        Map<String, Integer> participant = new HashMap<>();
        for (int i = 0; i < map.speakers().size(); i++) {
            participant.put(map.speakers().get(i).id(), i + 1);
        }

        JsonLayout layout = JsonLayout.inlineFrom(3);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(layout);
            g.writeStartObject();

            g.writeArrayFieldStart("nodes");
            for (Statement s : statements) {
                node(g, nodeOf.get(s.id()), s.text(), "I", Optional.empty(), Optional.empty());
            }
            for (Relation r : relations) {
                String type = r.isSupport() ? "RA" : "CA";
                String text = r.scheme().filter(x -> !x.isBlank()).orElse(r.isSupport() ? RA_TEXT : CA_TEXT);
                node(g, schemeOf.get(map.idOf(r)), text, type, schemeField(r),
                        r.scheme().map(x -> map.metadata().get(schemeIdKey(x))));
            }
            int locution = next;
            for (Statement s : statements) {
                if (s.speaker().isPresent()) {
                    Speaker speaker = map.speaker(s.speaker().get()).orElseThrow();
                    node(g, locution, speaker.name() + ": " + s.quote().orElse(s.text()), "L", Optional.empty(), Optional.empty());
                    node(g, locution + 1, YA_TEXT, "YA", Optional.empty(), Optional.empty());
                    locution += 2;
                }
            }
            g.writeEndArray();

            int edge = 1;
            g.writeArrayFieldStart("edges");
            for (Relation r : relations) {
                int scheme = schemeOf.get(map.idOf(r));
                for (String premise : r.from()) {
                    edge(g, edge++, nodeOf.get(premise), scheme);
                }
                edge(g, edge++, scheme, r.isUndercut() ? schemeOf.get(r.to()) : nodeOf.get(r.to()));
            }
            locution = next;
            for (Statement s : statements) {
                if (s.speaker().isPresent()) {
                    edge(g, edge++, locution, locution + 1);
                    edge(g, edge++, locution + 1, nodeOf.get(s.id()));
                    locution += 2;
                }
            }
            g.writeEndArray();

            g.writeArrayFieldStart("locutions");
            locution = next;
            for (Statement s : statements) {
                if (s.speaker().isPresent()) {
                    g.writeStartObject();
                    g.writeStringField("nodeID", Integer.toString(locution));
                    g.writeStringField("personID", Integer.toString(participant.get(s.speaker().get())));
                    g.writeEndObject();
                    locution += 2;
                }
            }
            g.writeEndArray();

            g.writeArrayFieldStart("participants");
            for (Speaker s : map.speakers()) {
                String[] names = splitName(s.name());
                g.writeStartObject();
                g.writeStringField("participantID", Integer.toString(participant.get(s.id())));
                g.writeStringField("firstname", names[0]);
                g.writeStringField("surname", names[1]);
                g.writeEndObject();
            }
            g.writeEndArray();

            layout.setInlineFrom(4);
            g.writeObjectFieldStart("argmap");
            writeExtension(g, map, nodeOf, participant, firstScheme);
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** An argument's I node text: its description, else its title, else its id (an I node needs words). */
    static String argumentText(Argument a) {
        return !a.text().isBlank() ? a.text() : a.title().filter(t -> !t.isBlank()).orElse(a.id());
    }

    /**
     * The scheme the reader finds on a scheme node argmap writes for a relation: the node's
     * {@code "scheme"} field as the reader takes it. When it would not give the relation's scheme back
     * exactly (a name of digits, or with surrounding spaces), the extension carries it.
     */
    private static boolean schemeReadsBack(Relation r) {
        if (r.scheme().isEmpty()) {
            return true;
        }
        String type = r.isSupport() ? "RA" : "CA";
        String text = r.scheme().filter(x -> !x.isBlank()).orElse(r.isSupport() ? RA_TEXT : CA_TEXT);
        return r.scheme().equals(AifSchemes.schemeName(schemeField(r), text, type));
    }

    /** The {@code "scheme"} field of a relation's node: its scheme's name, unless readers would take it for AIFdb's number. */
    private static Optional<String> schemeField(Relation r) {
        return r.scheme().filter(x -> !AifSchemes.isNumber(x.trim()));
    }

    /**
     * Refuses, before writing a byte, a map with a text the reader would refuse: a file that cannot be
     * read back loses the map. A locution's text is the speaker's name, ": " and the quote or text.
     */
    private static void checkLengths(ArgumentMap map) {
        List<Problem> problems = TextLimits.tooLong(map);
        for (int i = 0; i < map.claims().size(); i++) {
            Claim c = map.claims().get(i);
            Optional<Speaker> speaker = map.speakerOf(c);
            if (speaker.isPresent()) {
                int length = speaker.get().name().length() + 2 + c.quote().orElse(c.text()).length();
                if (length > TextLimits.MAX_TEXT) {
                    problems.add(Problem.at("/claims/" + i, format(Messages.TEXT_TOO_LONG_TO_WRITE,
                            "the AIF locution of claim '" + c.id() + "' (speaker's name, \": \" and quote or text)", length,
                            TextLimits.MAX_TEXT)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMapException(problems);
        }
    }

    /** Splits a display name at its last space into AIF's first name and surname. */
    static String[] splitName(String name) {
        String trimmed = name.trim();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? new String[] {trimmed, ""}
                : new String[] {trimmed.substring(0, space).trim(), trimmed.substring(space + 1)};
    }

    private static void node(JsonGenerator g, int id, String text, String type, Optional<String> scheme,
            Optional<String> schemeId) throws IOException {
        g.writeStartObject();
        g.writeStringField("nodeID", Integer.toString(id));
        g.writeStringField("text", text);
        g.writeStringField("type", type);
        // As AIFdb writes a scheme node that follows a named scheme: its name, and its number when known.
        if (scheme.isPresent()) {
            g.writeStringField("scheme", scheme.get());
        }
        if (schemeId.isPresent()) {
            g.writeStringField("schemeID", schemeId.get());
        }
        g.writeEndObject();
    }

    private static void edge(JsonGenerator g, int id, int from, int to) throws IOException {
        g.writeStartObject();
        g.writeStringField("edgeID", Integer.toString(id));
        g.writeStringField("fromID", Integer.toString(from));
        g.writeStringField("toID", Integer.toString(to));
        g.writeNullField("formEdgeID");
        g.writeEndObject();
    }

    private static void writeExtension(JsonGenerator g, ArgumentMap map, Map<String, Integer> nodeOf,
            Map<String, Integer> participant, int firstScheme) throws IOException {
        g.writeNumberField("version", EXTENSION_VERSION);
        g.writeStringField("title", map.title());
        JsonFields.source(g, map.source());
        JsonFields.strings(g, "notes", map.notes());
        if (!map.metadata().isEmpty()) {
            // Pairs rather than an object: a key is free text, and a JSON field name cannot hold a lone surrogate.
            g.writeArrayFieldStart("metadata");
            for (Map.Entry<String, String> e : map.metadata().entrySet()) {
                g.writeStartObject();
                g.writeStringField("key", e.getKey());
                g.writeStringField("value", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("speakers");
        for (Speaker s : map.speakers()) {
            g.writeStartObject();
            g.writeStringField("participantID", Integer.toString(participant.get(s.id())));
            JsonFields.speakerFields(g, s);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("sections");
        JsonFields.sections(g, map.sections());
        g.writeObjectFieldStart("claims");
        for (Claim c : map.claims()) {
            g.writeObjectFieldStart(Integer.toString(nodeOf.get(c.id())));
            JsonFields.fields(g, c, AifExtension.CLAIM_FIELDS);
            g.writeEndObject();
        }
        g.writeEndObject();
        if (!map.arguments().isEmpty()) {
            g.writeObjectFieldStart("arguments");
            for (Argument a : map.arguments()) {
                g.writeObjectFieldStart(Integer.toString(nodeOf.get(a.id())));
                JsonFields.fields(g, a, AifExtension.ARGUMENT_FIELDS);
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeObjectFieldStart("relations");
        int scheme = firstScheme;
        for (Relation r : map.relations()) {
            boolean schemeHere = !schemeReadsBack(r);
            if (!r.id().isEmpty() || r.note().isPresent() || schemeHere) {
                g.writeObjectFieldStart(Integer.toString(scheme));
                if (!r.id().isEmpty()) {
                    g.writeStringField("id", r.id());
                }
                JsonFields.optional(g, "note", r.note());
                if (schemeHere) {
                    g.writeStringField("scheme", r.scheme().get());
                }
                g.writeEndObject();
            }
            scheme++;
        }
        g.writeEndObject();
    }

}
