package io.github.argmap.core.aif;

import static io.github.argmap.core.internal.Messages.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.argmap.core.internal.LinkedGroups;
import io.github.argmap.core.internal.jackson.JsonLayout;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.jackson.JsonFields;
import io.github.argmap.core.internal.TextLimits;
import io.github.argmap.core.internal.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes AIF-JSON with argmap's extension; see the package documentation for the layout. */
final class AifWriter {
    static final String RA_TEXT = "Default Inference";
    static final String CA_TEXT = "Default Conflict";
    static final String YA_TEXT = "Asserting";
    /** The version of the {@code "argmap"} extension object. */
    static final int EXTENSION_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private AifWriter() {}

    /** One RA or CA node: the relations that share it (one, or the premises of a linked argument). */
    private static final class Scheme {
        final RelationKind kind;
        final String to;
        final List<Relation> relations = new ArrayList<>();
        int nodeId;

        Scheme(RelationKind kind, String to) {
            this.kind = kind;
            this.to = to;
        }
    }

    static void write(ArgumentMap map, OutputStream out) throws IOException {
        checkLengths(map);
        Map<String, Integer> claimNode = new HashMap<>();
        int next = 1;
        for (Claim c : map.claims()) {
            claimNode.put(c.id(), next++);
        }
        // Relations of one linked argument (same group, kind and conclusion) share one scheme node,
        // as their premises share one RA node in AIF.
        List<Scheme> schemes = new ArrayList<>();
        Map<List<String>, Scheme> linked = new HashMap<>();
        Map<Relation, Optional<String>> groupOf = new HashMap<>();
        for (LinkedGroups.Premise premise : LinkedGroups.expand(map.relations(), "AIF")) {
            Relation r = premise.relation();
            groupOf.put(r, premise.group());
            Scheme s;
            if (premise.group().isPresent()) {
                s = linked.computeIfAbsent(List.of(premise.group().get(), r.kind().name(), r.to()), k -> {
                    Scheme fresh = new Scheme(r.kind(), r.to());
                    schemes.add(fresh);
                    return fresh;
                });
            } else {
                s = new Scheme(r.kind(), r.to());
                schemes.add(s);
            }
            s.relations.add(r);
        }
        for (Scheme s : schemes) {
            s.nodeId = next++;
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
            for (Claim c : map.claims()) {
                node(g, claimNode.get(c.id()), c.text(), "I");
            }
            for (Scheme s : schemes) {
                node(g, s.nodeId, s.kind == RelationKind.SUPPORT ? RA_TEXT : CA_TEXT, s.kind == RelationKind.SUPPORT ? "RA" : "CA");
            }
            int locution = next;
            for (Claim c : map.claims()) {
                if (c.speaker().isPresent()) {
                    Speaker speaker = map.speakerOf(c).orElseThrow();
                    node(g, locution, speaker.name() + ": " + c.quote().orElse(c.text()), "L");
                    node(g, locution + 1, YA_TEXT, "YA");
                    locution += 2;
                }
            }
            g.writeEndArray();

            Map<Relation, Integer> premiseEdge = new LinkedHashMap<>();
            int edge = 1;
            g.writeArrayFieldStart("edges");
            for (Scheme s : schemes) {
                for (Relation r : s.relations) {
                    premiseEdge.put(r, edge);
                    edge(g, edge++, claimNode.get(r.source()), s.nodeId);
                }
                edge(g, edge++, s.nodeId, claimNode.get(s.to));
            }
            locution = next;
            for (Claim c : map.claims()) {
                if (c.speaker().isPresent()) {
                    edge(g, edge++, locution, locution + 1);
                    edge(g, edge++, locution + 1, claimNode.get(c.id()));
                    locution += 2;
                }
            }
            g.writeEndArray();

            g.writeArrayFieldStart("locutions");
            locution = next;
            for (Claim c : map.claims()) {
                if (c.speaker().isPresent()) {
                    g.writeStartObject();
                    g.writeStringField("nodeID", Integer.toString(locution));
                    g.writeStringField("personID", Integer.toString(participant.get(c.speaker().get())));
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
            writeExtension(g, map, claimNode, participant, premiseEdge, groupOf);
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
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

    private static void node(JsonGenerator g, int id, String text, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("nodeID", Integer.toString(id));
        g.writeStringField("text", text);
        g.writeStringField("type", type);
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

    private static void writeExtension(JsonGenerator g, ArgumentMap map, Map<String, Integer> claimNode,
            Map<String, Integer> participant, Map<Relation, Integer> premiseEdge,
            Map<Relation, Optional<String>> groupOf) throws IOException {
        g.writeNumberField("version", EXTENSION_VERSION);
        g.writeStringField("title", map.title());
        JsonFields.source(g, map.source());
        if (!map.notes().isEmpty()) {
            g.writeArrayFieldStart("notes");
            for (String note : map.notes()) {
                g.writeString(note);
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
            g.writeObjectFieldStart(Integer.toString(claimNode.get(c.id())));
            g.writeStringField("id", c.id());
            JsonFields.optional(g, "section", c.section());
            JsonFields.optional(g, "quote", c.quote());
            if (!c.tags().isEmpty()) {
                g.writeArrayFieldStart("tags");
                for (String tag : c.tags()) {
                    g.writeString(tag);
                }
                g.writeEndArray();
            }
            JsonFields.optional(g, "note", c.note());
            if (c.weight().isPresent()) {
                g.writeNumberField("weight", c.weight().getAsDouble());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("edges");
        for (Map.Entry<Relation, Integer> e : premiseEdge.entrySet()) {
            Relation r = e.getKey();
            Optional<String> group = groupOf.get(r);
            if (r.note().isPresent() || group.isPresent()) {
                g.writeObjectFieldStart(Integer.toString(e.getValue()));
                JsonFields.optional(g, "note", r.note());
                JsonFields.optional(g, "group", group);
                g.writeEndObject();
            }
        }
        g.writeEndObject();
    }
}
