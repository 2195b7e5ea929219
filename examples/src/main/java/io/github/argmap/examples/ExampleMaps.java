package io.github.argmap.examples;

import io.github.argmap.core.ArgumentMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The argument maps bundled with argmap, by name.
 *
 * <p>{@code ExampleMaps.byName("nixon").orElseThrow().map()}
 */
public final class ExampleMaps {
    /** A bundled map: its name on the command line, a one-line description, and how to build it. */
    public record Example(String name, String description, Supplier<ArgumentMap> builder) {
        /**
         * Builds the map.
         *
         * @return the map
         */
        public ArgumentMap map() {
            return builder.get();
        }
    }

    private static final List<Example> ALL = List.of(
            new Example("panel", "LSE/CIVICA panel: coalitions of the willing and non-EU NATO members (16 May 2026)",
                    Seeds::panel),
            new Example("toulmin", "Toulmin's \"Harry is a British subject\": data, warrant, backing, rebuttals",
                    ToulminExample::map),
            new Example("nixon", "The Nixon diamond with a floating conclusion: grounded and preferred disagree",
                    NixonExample::map),
            new Example("turkiye", "The panel's Türkiye question alone: pro/contra, linked premises, sourced base scores",
                    TurkiyeExample::map));

    private ExampleMaps() {}

    /**
     * Every bundled map, the panel first.
     *
     * @return the examples
     */
    public static List<Example> all() {
        return ALL;
    }

    /**
     * Looks up a bundled map.
     *
     * @param name {@code panel}, {@code toulmin}, {@code nixon} or {@code turkiye}
     * @return the example, or empty
     */
    public static Optional<Example> byName(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
