package io.github.argmap.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.argmap.core.ArgumentMap;

/**
 * A Jackson module that reads and writes {@link ArgumentMap}s in argmap's JSON format with any
 * {@code ObjectMapper}.
 *
 * <p>Reading goes through argmap's own reader ({@code JsonMapReader}): every map file it accepts,
 * the mapper accepts, and every problem it finds is refused with an {@link ArgmapMappingException}
 * carrying the line, the column and argmap's message. Writing goes through argmap's own writer
 * ({@code JsonMapWriter}): the mapper writes the same JSON tree, laid out as the mapper is
 * configured. A map may be the whole document or a value inside another one, such as a field of a
 * record.
 *
 * <p>The module is found by {@code ObjectMapper.findAndRegisterModules()} through
 * {@code META-INF/services} on the class path and {@code provides} on the module path.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ArgmapModule());
 * ArgumentMap map = mapper.readValue(new File("debate.json"), ArgumentMap.class);
 * String json = mapper.writeValueAsString(map);
 * }</pre>
 *
 * <p>A map that is the whole document must be all of it, as in a file: content after it, and a
 * document that is just {@code null}, are refused as argmap's reader refuses them.
 */
public final class ArgmapModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module; {@code findAndRegisterModules()} calls this. */
    public ArgmapModule() {
        super("argmap", Version.unknownVersion());
        addDeserializer(ArgumentMap.class, new ArgumentMapDeserializer());
        addSerializer(ArgumentMap.class, new ArgumentMapSerializer());
    }
}
