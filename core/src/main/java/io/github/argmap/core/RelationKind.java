package io.github.argmap.core;

import java.util.Locale;
import java.util.Optional;

/** Whether a relation gives a reason for its target or argues against it. */
public enum RelationKind {
    /** The source claim is a reason or evidence for the target claim. */
    SUPPORT,
    /** The source claim argues against, limits or qualifies the target claim. */
    REBUTTAL;

    private static final RelationKind[] KINDS = values();

    // Computed once: label() is called for every relation read and written.
    private final String label = name().toLowerCase(Locale.ROOT);

    /**
     * The name used in files: {@code support} or {@code rebuttal}.
     *
     * @return the lower-case name
     */
    public String label() {
        return label;
    }

    /**
     * Parses a file label.
     *
     * @param label {@code support} or {@code rebuttal}
     * @return the kind, or empty when the label names neither
     */
    public static Optional<RelationKind> fromLabel(String label) {
        for (RelationKind kind : KINDS) {
            if (kind.label.equals(label)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
