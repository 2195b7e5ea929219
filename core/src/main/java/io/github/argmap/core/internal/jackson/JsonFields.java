package io.github.argmap.core.internal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON pieces every writer that carries argmap's own fields writes the same way: the map's JSON,
 * and the argmap extensions of AIF, GraphML and Argdown. One place, so that a new speaker or
 * section field reaches every format. Not exported: its methods take Jackson types, which the
 * module keeps out of its API.
 */
public final class JsonFields {
    private JsonFields() {}

    /**
     * Writes a string field only when the value is present.
     *
     * @param g the generator
     * @param field the field name
     * @param value the value, if any
     * @throws IOException when the generator fails
     */
    public static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    /**
     * Writes an array of strings only when there are any, as every argmap list field is written.
     *
     * @param g the generator
     * @param field the field name
     * @param values the strings, in order
     * @throws IOException when the generator fails
     */
    public static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /**
     * Writes the {@code source} object (path, title, date), or nothing when the source is unknown.
     *
     * @param g the generator, inside an object
     * @param source the map's source
     * @throws IOException when the generator fails
     */
    public static void source(JsonGenerator g, Source source) throws IOException {
        if (source.isKnown()) {
            g.writeObjectFieldStart("source");
            optional(g, "path", source.path());
            optional(g, "title", source.title());
            optional(g, "date", source.date());
            g.writeEndObject();
        }
    }

    /**
     * Writes a speaker's fields, {@code id}, {@code name}, {@code role} and {@code affiliation},
     * into the object the caller has opened (AIF puts its participant id before them).
     *
     * @param g the generator, inside an object
     * @param s the speaker
     * @throws IOException when the generator fails
     */
    public static void speakerFields(JsonGenerator g, Speaker s) throws IOException {
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("role", s.role());
        optional(g, "affiliation", s.affiliation());
    }

    /**
     * Writes the sections as an array of {@code {"id", "title"}} objects.
     *
     * @param g the generator, where a value may start
     * @param sections the sections, in map order
     * @throws IOException when the generator fails
     */
    public static void sections(JsonGenerator g, List<Section> sections) throws IOException {
        g.writeStartArray();
        for (Section s : sections) {
            section(g, s);
        }
        g.writeEndArray();
    }

    /**
     * Writes one section as a {@code {"id", "title"}} object.
     *
     * @param g the generator, where a value may start
     * @param s the section
     * @throws IOException when the generator fails
     */
    public static void section(JsonGenerator g, Section s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        g.writeEndObject();
    }
}
