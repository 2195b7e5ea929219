package io.github.argmap.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a claim (or an argument of a framework) stands: the one status vocabulary of argmap,
 * used by the semantics, the summaries, the DOT overlay and every other output.
 *
 * <p>The three values are the three labels of a labelling in the argumentation literature
 * (Caminada's IN / OUT / UNDEC): {@link #ACCEPTED} is IN, {@link #REJECTED} is OUT and
 * {@link #UNDECIDED} is UNDEC. Their declaration order is that order, so an array indexed by
 * {@link #ordinal()} lists IN, OUT, UNDEC.
 *
 * <pre>{@code
 * Status s = Status.fromName("in").orElseThrow(); // ACCEPTED
 * s.label();                                       // "accepted"
 * s.marker();                                      // "✓"
 * }</pre>
 */
public enum Status {
    /** IN: accepted, the claim stands (every attacker is rejected). Shown with a ✓. */
    ACCEPTED("\u2713", "IN"),
    /** OUT: rejected, the claim is defeated (some attacker is accepted). Shown with a ✗. */
    REJECTED("\u2717", "OUT"),
    /** UNDEC: undecided, the semantics decides neither way. Shown with a ?. */
    UNDECIDED("?", "UNDEC");

    private final String marker;
    private final String labellingName;

    Status(String marker, String labellingName) {
        this.marker = marker;
        this.labellingName = labellingName;
    }

    /**
     * The sign shown next to a claim with this status.
     *
     * @return {@code ✓}, {@code ✗} or {@code ?}
     */
    public String marker() {
        return marker;
    }

    /**
     * The word shown for this status.
     *
     * @return {@code accepted}, {@code rejected} or {@code undecided}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The name of this status as a label of a labelling.
     *
     * @return {@code IN}, {@code OUT} or {@code UNDEC}
     */
    public String labellingName() {
        return labellingName;
    }

    /**
     * Parses a status name: {@code ACCEPTED}, {@code REJECTED}, {@code UNDECIDED} or the labelling
     * names {@code IN}, {@code OUT}, {@code UNDEC}, in any letter case.
     *
     * @param name the name
     * @return the status, or empty for any other name
     */
    public static Optional<Status> fromName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (Status s : values()) {
            if (s.name().equals(upper) || s.labellingName.equals(upper)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
