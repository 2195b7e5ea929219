package io.github.argmap.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

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
 * <p>Claims, relations, speakers and sections also serialise on their own, as the objects they are
 * inside a map file (a claim's {@code speaker} is then just an id). They are read only as part of a
 * map, where argmap can check them; reading one alone is refused with a message saying so.
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
 * <p>Spring Boot registers every {@code Module} bean with the {@code ObjectMapper} it configures,
 * so there one bean is enough, and request and response bodies holding maps work as any other:
 *
 * <pre>{@code
 * @Bean
 * Module argmapModule() {
 *     return new ArgmapModule();
 * }
 * }</pre>
 *
 * <p>Where Jackson's conventions and argmap's file rules differ, argmap's win for a map that is the
 * whole document, which must be all of it, as in a file: content after it (whatever
 * {@code FAIL_ON_TRAILING_TOKENS} says) and a document that is just {@code null} are refused as
 * argmap's reader refuses them, so a stream of maps separated by whitespace is read as a JSON array
 * instead. A map inside another value follows Jackson's rules ({@code null} is a null reference).
 * An empty document is refused by Jackson itself, before any deserializer runs, with a
 * {@code MismatchedInputException} (also a {@code JsonMappingException}). Quotes are not checked
 * against the source text: argmap does that only when it reads a map file whose source text sits
 * beside it ({@code JsonMapReader.read(Path)}), and a Jackson input is a stream with no place.
 *
 * <p>Costs: reading copies the map's tokens once into text for argmap's reader, writing builds the
 * map's JSON once in memory and replays it into the mapper's generator. Both are linear in the
 * map's size; reading takes about twice as long as {@code JsonMapReader} alone and writing about
 * three times as long as {@code JsonMapWriter} (10,000 claims: 23 ms against 11 ms to read, 18 ms
 * against 6 ms to write; {@code JacksonModuleBenchmarks} in docs/benchmarks.md).
 */
public final class ArgmapModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** This artifact's version, as Jackson reports modules' versions; unknown only outside a build. */
    private static final Version VERSION = readVersion();

    /** Creates the module; {@code findAndRegisterModules()} calls this. */
    public ArgmapModule() {
        super("argmap", VERSION);
        addDeserializer(ArgumentMap.class, new ArgumentMapDeserializer());
        addSerializer(ArgumentMap.class, new ArgumentMapSerializer());
        addSerializer(Claim.class, ElementSerializer.claims());
        addSerializer(Relation.class, ElementSerializer.relations());
        addSerializer(Speaker.class, ElementSerializer.speakers());
        addSerializer(Section.class, ElementSerializer.sections());
        addDeserializer(Claim.class, new ElementDeserializer<>(Claim.class, "claim"));
        addDeserializer(Relation.class, new ElementDeserializer<>(Relation.class, "relation"));
        addDeserializer(Speaker.class, new ElementDeserializer<>(Speaker.class, "speaker"));
        addDeserializer(Section.class, new ElementDeserializer<>(Section.class, "section"));
    }

    private static Version readVersion() {
        Properties p = new Properties();
        try (InputStream in = ArgmapModule.class.getResourceAsStream("module.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            p.load(in);
        } catch (IOException e) {
            return Version.unknownVersion();
        }
        return VersionUtil.parseVersion(p.getProperty("version"), "io.github.argmap", "argmap-jackson");
    }
}
