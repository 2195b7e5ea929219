package io.github.argmap.core.sadface;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.jackson.JsonFields;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a map as SADFace JSON: one {@code atom} node per claim and per argument (its id the node's
 * id; an argument's atom says so in its metadata), one {@code scheme} node per relation
 * ({@code support}, {@code attack} or {@code undercut}) with an edge from each premise and one to the
 * conclusion, which for an undercut is the scheme node of the relation it attacks. What SADFace has no field for (speaker, section, quote, tags, note,
 * weight; the map's source, speakers and sections) goes into the nodes' and the document's
 * {@code metadata.argmap}, which {@link SadfaceReader} reads back, so the round trip is lossless.
 * Deterministic: the same map gives the same bytes.
 */
final class SadfaceWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SadfaceWriter() {}

    static void write(ArgumentMap map, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("metadata");
            g.writeObjectFieldStart("core");
            g.writeStringField("id", "argmap");
            g.writeStringField("title", map.title());
            g.writeStringField("version", "0.5");
            g.writeArrayFieldStart("notes");
            for (String note : map.notes()) {
                g.writeString(note);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("argmap");
            if (!map.source().equals(Source.NONE)) {
                g.writeObjectFieldStart("source");
                JsonFields.optional(g, "path", map.source().path());
                JsonFields.optional(g, "title", map.source().title());
                JsonFields.optional(g, "date", map.source().date());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("speakers");
            for (Speaker s : map.speakers()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("name", s.name());
                g.writeStringField("role", s.role());
                JsonFields.optional(g, "affiliation", s.affiliation());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sections");
            for (Section s : map.sections()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("title", s.title());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!map.metadata().isEmpty()) {
                g.writeObjectFieldStart("metadata");
                for (Map.Entry<String, String> e : map.metadata().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("resources");
            g.writeEndArray();
            g.writeArrayFieldStart("nodes");
            for (Claim c : map.claims()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("type", "atom");
                g.writeStringField("text", c.text());
                g.writeArrayFieldStart("sources");
                g.writeEndArray();
                g.writeObjectFieldStart("metadata");
                g.writeObjectFieldStart("argmap");
                JsonFields.fields(g, c, SadfaceReader.CLAIM_FIELDS);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            for (Argument a : map.arguments()) {
                // An atom for tools that know only atoms; its metadata says it stands for an argument.
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("type", "atom");
                g.writeStringField("text", !a.text().isBlank() ? a.text() : a.title().orElse(a.id()));
                g.writeArrayFieldStart("sources");
                g.writeEndArray();
                g.writeObjectFieldStart("metadata");
                g.writeObjectFieldStart("argmap");
                g.writeStringField("kind", "argument");
                JsonFields.fields(g, a, SadfaceReader.ARGUMENT_FIELDS);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            Map<String, String> schemeOf = new HashMap<>();
            for (int i = 0; i < map.relations().size(); i++) {
                schemeOf.put(map.idOf(map.relations().get(i)), schemeId(i + 1));
            }
            int i = 0;
            for (Relation r : map.relations()) {
                i++;
                g.writeStartObject();
                g.writeStringField("id", schemeId(i));
                g.writeStringField("type", "scheme");
                g.writeStringField("name", r.isSupport() ? "support" : r.isRebuttal() ? "attack" : "undercut");
                g.writeObjectFieldStart("metadata");
                g.writeObjectFieldStart("argmap");
                if (!r.id().isEmpty()) {
                    g.writeStringField("id", r.id());
                }
                JsonFields.optional(g, "note", r.note());
                JsonFields.optional(g, "scheme", r.scheme());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
            i = 0;
            for (Relation r : map.relations()) {
                i++;
                List<String> from = r.from();
                for (int k = 0; k < from.size(); k++) {
                    // One scheme node per relation, one edge into it per premise (a linked relation's premises).
                    edge(g, "e" + i + "-in" + (k == 0 ? "" : "-" + (k + 1)), from.get(k), schemeId(i));
                }
                // An undercut's conclusion is the scheme node of the relation it attacks.
                edge(g, "e" + i + "-out", schemeId(i), r.isUndercut() ? schemeOf.get(r.to()) : r.to());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** Scheme ids cannot clash with claim ids: those never contain a colon. */
    private static String schemeId(int i) {
        return "scheme:" + i;
    }

    private static void edge(JsonGenerator g, String id, String from, String to) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("source_id", from);
        g.writeStringField("target_id", to);
        g.writeEndObject();
    }


}
