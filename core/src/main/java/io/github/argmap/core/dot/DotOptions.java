package io.github.argmap.core.dot;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Status;
import io.github.argmap.core.internal.Messages;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a DOT diagram of a map looks; immutable, built with {@link #builder()}.
 *
 * <p>The options say how to draw, never what: {@link DotWriter} draws every claim of the map it is
 * given, so a picture of part of a map draws a sub-map (a neighbourhood, a section, a speaker, a
 * tag), which the traversal API computes. Styling comes from providers, as in JGraphT's
 * {@code DOTExporter}: a {@link Coloring} for the fill and its legend, and attribute providers
 * that add or override Graphviz attributes of each claim and relation.
 *
 * <p>The defaults draw an {@link Layout#OVERVIEW} clustered by section, conclusions above their
 * reasons ({@link RankDir#BT}), claims coloured by speaker, texts wrapped at
 * {@value #DEFAULT_WRAP_WIDTH} characters, with a legend and without a status overlay.
 *
 * <pre>{@code
 * DotOptions options = DotOptions.builder()
 *         .coloring(Coloring.bySpeaker(map))
 *         .status(statusById)
 *         .subtitle("claims within 2 steps of carney-rupture")
 *         .build();
 * DotWriter.write(Traversal.of(map).neighbourhood("carney-rupture", 2), options, writer);
 * }</pre>
 *
 * @param cluster how claims are grouped into clusters
 * @param rankDir the direction edges run in
 * @param layout how clusters and long rows of reasons are arranged
 * @param subtitle a line under the title saying which part of a map is drawn, if any
 * @param coloring what the fill colours mean; empty for colouring by speaker of the map drawn
 * @param status the acceptance status of claims by id, drawn as a marker and a border; empty for
 *     none; ids of claims not drawn are ignored, so the overlay of a whole map serves its sub-maps
 * @param strength a strength (such as a gradual semantics' score) of claims by id, shown in the
 *     label; empty for none
 * @param wrapWidth the longest line of a claim's text, in characters
 * @param legend whether to draw a legend of the colours, edge kinds and statuses drawn
 * @param claimAttributes Graphviz attributes added to a claim's node, overriding argmap's own
 *     (names are DOT identifiers, values are quoted as given); written sorted by name
 * @param relationAttributes Graphviz attributes added to a relation's edge, as for claims
 */
public record DotOptions(
        Cluster cluster,
        RankDir rankDir,
        Layout layout,
        Optional<String> subtitle,
        Optional<Coloring> coloring,
        Map<String, Status> status,
        Map<String, Double> strength,
        int wrapWidth,
        boolean legend,
        Function<Claim, Map<String, String>> claimAttributes,
        Function<Relation, Map<String, String>> relationAttributes) {

    /** The default number of characters a line of claim text holds. */
    public static final int DEFAULT_WRAP_WIDTH = 34;
    /** The narrowest wrap width accepted; narrower boxes would break most words. */
    public static final int MIN_WRAP_WIDTH = 8;

    private static final Function<Claim, Map<String, String>> NO_CLAIM_ATTRIBUTES = c -> Map.of();
    private static final Function<Relation, Map<String, String>> NO_RELATION_ATTRIBUTES = r -> Map.of();
    private static final DotOptions DEFAULTS = builder().build();

    /**
     * Checks the components and copies the maps.
     *
     * @param cluster how claims are grouped into clusters
     * @param rankDir the direction edges run in
     * @param layout how clusters and long rows of reasons are arranged
     * @param subtitle a line under the title saying which part of a map is drawn, if any
     * @param coloring what the fill colours mean; empty for colouring by speaker of the map drawn
     * @param status the acceptance status of claims by id, drawn as a marker and a border; empty for
     *         none; ids of claims not drawn are ignored, so the overlay of a whole map serves its sub-maps
     * @param strength a strength (such as a gradual semantics' score) of claims by id, shown in the
     *         label; empty for none
     * @param wrapWidth the longest line of a claim's text, in characters
     * @param legend whether to draw a legend of the colours, edge kinds and statuses drawn
     * @param claimAttributes Graphviz attributes added to a claim's node, overriding argmap's own
     *         (names are DOT identifiers, values are quoted as given); written sorted by name
     * @param relationAttributes Graphviz attributes added to a relation's edge, as for claims
     * @throws NullPointerException when a component, key or value is {@code null}
     * @throws IllegalArgumentException when {@code wrapWidth} is below {@value #MIN_WRAP_WIDTH} or a
     *     strength is not finite
     */
    public DotOptions {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(rankDir, "rankDir");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(coloring, "coloring");
        Objects.requireNonNull(claimAttributes, "claimAttributes");
        Objects.requireNonNull(relationAttributes, "relationAttributes");
        // Only ever looked up by id, never iterated into output, so an unordered copy is safe.
        status = Map.copyOf(status);
        strength = Map.copyOf(strength);
        for (Map.Entry<String, Double> e : strength.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException(format(Messages.DOT_STRENGTH_NOT_FINITE, e.getKey(), e.getValue()));
            }
        }
        if (wrapWidth < MIN_WRAP_WIDTH) {
            throw new IllegalArgumentException(format(Messages.DOT_WRAP_WIDTH, wrapWidth, MIN_WRAP_WIDTH));
        }
    }

    /**
     * The options a diagram gets when nothing is said.
     *
     * @return an overview clustered by section, {@link RankDir#BT}, coloured by speaker, wrapped at
     *     {@value #DEFAULT_WRAP_WIDTH}, with a legend
     */
    public static DotOptions defaults() {
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

    /**
     * Starts a builder holding these options, to derive changed ones.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().cluster(cluster).rankDir(rankDir).layout(layout).status(status).strength(strength)
                .wrapWidth(wrapWidth).legend(legend).claimAttributes(claimAttributes)
                .relationAttributes(relationAttributes);
        b.subtitle = subtitle;
        b.coloring = coloring;
        return b;
    }

    /**
     * Collects options; every setter returns this builder. Not thread-safe; {@link #build()} may be
     * called more than once.
     */
    public static final class Builder {
        private Cluster cluster = Cluster.SECTION;
        private RankDir rankDir = RankDir.BT;
        private Layout layout = Layout.OVERVIEW;
        private Optional<String> subtitle = Optional.empty();
        private Optional<Coloring> coloring = Optional.empty();
        private Map<String, Status> status = Map.of();
        private Map<String, Double> strength = Map.of();
        private int wrapWidth = DEFAULT_WRAP_WIDTH;
        private boolean legend = true;
        private Function<Claim, Map<String, String>> claimAttributes = NO_CLAIM_ATTRIBUTES;
        private Function<Relation, Map<String, String>> relationAttributes = NO_RELATION_ATTRIBUTES;

        private Builder() {}

        /**
         * Sets how claims are grouped.
         *
         * @param newCluster by speaker, by section (the default) or not at all
         * @return this builder
         */
        public Builder cluster(Cluster newCluster) {
            this.cluster = Objects.requireNonNull(newCluster, "cluster");
            return this;
        }

        /**
         * Sets the direction edges run in.
         *
         * @param newRankDir the direction
         * @return this builder
         */
        public Builder rankDir(RankDir newRankDir) {
            this.rankDir = Objects.requireNonNull(newRankDir, "rankDir");
            return this;
        }

        /**
         * Sets how clusters and long rows of reasons are arranged.
         *
         * @param newLayout {@link Layout#OVERVIEW} (the default) or {@link Layout#FREE}
         * @return this builder
         */
        public Builder layout(Layout newLayout) {
            this.layout = Objects.requireNonNull(newLayout, "layout");
            return this;
        }

        /**
         * Sets a line shown under the title, saying which part of a map the diagram draws.
         *
         * @param text such as {@code claims tagged ‘turkiye’}
         * @return this builder
         */
        public Builder subtitle(String text) {
            this.subtitle = Optional.of(Objects.requireNonNull(text, "subtitle"));
            return this;
        }

        /**
         * Sets what the fill colours mean.
         *
         * @param newColoring a colouring built from the whole map
         * @return this builder
         */
        public Builder coloring(Coloring newColoring) {
            this.coloring = Optional.of(Objects.requireNonNull(newColoring, "coloring"));
            return this;
        }

        /**
         * Overlays acceptance statuses, typically computed by an argumentation semantics.
         *
         * @param statusById status by claim id; claims missing from it get no marker
         * @return this builder
         */
        public Builder status(Map<String, Status> statusById) {
            this.status = Map.copyOf(statusById);
            return this;
        }

        /**
         * Shows a strength in each claim's label, such as a gradual semantics' score.
         *
         * @param strengthById finite strength by claim id; claims missing from it show none
         * @return this builder
         */
        public Builder strength(Map<String, Double> strengthById) {
            this.strength = Map.copyOf(strengthById);
            return this;
        }

        /**
         * Sets the longest line of a claim's text.
         *
         * @param characters at least {@value DotOptions#MIN_WRAP_WIDTH}
         * @return this builder
         */
        public Builder wrapWidth(int characters) {
            this.wrapWidth = characters;
            return this;
        }

        /**
         * Sets whether to draw a legend.
         *
         * @param show {@code true} to draw one
         * @return this builder
         */
        public Builder legend(boolean show) {
            this.legend = show;
            return this;
        }

        /**
         * Sets a provider of extra Graphviz attributes for each claim's node, such as a
         * {@code URL} to a page about the claim; they override argmap's own attributes.
         *
         * @param provider attributes by claim; must not return {@code null}
         * @return this builder
         */
        public Builder claimAttributes(Function<Claim, Map<String, String>> provider) {
            this.claimAttributes = Objects.requireNonNull(provider, "claimAttributes");
            return this;
        }

        /**
         * Sets a provider of extra Graphviz attributes for each relation's edge; they override
         * argmap's own attributes.
         *
         * @param provider attributes by relation; must not return {@code null}
         * @return this builder
         */
        public Builder relationAttributes(Function<Relation, Map<String, String>> provider) {
            this.relationAttributes = Objects.requireNonNull(provider, "relationAttributes");
            return this;
        }

        /**
         * Returns the options.
         *
         * @return immutable options
         * @throws IllegalArgumentException when the wrap width is too small or a strength is not finite
         */
        public DotOptions build() {
            return new DotOptions(cluster, rankDir, layout, subtitle, coloring, status, strength, wrapWidth, legend,
                    claimAttributes, relationAttributes);
        }
    }
}
