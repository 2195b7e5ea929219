package io.github.argmap.core.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A map read from a file, with what the reader could not carry over.
 *
 * <p>Warnings name the place in the file, like errors, but do not stop the read: a foreign AIF
 * file's transitions or preferences, for example, have no place in an argument map and are reported
 * here instead of being dropped without a word.
 *
 * @param map the map read
 * @param warnings what was left out or changed, in file order; empty when the file was carried over whole
 */
public record ReadResult(ArgumentMap map, List<Problem> warnings) {
    /**
     * Copies the warnings and checks that no component is {@code null}.
     *
     * @param map the map read
     * @param warnings what was left out or changed, in file order; empty when the file was carried over whole
     * @throws NullPointerException when a component is {@code null}
     */
    public ReadResult {
        Objects.requireNonNull(map, "map");
        warnings = List.copyOf(warnings);
    }

    /**
     * A result with no warnings.
     *
     * @param map the map
     * @return the result
     */
    public static ReadResult of(ArgumentMap map) {
        return new ReadResult(map, List.of());
    }
}
