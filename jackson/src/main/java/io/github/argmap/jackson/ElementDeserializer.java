package io.github.argmap.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Refuses to read a claim, relation, speaker or section on its own, saying what to do instead.
 *
 * <p>argmap checks an element against its map (a claim's speaker and section must be defined
 * there, a relation's ends must exist), so it reads only whole maps. Without this, Jackson would
 * build the record from its components and skip every one of those checks.
 *
 * @param <T> the element type
 */
final class ElementDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final String what;

    ElementDeserializer(Class<T> type, String what) {
        super(type);
        this.what = what;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return ctxt.reportInputMismatch(this, "argmap reads a %s only as part of a map, where it can be checked: "
                + "read an ArgumentMap and take the %s from it", what, what);
    }
}
