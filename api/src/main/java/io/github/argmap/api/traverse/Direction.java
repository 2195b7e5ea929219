package io.github.argmap.api.traverse;

/** Which way a walk follows relations, each of which points from a reason to the claim it bears on. */
public enum Direction {
    /** From a claim to the claims it supports or rebuts: towards the theses. */
    OUTGOING,
    /** From a claim to the claims that support or rebut it: towards the evidence and objections. */
    INCOMING,
    /** Both ways, ignoring the direction of relations. */
    BOTH
}
