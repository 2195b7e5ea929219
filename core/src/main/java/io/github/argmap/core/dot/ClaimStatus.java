package io.github.argmap.core.dot;

/**
 * The acceptance status of a claim, as an argumentation semantics decides it, for the diagram's
 * status overlay.
 *
 * <p>The diagram shows each status with a marker in the claim's label as well as a border colour,
 * so the overlay reads without colour too.
 */
public enum ClaimStatus {
    /** The claim is accepted (in): drawn with a ✓ and a thick green border. */
    ACCEPTED("\u2713", "accepted"),
    /** The claim is rejected (out): drawn with a ✗ and a thick dashed red border. */
    REJECTED("\u2717", "rejected"),
    /** The semantics decides neither way: drawn with a ? and a thick dotted grey border. */
    UNDECIDED("?", "undecided");

    private final String marker;
    private final String label;

    ClaimStatus(String marker, String label) {
        this.marker = marker;
        this.label = label;
    }

    /**
     * The sign shown in a claim's label.
     *
     * @return {@code ✓}, {@code ✗} or {@code ?}
     */
    public String marker() {
        return marker;
    }

    /**
     * The word shown next to the marker.
     *
     * @return {@code accepted}, {@code rejected} or {@code undecided}
     */
    public String label() {
        return label;
    }
}
