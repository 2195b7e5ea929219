package io.github.argmap.api.traverse;

/** The order in which a walk visits claims. */
public enum Order {
    /** Nearest claims first, level by level. */
    BREADTH_FIRST,
    /** Each branch to its end before the next. */
    DEPTH_FIRST
}
