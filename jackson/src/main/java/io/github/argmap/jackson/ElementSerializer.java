package io.github.argmap.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Writes a claim, relation, speaker or section on its own as the object it is inside a map file,
 * through {@link JsonMapWriter}'s element methods (the code that writes the map's lists), replayed
 * into the caller's generator.
 *
 * @param <T> the element type
 */
final class ElementSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    /** Not serialized: the serializer is rebuilt with its module. */
    private final transient Function<T, String> json;

    private ElementSerializer(Class<T> type, Function<T, String> json) {
        super(type);
        this.json = json;
    }

    static ElementSerializer<Claim> claims() {
        return new ElementSerializer<>(Claim.class, JsonMapWriter::toJson);
    }

    static ElementSerializer<Relation> relations() {
        return new ElementSerializer<>(Relation.class, JsonMapWriter::toJson);
    }

    static ElementSerializer<Speaker> speakers() {
        return new ElementSerializer<>(Speaker.class, JsonMapWriter::toJson);
    }

    static ElementSerializer<Section> sections() {
        return new ElementSerializer<>(Section.class, JsonMapWriter::toJson);
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        ArgumentMapSerializer.replay(json.apply(value).getBytes(StandardCharsets.UTF_8), g);
    }
}
