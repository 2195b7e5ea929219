package io.github.argmap.api.html;

import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.SupportReading;
import java.util.List;
import java.util.Objects;

/**
 * What an interactive page of a map offers and how it is laid out; immutable, built with
 * {@link #builder()}.
 *
 * <pre>{@code
 * HtmlOptions options = HtmlOptions.builder()
 *         .semantics(List.of(Semantics.GROUNDED, Semantics.PREFERRED))
 *         .layout(HtmlOptions.Layout.BUILTIN)
 *         .build();
 * }</pre>
 *
 * @param semantics the readings a reader can choose between in the page, first the one shown
 *     when it opens; each is computed when the page is written
 * @param reading how supports are read when statuses are computed
 * @param layout who lays the graph out
 */
public record HtmlOptions(List<Semantics> semantics, SupportReading reading, Layout layout) {
    /**
     * Up to this many claims {@link Layout#AUTO} asks Graphviz: measured on this project's 2-core
     * machine, the whole command takes about 1.8 s at 500 claims, 4.8 s at 1,000 and over a
     * minute at 2,000 (docs/benchmarks.md), where the built-in layout takes 0.5 s at 1,000.
     */
    public static final int GRAPHVIZ_LIMIT = 1_000;

    private static final HtmlOptions DEFAULTS = builder().build();

    /** Who lays the graph out. */
    public enum Layout {
        /**
         * Graphviz when it is installed and the map has at most {@value HtmlOptions#GRAPHVIZ_LIMIT}
         * claims, else {@link #BUILTIN}; the default. Pages of one map are byte-identical on one
         * machine; machines with and without Graphviz give different pages.
         */
        AUTO,
        /** Graphviz's {@code dot}, the overview of the DOT writer; fails when it is not installed. */
        GRAPHVIZ,
        /**
         * argmap's own layered layout: sections stacked, a claim's reasons in rows beneath it,
         * wide rows wrapped; linear in the map's size, the same on every machine.
         */
        BUILTIN
    }

    /**
     * Checks and copies the components.
     *
     * @param semantics the readings a reader can choose between in the page, first the one shown
     *         when it opens; each is computed when the page is written
     * @param reading how supports are read when statuses are computed
     * @param layout who lays the graph out
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when {@code semantics} is empty or repeats one
     */
    public HtmlOptions {
        semantics = List.copyOf(semantics);
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(layout, "layout");
        if (semantics.isEmpty()) {
            throw new IllegalArgumentException("give at least one semantics for the page's statuses, such as GROUNDED");
        }
        if (semantics.stream().distinct().count() != semantics.size()) {
            throw new IllegalArgumentException("semantics " + semantics + " names one twice; give each once");
        }
    }

    /**
     * The options a page gets when nothing is said.
     *
     * @return grounded semantics, the bipolar reading, {@link Layout#AUTO}
     */
    public static HtmlOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder holding the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects options; every setter returns this builder. */
    public static final class Builder {
        private List<Semantics> semantics = List.of(Semantics.GROUNDED);
        private SupportReading reading = SupportReading.defaultReading();
        private Layout layout = Layout.AUTO;

        private Builder() {}

        /**
         * Sets the readings the page offers.
         *
         * @param newSemantics at least one, the first shown when the page opens
         * @return this builder
         */
        public Builder semantics(List<Semantics> newSemantics) {
            this.semantics = List.copyOf(newSemantics);
            return this;
        }

        /**
         * Sets how supports are read when statuses are computed.
         *
         * @param newReading the reading
         * @return this builder
         */
        public Builder reading(SupportReading newReading) {
            this.reading = Objects.requireNonNull(newReading, "reading");
            return this;
        }

        /**
         * Sets who lays the graph out.
         *
         * @param newLayout the layout
         * @return this builder
         */
        public Builder layout(Layout newLayout) {
            this.layout = Objects.requireNonNull(newLayout, "layout");
            return this;
        }

        /**
         * Returns the options.
         *
         * @return immutable options
         * @throws IllegalArgumentException as the constructor
         */
        public HtmlOptions build() {
            return new HtmlOptions(semantics, reading, layout);
        }
    }
}
