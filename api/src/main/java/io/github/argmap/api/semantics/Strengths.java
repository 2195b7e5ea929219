package io.github.argmap.api.semantics;

import io.github.argmap.api.internal.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gradual strengths in [0, 1], one per claim or argument, with how they were computed.
 *
 * <p>Made by {@link Strength}; see there for the methods, tolerances and iteration limits.
 *
 * <pre>{@code
 * Strengths s = Strength.dfQuad(map);
 * s.of("walk");      // e.g. 0.35
 * s.converged();     // always true on acyclic maps
 * }</pre>
 *
 * @param method the gradual semantics used
 * @param reading the support reading that produced the input, or empty for a framework given
 *     directly rather than built from a map
 * @param values the strength of every claim or argument, by id, iterating in map (or framework)
 *     order; immutable
 * @param converged {@code true} when the values are exact or the iteration met its tolerance;
 *     {@code false} when it stopped at the iteration limit, so the values are the last iterate
 * @param iterations the number of iterations run; 0 when the input is acyclic and the values were
 *     computed exactly in one pass in topological order
 */
public record Strengths(Method method, Optional<SupportReading> reading, Map<String, Double> values,
        boolean converged, int iterations) {
    /** A gradual semantics. */
    public enum Method {
        /** Besnard and Hunter's h-categorizer, over attacks only. */
        H_CATEGORIZER,
        /** Rago, Toni et al.'s DF-QuAD, over supports and attacks with base scores. */
        DF_QUAD
    }

    /**
     * Copies the values into an immutable map that keeps their order.
     *
     * @param method the gradual semantics used
     * @param reading the support reading that produced the input, or empty for a framework given
     *         directly rather than built from a map
     * @param values the strength of every claim or argument, by id, iterating in map (or framework)
     *         order; immutable
     * @param converged {@code true} when the values are exact or the iteration met its tolerance;
     *         {@code false} when it stopped at the iteration limit, so the values are the last iterate
     * @param iterations the number of iterations run; 0 when the input is acyclic and the values were
     *         computed exactly in one pass in topological order
     * @throws NullPointerException when a component is {@code null}
     */
    public Strengths {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reading, "reading");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The strength of one claim or argument.
     *
     * @param id its id
     * @return the strength
     * @throws IllegalArgumentException when there is no such id
     */
    public double of(String id) {
        Double value = values.get(id);
        if (value == null) {
            throw new IllegalArgumentException(Messages.format(Messages.UNKNOWN_CLAIM, id, "values().keySet()"));
        }
        return value;
    }
}
