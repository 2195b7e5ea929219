package io.github.argmap.api.semantics;

/**
 * How a map's supports enter an abstract framework, which has attacks only.
 *
 * <p>Every result computed from a map says which reading produced it, because the two readings
 * can disagree: under {@link #BIPOLAR} a claim whose support is rebutted loses more than under
 * {@link #ATTACK_ONLY}.
 *
 * <p><b>The default is {@link #ATTACK_ONLY}</b> ({@link #defaultReading()}). In a debate, reasons are
 * usually sufficient or cumulative rather than each necessary: a conclusion with seven reasons, one
 * of them rebutted, is still carried by the other six. The bipolar reading treats every reason as
 * necessary (an attack on any reason is an attack on what it supports), which knocks such a
 * conclusion out. Under attack-only, a claim stands or falls by the rebuttals and undercuts aimed at
 * it and at its attackers; the weight of its reasons shows in its gradual strength (DF-QuAD), which
 * counts supports.
 */
public enum SupportReading {
    /**
     * Supports propagate attacks, after Cayrol and Lagasquie-Schiex ("On the acceptability of
     * arguments in bipolar argumentation frameworks", ECSQARU 2005): every reason is read as necessary.
     *
     * <p>Besides every rebuttal, the framework gets a <em>supported attack</em> a → c whenever a
     * supports b through a chain of one or more supports and b rebuts c (by attacking what a
     * stands for, a attacks c), and a <em>secondary attack</em> a → c whenever a rebuts b and b
     * supports c through a chain of one or more supports (c loses a reason it rests on). As in the
     * paper, the two are not composed with each other: a support chain, then a rebuttal, then a
     * support chain gives no attack. A claim can come to attack itself, for example when it
     * supports a claim that rebuts it. A support that is undercut carries no attack.
     */
    BIPOLAR,
    /** The default: rebuttals (and undercuts) are the attacks; supports count only in gradual strength. */
    ATTACK_ONLY;

    /**
     * The reading argmap uses when none is asked for.
     *
     * @return {@link #ATTACK_ONLY}
     */
    public static SupportReading defaultReading() {
        return ATTACK_ONLY;
    }
}
