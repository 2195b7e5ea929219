package io.github.argmap.api.semantics;

/** The status a labelling gives one argument: accepted, rejected or neither. */
public enum Label {
    /** Accepted: every attacker is {@link #OUT}. */
    IN,
    /** Rejected: some attacker is {@link #IN}. */
    OUT,
    /** Neither accepted nor rejected. */
    UNDEC
}
