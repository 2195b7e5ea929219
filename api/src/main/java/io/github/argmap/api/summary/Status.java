package io.github.argmap.api.summary;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a claim stands, as an acceptance semantics (such as grounded semantics) decides.
 *
 * <p>The summary does not compute statuses; a caller passes them in by claim id, as the names
 * {@code ACCEPTED}, {@code REJECTED} and {@code UNDECIDED} (any letter case), so that any
 * semantics' own label type can be handed over with {@code label.name()}.
 */
public enum Status {
    /** The claim stands. */
    ACCEPTED,
    /** The claim is defeated. */
    REJECTED,
    /** The semantics cannot decide. */
    UNDECIDED;

    /**
     * Parses a status name.
     *
     * @param name {@code ACCEPTED}, {@code REJECTED} or {@code UNDECIDED}, in any letter case
     * @return the status, or empty for any other name
     */
    public static Optional<Status> fromName(String name) {
        for (Status s : values()) {
            if (s.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** @return the lower-case name, as rendered */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
