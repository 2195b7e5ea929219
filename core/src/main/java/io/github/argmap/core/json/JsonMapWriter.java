package io.github.argmap.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.NodeField;
import io.github.argmap.core.internal.TextLimits;
import io.github.argmap.core.internal.jackson.JsonFields;
import io.github.argmap.core.internal.jackson.JsonLayout;
import io.github.argmap.core.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes argument maps in the argmap JSON format, deterministically.
 *
 * <p>Keys come in a fixed order, elements in the map's order, two-space indentation, UTF-8 with
 * non-ASCII characters written as themselves, {@code \n} line ends and a trailing newline; the same
 * map always gives the same bytes, so maps diff well. Absent optional fields are left out.
 * {@link JsonMapReader} reads the output back to an equal map.
 *
 * <pre>{@code
 * JsonMapWriter.write(map, Path.of("map.json"));   // atomic: a failed write leaves the old file
 * String json = JsonMapWriter.toJson(map);
 * }</pre>
 */
public final class JsonMapWriter {
    // Without this, Jackson writes characters outside the BMP (emoji) as escaped surrogate pairs.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private JsonMapWriter() {}

    /**
     * Writes a map to a file through a temporary file and an atomic move.
     *
     * @param map the map
     * @param file the target
     * @throws IOException when the file cannot be written; the previous file is then unchanged
     * @throws InvalidMapException when a text is longer than the reader accepts ({@link TextLimits#MAX_TEXT}
     *     characters), before the file is touched
     */
    public static void write(ArgumentMap map, Path file) throws IOException {
        refuseUnreadable(map);
        AtomicFiles.write(file, out -> writeReadable(map, out));
    }

    /** A text the reader would refuse makes a file that cannot be read back: refuse it before writing. */
    private static void refuseUnreadable(ArgumentMap map) {
        List<Problem> tooLong = TextLimits.tooLong(map);
        if (!tooLong.isEmpty()) {
            throw new InvalidMapException(tooLong);
        }
    }

    /**
     * Writes a map to a stream, which is flushed but not closed.
     *
     * @param map the map
     * @param out the stream
     * @throws IOException when the stream fails
     * @throws InvalidMapException when a text is longer than the reader accepts, before anything is written
     */
    public static void write(ArgumentMap map, OutputStream out) throws IOException {
        refuseUnreadable(map);
        writeReadable(map, out);
    }

    /** Writes a map whose texts {@link #refuseUnreadable} has already checked. */
    private static void writeReadable(ArgumentMap map, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(JsonLayout.inlineFrom(4));
            writeMap(map, g);
        }
        out.write('\n');
        out.flush();
    }

    /**
     * Renders a map as a JSON string.
     *
     * @param map the map
     * @return the JSON text, ending in a newline
     */
    public static String toJson(ArgumentMap map) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(map, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Renders one claim as the object it is in a map file's {@code claims} list, on one line.
     *
     * <p>For a claim shown or sent on its own, such as by argmap-jackson's serializer; a map file is
     * always written whole. The same code writes the claims of a map, so the two never differ.
     *
     * <pre>{@code
     * JsonMapWriter.toJson(Claim.of("walk", "We should walk."))   // {"id":"walk","text":"We should walk."}
     * }</pre>
     *
     * @param claim the claim
     * @return the JSON object, without a line break
     */
    public static String toJson(Claim claim) {
        return element(g -> writeClaim(claim, g));
    }

    /**
     * Renders one relation as the object it is in a map file's {@code relations} list, on one line.
     *
     * @param relation the relation
     * @return the JSON object, without a line break
     */
    public static String toJson(Relation relation) {
        return element(g -> writeRelation(relation, g));
    }

    /**
     * Renders one argument node as the object it is in a map file's {@code arguments} list, on one line.
     *
     * @param argument the argument
     * @return the JSON object, without a line break
     */
    public static String toJson(Argument argument) {
        return element(g -> writeArgument(argument, g));
    }

    /**
     * Renders one speaker as the object it is in a map file's {@code speakers} list, on one line.
     *
     * @param speaker the speaker
     * @return the JSON object, without a line break
     */
    public static String toJson(Speaker speaker) {
        return element(g -> writeSpeaker(speaker, g));
    }

    /**
     * Renders one section as the object it is in a map file's {@code sections} list, on one line.
     *
     * @param section the section
     * @return the JSON object, without a line break
     */
    public static String toJson(Section section) {
        return element(g -> JsonFields.section(g, section));
    }

    /** Writes one element of a map. */
    private interface Element {
        void write(JsonGenerator g) throws IOException;
    }

    private static String element(Element element) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            element.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeMap(ArgumentMap map, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("argmap", JsonMapReader.VERSION);
        g.writeStringField("title", map.title());
        JsonFields.source(g, map.source());
        JsonFields.strings(g, "notes", map.notes());
        if (!map.metadata().isEmpty()) {
            g.writeObjectFieldStart("metadata");
            for (Map.Entry<String, String> e : map.metadata().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("speakers");
        for (Speaker s : map.speakers()) {
            writeSpeaker(s, g);
        }
        g.writeEndArray();
        g.writeFieldName("sections");
        JsonFields.sections(g, map.sections());
        g.writeArrayFieldStart("claims");
        for (Claim c : map.claims()) {
            writeClaim(c, g);
        }
        g.writeEndArray();
        if (!map.arguments().isEmpty()) {
            g.writeArrayFieldStart("arguments");
            for (Argument a : map.arguments()) {
                writeArgument(a, g);
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("relations");
        for (Relation r : map.relations()) {
            writeRelation(r, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSpeaker(Speaker s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.speakerFields(g, s);
        g.writeEndObject();
    }

    private static void writeRelation(Relation r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (!r.id().isEmpty()) {
            g.writeStringField("id", r.id());
        }
        if (r.from().size() == 1) {
            g.writeStringField("from", r.from().get(0));
        } else {
            JsonFields.strings(g, "from", r.from());
        }
        g.writeStringField("to", r.to());
        g.writeStringField("kind", r.kind().label());
        JsonFields.optional(g, "note", r.note());
        JsonFields.optional(g, "scheme", r.scheme());
        g.writeEndObject();
    }


    private static void writeArgument(Argument a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.fields(g, a, NodeField.ARGUMENT);
        g.writeEndObject();
    }

    private static void writeClaim(Claim c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.fields(g, c, NodeField.CLAIM);
        g.writeEndObject();
    }
}
