package io.github.argmap.core.dot;

/**
 * The direction in which a diagram's edges run, Graphviz's {@code rankdir}.
 *
 * <p>Every edge points from a reason or objection to the claim it is about, so {@link #BT} puts
 * evidence below the conclusions it supports, the way argument maps are read.
 */
public enum RankDir {
    /** Top to bottom: reasons above their conclusions. */
    TB,
    /** Bottom to top: conclusions above their reasons; the default. */
    BT,
    /** Left to right: reasons left of their conclusions. */
    LR,
    /** Right to left: conclusions left of their reasons. */
    RL
}
