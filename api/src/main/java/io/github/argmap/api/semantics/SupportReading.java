package io.github.argmap.api.semantics;

/**
 * How a map's supports enter an abstract framework, which has attacks only.
 *
 * <p>Every result computed from a map says which reading produced it, because the two readings
 * can disagree: under {@link #BIPOLAR} a claim whose support is rebutted loses more than under
 * {@link #ATTACK_ONLY}.
 */
public enum SupportReading {
    /**
     * The default for maps: supports propagate attacks, after Cayrol and Lagasquie-Schiex
     * ("On the acceptability of arguments in bipolar argumentation frameworks", ECSQARU 2005).
     *
     * <p>Besides every rebuttal, the framework gets a <em>supported attack</em> a → c whenever a
     * supports b through a chain of one or more supports and b rebuts c (by attacking what a
     * stands for, a attacks c), and a <em>secondary attack</em> a → c whenever a rebuts b and b
     * supports c through a chain of one or more supports (c loses a reason it rests on). As in the
     * paper, the two are not composed with each other: a support chain, then a rebuttal, then a
     * support chain gives no attack. A claim can come to attack itself, for example when it
     * supports a claim that rebuts it.
     */
    BIPOLAR,
    /** Rebuttals are the attacks; supports are ignored. */
    ATTACK_ONLY
}
