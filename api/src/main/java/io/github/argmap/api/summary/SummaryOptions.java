package io.github.argmap.api.summary;

import static io.github.argmap.api.internal.Messages.format;

import io.github.argmap.api.internal.Messages;
import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.core.Status;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a summary may add to the map: statuses and strengths computed elsewhere, and how much to show.
 *
 * <p>{@code SummaryOptions.defaults().withStatus(statusById).withTop(3)}
 *
 * @param statusById each claim's status by claim id (for example grounded semantics' labelling);
 *     claims left out get none
 * @param strengthById each claim's strength in [0, 1] by claim id (for example DF-QuAD's); claims
 *     left out get none
 * @param top how many claims the most-supported and most-contested lists hold, at least 1
 * @param depth how many levels of replies a section's digest nests under a main point, at least 1
 * @param basis how the statuses and strengths were computed, said wherever they are shown (for
 *     example "grounded semantics, bipolar reading of supports; DF-QuAD strength")
 */
public record SummaryOptions(Optional<Map<String, Status>> statusById, Optional<Map<String, Double>> strengthById,
        int top, int depth, Optional<String> basis) {
    /** The number of claims in each ranking by default. */
    public static final int DEFAULT_TOP = 5;
    /** The levels of replies shown under a main point by default: its reasons and their reasons. */
    public static final int DEFAULT_DEPTH = 2;
    /**
     * The deepest digest there is: every level indents all lines below it, so a digest nested as
     * deep as a long chain would be quadratic in size (terabytes of Markdown for a million claims).
     * At 2,000 levels the Markdown of one fully nested chain is about 4 MB.
     */
    public static final int MAX_DEPTH = 2_000;

    /**
     * Copies the maps and checks the numbers.
     *
     * @param statusById each claim's status by claim id (for example grounded semantics' labelling);
     *         claims left out get none
     * @param strengthById each claim's strength in [0, 1] by claim id (for example DF-QuAD's); claims
     *         left out get none
     * @param top how many claims the most-supported and most-contested lists hold, at least 1
     * @param depth how many levels of replies a section's digest nests under a main point, at least 1
     * @param basis how the statuses and strengths were computed, said wherever they are shown (for
     *         example "grounded semantics, bipolar reading of supports; DF-QuAD strength")
     * @throws IllegalArgumentException when top or depth is below 1, or depth above {@link #MAX_DEPTH}
     */
    public SummaryOptions {
        statusById = Objects.requireNonNull(statusById, "statusById").map(Map::copyOf);
        strengthById = Objects.requireNonNull(strengthById, "strengthById").map(Map::copyOf);
        Objects.requireNonNull(basis, "basis");
        if (top < 1) {
            throw new IllegalArgumentException(format(Messages.BAD_OPTION, "top", top, 1));
        }
        if (depth < 1) {
            throw new IllegalArgumentException(format(Messages.BAD_OPTION, "depth", depth, 1));
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(format(Messages.DEPTH_TOO_DEEP, depth, MAX_DEPTH));
        }
    }

    /** @return no statuses, no strengths, the default sizes */
    public static SummaryOptions defaults() {
        return new SummaryOptions(Optional.empty(), Optional.empty(), DEFAULT_TOP, DEFAULT_DEPTH, Optional.empty());
    }

    /**
     * Copies these options with statuses.
     *
     * @param byId statuses by claim id
     * @return the copy
     */
    public SummaryOptions withStatus(Map<String, Status> byId) {
        return new SummaryOptions(Optional.of(byId), strengthById, top, depth, basis);
    }

    /**
     * Copies these options with strengths.
     *
     * @param byId strengths by claim id
     * @return the copy
     */
    public SummaryOptions withStrength(Map<String, Double> byId) {
        return new SummaryOptions(statusById, Optional.of(byId), top, depth, basis);
    }

    /**
     * Copies these options with another ranking size.
     *
     * @param n claims per ranking
     * @return the copy
     */
    public SummaryOptions withTop(int n) {
        return new SummaryOptions(statusById, strengthById, n, depth, basis);
    }

    /**
     * Copies these options with another nesting depth.
     *
     * @param levels levels of replies under a main point
     * @return the copy
     */
    public SummaryOptions withDepth(int levels) {
        return new SummaryOptions(statusById, strengthById, top, levels, basis);
    }

    /**
     * Copies these options with the statuses of an acceptance computation, and says which.
     *
     * <pre>{@code
     * SummaryOptions.defaults()
     *         .withAcceptance(Acceptance.of(map, Semantics.GROUNDED))
     *         .withStrengths(Strength.dfQuad(map));
     * }</pre>
     *
     * @param acceptance each claim's status under some semantics and support reading
     * @return the copy
     */
    public SummaryOptions withAcceptance(Acceptance acceptance) {
        Map<String, Status> byId = acceptance.statuses();
        String how = acceptance.semantics().name().toLowerCase(Locale.ROOT) + " semantics, "
                + (acceptance.reading() == SupportReading.BIPOLAR
                        ? "bipolar reading (supported and secondary attacks count)"
                        : "attack-only reading (supports do not count)");
        return new SummaryOptions(Optional.of(byId), strengthById, top, depth, Optional.of(join(how, basis, true)));
    }

    /**
     * Copies these options with gradual strengths, and says which.
     *
     * @param strengths each claim's strength
     * @return the copy
     */
    public SummaryOptions withStrengths(Strengths strengths) {
        String how = (strengths.method() == Strengths.Method.DF_QUAD ? "DF-QuAD strength" : "h-categorizer strength")
                + (strengths.converged() ? "" : " (not converged)");
        return new SummaryOptions(statusById, Optional.of(strengths.values()), top, depth,
                Optional.of(join(how, basis, false)));
    }

    private static String join(String how, Optional<String> before, boolean first) {
        if (before.isEmpty()) {
            return how;
        }
        return first ? how + "; " + before.get() : before.get() + "; " + how;
    }
}
