package io.github.argmap.core;

import java.util.Locale;
import java.util.Optional;

/** Whether a relation gives a reason for its target, argues against it, or attacks an inference. */
public enum RelationKind {
    /** The premises are a reason or evidence for the target node. */
    SUPPORT,
    /** The premises argue against, limit or qualify the target node. */
    REBUTTAL,
    /**
     * The premises attack another relation: they deny that its premises carry its target, without
     * denying either ("the report was about another bridge"). The target is a relation id.
     */
    UNDERCUT;

    private static final RelationKind[] KINDS = values();

    // Computed once: label() is called for every relation read and written.
    private final String label = name().toLowerCase(Locale.ROOT);

    /**
     * The name used in files: {@code support}, {@code rebuttal} or {@code undercut}.
     *
     * @return the lower-case name
     */
    public String label() {
        return label;
    }

    /**
     * Parses a file label.
     *
     * @param label {@code support}, {@code rebuttal} or {@code undercut}
     * @return the kind, or empty when the label names none of them
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
