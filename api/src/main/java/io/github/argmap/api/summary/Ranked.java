package io.github.argmap.api.summary;

import java.util.Objects;

/**
 * A claim with a score in a ranking, and the two counts the score is made of.
 *
 * <p>Scores are {@code direct + 0.5 × indirect}; see {@link Summary} for what each ranking counts.
 *
 * @param claim the claim
 * @param score the score
 * @param direct relations of the ranked kind entering the claim
 * @param indirect relations of the ranked kind entering the claim's supporters
 */
public record Ranked(ClaimRef claim, double score, int direct, int indirect) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param claim the claim
     * @param score the score
     * @param direct relations of the ranked kind entering the claim
     * @param indirect relations of the ranked kind entering the claim's supporters
     * @throws NullPointerException when a component is {@code null}
     */
    public Ranked {
        Objects.requireNonNull(claim, "claim");
    }
}
