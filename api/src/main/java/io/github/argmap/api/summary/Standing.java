package io.github.argmap.api.summary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which claims stand, when statuses were passed to the summary.
 *
 * @param accepted how many claims are accepted
 * @param rejected how many are rejected
 * @param undecided how many are undecided
 * @param unknown how many claims were given no status
 * @param acceptedTheses the accepted theses, in map order
 * @param rejectedTheses the rejected theses, in map order
 * @param undecidedTheses the undecided theses, in map order
 * @param basis how the statuses were computed, such as "grounded semantics, bipolar reading", when known
 */
public record Standing(int accepted, int rejected, int undecided, int unknown, List<ClaimRef> acceptedTheses,
        List<ClaimRef> rejectedTheses, List<ClaimRef> undecidedTheses, Optional<String> basis) {
    /**
     * Copies the lists.
     *
     * @param accepted how many claims are accepted
     * @param rejected how many are rejected
     * @param undecided how many are undecided
     * @param unknown how many claims were given no status
     * @param acceptedTheses the accepted theses, in map order
     * @param rejectedTheses the rejected theses, in map order
     * @param undecidedTheses the undecided theses, in map order
     * @param basis how the statuses were computed, such as "grounded semantics, bipolar reading", when known
     */
    public Standing {
        Objects.requireNonNull(basis, "basis");
        acceptedTheses = List.copyOf(acceptedTheses);
        rejectedTheses = List.copyOf(rejectedTheses);
        undecidedTheses = List.copyOf(undecidedTheses);
    }
}
