package io.github.argmap.core.dot;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.internal.Messages;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a DOT diagram of a map shows and how it is laid out; immutable, built with {@link #builder()}.
 *
 * <p>The defaults draw every claim, unclustered, conclusions above their reasons
 * ({@link RankDir#BT}), texts wrapped at {@value #DEFAULT_WRAP_WIDTH} characters, with a legend
 * and without a status overlay. The filters combine: with both a focus and a tag, a claim is drawn
 * when it lies within the focus and has the tag.
 *
 * <pre>{@code
 * DotOptions options = DotOptions.builder()
 *         .cluster(Cluster.SECTION)
 *         .focus("carney-rupture", 2)
 *         .status(statusById)
 *         .build();
 * String dot = DotWriter.toDot(map, options);
 * }</pre>
 *
 * @param cluster how claims are grouped into clusters
 * @param rankDir the direction edges run in
 * @param focus the claim to centre on and how many steps around it to keep, if any
 * @param tag the tag a claim must have to be drawn, if any
 * @param status the acceptance status of claims by id; empty for no overlay
 * @param strength a strength (such as a gradual semantics' score) of claims by id, shown in the
 *     label; empty for none
 * @param wrapWidth the longest line of a claim's text, in characters
 * @param legend whether to draw a legend of the speakers, edge kinds and statuses drawn
 */
public record DotOptions(
        Cluster cluster,
        RankDir rankDir,
        Optional<Focus> focus,
        Optional<String> tag,
        Map<String, ClaimStatus> status,
        Map<String, Double> strength,
        int wrapWidth,
        boolean legend) {

    /** The default number of characters a line of claim text holds. */
    public static final int DEFAULT_WRAP_WIDTH = 34;
    /** The narrowest wrap width accepted; narrower boxes would break most words. */
    public static final int MIN_WRAP_WIDTH = 8;

    private static final DotOptions DEFAULTS = builder().build();

    /**
     * Checks the components and copies the maps.
     *
     * @throws NullPointerException when a component, key or value is {@code null}
     * @throws IllegalArgumentException when {@code wrapWidth} is below {@value #MIN_WRAP_WIDTH} or a
     *     strength is not finite
     */
    public DotOptions {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(rankDir, "rankDir");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(tag, "tag");
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
     * @return every claim, no clusters, {@link RankDir#BT}, wrapped at {@value #DEFAULT_WRAP_WIDTH}, with a legend
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
        Builder b = new Builder().cluster(cluster).rankDir(rankDir).status(status).strength(strength)
                .wrapWidth(wrapWidth).legend(legend);
        b.focus = focus;
        b.tag = tag;
        return b;
    }

    /**
     * The claim a focused diagram centres on, and how far around it to look.
     *
     * @param claimId the id of the claim in the centre
     * @param depth how many relations away a claim may be, whatever their kind or direction; 0
     *     keeps the claim alone
     */
    public record Focus(String claimId, int depth) {
        /**
         * Checks the components.
         *
         * @throws NullPointerException when {@code claimId} is {@code null}
         * @throws IllegalArgumentException when {@code depth} is negative
         */
        public Focus {
            Objects.requireNonNull(claimId, "claimId");
            if (depth < 0) {
                throw new IllegalArgumentException(format(Messages.DOT_NEGATIVE_DEPTH, depth));
            }
        }
    }

    /**
     * Collects options; every setter returns this builder. Not thread-safe; {@link #build()} may be
     * called more than once.
     */
    public static final class Builder {
        private Cluster cluster = Cluster.NONE;
        private RankDir rankDir = RankDir.BT;
        private Optional<Focus> focus = Optional.empty();
        private Optional<String> tag = Optional.empty();
        private Map<String, ClaimStatus> status = Map.of();
        private Map<String, Double> strength = Map.of();
        private int wrapWidth = DEFAULT_WRAP_WIDTH;
        private boolean legend = true;

        private Builder() {}

        /**
         * Sets how claims are grouped.
         *
         * @param newCluster by speaker, by section or not at all
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
         * Keeps only the claims at most {@code depth} relations away from one claim, following
         * supports and rebuttals in either direction.
         *
         * @param claimId the claim in the centre; checked against the map when the diagram is written
         * @param depth 0 for the claim alone, 1 for it and its neighbours, and so on
         * @return this builder
         * @throws IllegalArgumentException when {@code depth} is negative
         */
        public Builder focus(String claimId, int depth) {
            this.focus = Optional.of(new Focus(claimId, depth));
            return this;
        }

        /**
         * Draws every claim again, undoing {@link #focus(String, int)}.
         *
         * @return this builder
         */
        public Builder noFocus() {
            this.focus = Optional.empty();
            return this;
        }

        /**
         * Keeps only the claims with a tag, and the relations between them.
         *
         * @param newTag the tag
         * @return this builder
         */
        public Builder tag(String newTag) {
            this.tag = Optional.of(Objects.requireNonNull(newTag, "tag"));
            return this;
        }

        /**
         * Draws claims of every tag again, undoing {@link #tag(String)}.
         *
         * @return this builder
         */
        public Builder noTag() {
            this.tag = Optional.empty();
            return this;
        }

        /**
         * Overlays acceptance statuses, typically computed by an argumentation semantics.
         *
         * @param statusById status by claim id; claims missing from it get no marker
         * @return this builder
         */
        public Builder status(Map<String, ClaimStatus> statusById) {
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
         * Returns the options.
         *
         * @return immutable options
         * @throws IllegalArgumentException when the wrap width is too small or a strength is not finite
         */
        public DotOptions build() {
            return new DotOptions(cluster, rankDir, focus, tag, status, strength, wrapWidth, legend);
        }
    }
}
