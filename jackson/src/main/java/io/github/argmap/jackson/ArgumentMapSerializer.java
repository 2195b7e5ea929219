package io.github.argmap.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Writes an {@link ArgumentMap} as {@link JsonMapWriter} writes it: the writer's JSON is replayed,
 * token by token, into the caller's generator, so the caller's settings (indentation or none,
 * another dataformat such as YAML or CBOR, a {@code TokenBuffer} for {@code valueToTree}) apply and
 * the tree is the writer's, field for field, as the format gains fields.
 *
 * <p>Cost: the map's JSON is built once in memory (about its file size) and parsed once more.
 */
final class ArgumentMapSerializer extends StdSerializer<ArgumentMap> {
    private static final long serialVersionUID = 1L;

    /** Reads back only what {@link JsonMapWriter} wrote, so needs none of the reader's limits. */
    static final JsonFactory REPLAY = new JsonFactory();

    ArgumentMapSerializer() {
        super(ArgumentMap.class);
    }

    @Override
    public void serialize(ArgumentMap map, JsonGenerator g, SerializerProvider provider) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            JsonMapWriter.write(map, json);
        } catch (InvalidMapException e) {
            // A text longer than argmap's reader accepts: the file could not be read back.
            throw JsonMappingException.from(g, e.getMessage(), e);
        }
        replay(json.toByteArray(), g);
    }

    /**
     * Copies one JSON value into a generator. Numbers go as the doubles and longs they are in the
     * model (not as exact decimals), so a tree built from them is the tree a mapper reads from the file.
     *
     * @param json the value's JSON, UTF-8
     * @param g the caller's generator
     * @throws IOException when the generator fails
     */
    static void replay(byte[] json, JsonGenerator g) throws IOException {
        try (JsonParser p = REPLAY.createParser(json)) {
            p.nextToken();
            g.copyCurrentStructure(p);
        }
    }
}
