package io.github.argmap.core.internal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.argmap.core.Argument;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.NodeField;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * Writes a claim's fields that are present, in the order given, into the object the caller has
     * opened: strings as strings, lists as arrays (none when empty), the weight as a number.
     *
     * @param g the generator, inside an object
     * @param c the claim
     * @param fields the fields to write, from {@link NodeField#CLAIM}
     * @throws IOException when the generator fails
     */
    public static void fields(JsonGenerator g, Claim c, List<NodeField> fields) throws IOException {
        fields(g, fields, f -> f.of(c));
    }

    /**
     * Writes an argument node's fields that are present, as {@link #fields(JsonGenerator, Claim, List)}
     * does (an empty text or no premises are absent).
     *
     * @param g the generator, inside an object
     * @param a the argument
     * @param fields the fields to write, from {@link NodeField#ARGUMENT}
     * @throws IOException when the generator fails
     */
    public static void fields(JsonGenerator g, Argument a, List<NodeField> fields) throws IOException {
        fields(g, fields, f -> f.of(a));
    }

    @SuppressWarnings("unchecked")
    private static void fields(JsonGenerator g, List<NodeField> fields, Function<NodeField, Object> value)
            throws IOException {
        for (NodeField f : fields) {
            Object v = value.apply(f);
            if (v == null) {
                continue;
            }
            switch (f.type()) {
                case TEXT -> g.writeStringField(f.key(), (String) v);
                case TEXTS -> strings(g, f.key(), (List<String>) v);
                case NUMBER -> g.writeNumberField(f.key(), (Double) v);
            }
        }
    }
}
