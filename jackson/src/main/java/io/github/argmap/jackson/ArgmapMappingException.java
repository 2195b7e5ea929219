package io.github.argmap.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.argmap.core.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ArgmapModule}'s deserializer when the input is not a valid argument map: the
 * problems argmap's reader found, at the lines and columns of the caller's input.
 *
 * <p>Its location ({@link #getLocation()}) is the first problem's; its original message is every
 * problem, one a line, as {@code LINE:COLUMN: message} (or {@code FILE:LINE:COLUMN: message} when
 * the parser was made to include its source). Jackson adds its own location and, for a map inside
 * another value, the path to it ({@code through reference chain: Debate["map"]}).
 *
 * <pre>{@code
 * try {
 *     mapper.readValue(file, ArgumentMap.class);
 * } catch (ArgmapMappingException e) {
 *     e.problems().forEach(System.err::println);   // one line per problem, with its position
 * }
 * }</pre>
 */
public final class ArgmapMappingException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    /** Problems are immutable values in an immutable list. */
    @SuppressWarnings("serial")
    private final List<Problem> problems;

    ArgmapMappingException(JsonParser parser, List<Problem> problems, Throwable cause) {
        super(parser, describe(problems), cause);
        // The first problem's place, not where the parser stopped (the end of the map, or further).
        this._location = location(parser, problems);
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in the order argmap's reader found them.
     *
     * @return an immutable, non-empty list; a problem's file is the input's name when the parser
     *     reports it and empty otherwise
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static JsonLocation location(JsonParser parser, List<Problem> problems) {
        Problem first = problems.get(0);
        if (!first.hasPosition()) {
            return null;
        }
        JsonLocation here = parser.currentTokenLocation();
        return new JsonLocation(here == null ? null : here.contentReference(), -1L, -1L, first.line(), first.column());
    }
}
