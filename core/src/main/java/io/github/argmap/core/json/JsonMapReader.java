package io.github.argmap.core.json;

import static io.github.argmap.core.internal.Messages.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.SourceQuotes;
import io.github.argmap.core.internal.TextLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads argument maps from the argmap JSON format, checking everything and naming the place of
 * every problem.
 *
 * <p>The reader walks Jackson's token stream against the format's fixed shape, so it knows the
 * line and column of every value: type errors, missing and unknown fields, and the model's own rules
 * (see {@link ArgumentMap.Builder#build()}) are all reported as {@code FILE:LINE:COLUMN: message}
 * in one {@link InvalidMapException}. Unknown fields are rejected by name, so a typo never passes
 * silently. Nesting depth, string and number sizes are bounded, so a hostile file is refused with a
 * message rather than exhausting memory.
 *
 * <p>When a map read from a file names a {@code source.path} that exists beside it, every claim's
 * quote is checked to occur verbatim in that text.
 *
 * <pre>{@code
 * ArgumentMap map = JsonMapReader.read(Path.of("seeds/coalitions-of-the-willing.json"));
 * }</pre>
 */
public final class JsonMapReader {
    /** The format version this reader understands. */
    public static final int VERSION = 1;
    /** The deepest nesting the format needs is 4; anything far deeper is hostile or broken. */
    static final int MAX_NESTING = 64;
    /** Longest string accepted, in characters: far beyond any claim, small enough to be safe. */
    static final int MAX_STRING = TextLimits.MAX_TEXT;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(64)
                    .build())
            .build();


    private JsonMapReader() {}

    /**
     * Reads a map file and checks its quotes against its source text when that file exists.
     *
     * @param file the map file; problems name it as given
     * @return the map
     * @throws IOException when the file cannot be read
     * @throws InvalidMapException when the file is not a valid map
     */
    public static ArgumentMap read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * Reads a map file and checks its quotes against a given source text.
     *
     * @param file the map file; problems name it as given
     * @param sourceFile the source text to check quotes against, or {@code null} for the map's own
     *     {@code source.path} (resolved beside the map, and checked only when that file exists)
     * @return the map
     * @throws IOException when the map or the given source cannot be read
     * @throws InvalidMapException when the file is not a valid map or a quote is not in the source
     */
    public static ArgumentMap read(Path file, Path sourceFile) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonParse parse = new JsonParse(file.toString());
        ArgumentMap map = parse.run(bytes);
        Optional<Path> source = sourceFile != null ? Optional.of(sourceFile) : map.source().path()
                .map(p -> Optional.ofNullable(file.toAbsolutePath().getParent()).map(d -> d.resolve(p)).orElse(Path.of(p)))
                .filter(Files::isRegularFile);
        if (source.isPresent()) {
            String text = Files.readString(source.get(), StandardCharsets.UTF_8);
            String sourceName = sourceFile != null ? sourceFile.toString() : map.source().path().orElseThrow();
            parse.throwIfAny(SourceQuotes.check(map, text, sourceName));
        }
        return map;
    }

    /**
     * Reads a map from a stream; no quote check is made, as there is no file to resolve the source against.
     *
     * @param in the JSON, UTF-8 (or UTF-16/32 with a byte order mark)
     * @param name the name problems are reported under, such as {@code <stdin>}
     * @return the map
     * @throws IOException when the stream fails
     * @throws InvalidMapException when the content is not a valid map
     */
    public static ArgumentMap read(InputStream in, String name) throws IOException {
        return new JsonParse(name).run(in.readAllBytes());
    }

    /**
     * Reads a map from a string.
     *
     * @param json the JSON text
     * @param name the name problems are reported under
     * @return the map
     * @throws InvalidMapException when the text is not a valid map
     */
    public static ArgumentMap read(String json, String name) {
        try {
            return new JsonParse(name).run(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }
}
