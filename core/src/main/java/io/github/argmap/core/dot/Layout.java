package io.github.argmap.core.dot;

/** How a diagram arranges its clusters and the many reasons that support one claim. */
public enum Layout {
    /**
     * An overview that fits a screen or a page, the default: clusters one above the other in
     * their order (the sections of a debate read top to bottom), relations between clusters drawn
     * but left out of the ranking so they cannot pull clusters side by side, and the reasons
     * that support a claim without reasons of their own spread over up to
     * {@value DotWriter#STAGGER} rows instead of one long row.
     */
    OVERVIEW,
    /** Graphviz places every claim and cluster freely: compact for small maps, a wide strip for large ones. */
    FREE
}
