package io.github.argmap.api.semantics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Dung's extension-based semantics, each able to enumerate its extensions, find one, and decide
 * credulous and sceptical acceptance of an argument.
 *
 * <p>An extension is a set of arguments. A set is conflict-free when no member attacks a member,
 * admissible when it is conflict-free and attacks every attacker of its members, and complete when
 * it is admissible and contains every argument it defends. An argument is credulously accepted
 * when some extension contains it, sceptically accepted when every extension does.
 *
 * <p><b>How.</b> {@link #GROUNDED} runs in linear time (see {@link #groundedLabelling}).
 * {@link #COMPLETE}, {@link #PREFERRED} and {@link #STABLE} are NP-hard in general and are solved
 * over Caminada's complete-labelling encoding ({@code in}/{@code out} variables per argument), with
 * the grounded labelling fixed up front so that the search only branches on what grounded leaves
 * undecided. Every question goes to the {@link Reasoner}s, which run on argmap's own resuming CDCL
 * solver: complete and stable enumeration by splitting on each model's decisions, preferred with
 * the {@code in} variables decided first and true, so that every model is preferred, and
 * sceptical preferred acceptance on the argument's ancestors only (see docs/semantics.md). Each
 * call builds its own search, so the constants are safe to share between threads.
 *
 * <p><b>Cost.</b> {@link #GROUNDED}: O(arguments + attacks) time and memory. {@link #COMPLETE},
 * {@link #PREFERRED}, {@link #STABLE}: one extension or one acceptance question is a SAT search over
 * the arguments grounded leaves undecided, exponential in the worst case; enumerating takes that per
 * extension, and their number can itself be exponential. Measured figures, against clingo and
 * TweetyProject, and why SAT rather than a labelling search, are in docs/benchmarks.md.
 *
 * <p><b>Conventions.</b> Every framework has exactly one grounded and at least one complete and
 * one preferred extension; it may have no stable extension, in which case {@link #someExtension}
 * is empty, nothing is credulously accepted under STABLE, and everything is sceptically accepted
 * (vacuously, as the usual definition and ICCMA's solvers have it). Sceptical acceptance under
 * COMPLETE equals membership of the grounded extension. {@link #extensions} lists extensions in
 * the order of {@link Extension#compareTo}; their number can be exponential in the framework's
 * size, so prefer the acceptance questions, which never enumerate, on large frameworks.
 *
 * <pre>{@code
 * ArgumentationFramework nixon = ArgumentationFramework.builder()
 *         .addArguments("a", "b").addAttack("a", "b").addAttack("b", "a").build();
 * Semantics.PREFERRED.extensions(nixon);              // [[a], [b]]
 * Semantics.PREFERRED.credulouslyAccepts(nixon, "a"); // true
 * Semantics.PREFERRED.scepticallyAccepts(nixon, "a"); // false
 * Semantics.groundedLabelling(nixon).label("a");      // UNDEC
 * }</pre>
 */
public enum Semantics {
    /** The least complete extension: what is accepted without any choice. */
    GROUNDED,
    /** Admissible sets containing every argument they defend. */
    COMPLETE,
    /** Complete extensions maximal under set inclusion (equivalently, maximal admissible sets). */
    PREFERRED,
    /** Conflict-free sets attacking every argument outside them. */
    STABLE;

    /** How many preferred or stable extensions {@link #verdicts} enumerates before asking per argument. */
    static final int ENUMERATION_CAP = 64;

    /**
     * The grounded labelling: IN exactly the grounded extension, OUT what it attacks, the rest UNDEC.
     *
     * <p>Linear in arguments plus attacks; no recursion and no rescans.
     *
     * @param af the framework
     * @return the labelling
     */
    public static Labelling groundedLabelling(ArgumentationFramework af) {
        return new Labelling(af, Grounded.labels(af));
    }

    /**
     * Enumerates every extension.
     *
     * @param af the framework
     * @return the extensions, ordered by {@link Extension#compareTo}, immutable; empty only for a
     *     framework without stable extensions
     */
    public List<Extension> extensions(ArgumentationFramework af) {
        List<Extension> extensions = new ArrayList<>();
        Reasoner.of(this).forEachExtension(af, extensions::add);
        Collections.sort(extensions);
        return Collections.unmodifiableList(extensions);
    }

    /**
     * Finds one extension without enumerating them all.
     *
     * <p>For GROUNDED and COMPLETE it is the grounded extension. For PREFERRED and STABLE it is the
     * first the solver finds, the same one every time for the same framework.
     *
     * @param af the framework
     * @return an extension, or empty when there is none (only possible under STABLE)
     */
    public Optional<Extension> someExtension(ArgumentationFramework af) {
        return Reasoner.of(this).someExtension(af);
    }

    /**
     * Tells whether some extension contains an argument.
     *
     * @param af the framework
     * @param argument the argument's index
     * @return {@code true} when the argument is credulously accepted
     */
    public boolean credulouslyAccepts(ArgumentationFramework af, int argument) {
        return Reasoner.of(this).extensionContaining(af, argument).isPresent();
    }

    /**
     * Tells whether some extension contains an argument, by id.
     *
     * @param af the framework
     * @param id the argument's id
     * @return {@code true} when the argument is credulously accepted
     * @throws IllegalArgumentException when no argument has that id
     */
    public boolean credulouslyAccepts(ArgumentationFramework af, String id) {
        return credulouslyAccepts(af, af.requireIndex(id));
    }

    /**
     * Tells whether every extension contains an argument.
     *
     * @param af the framework
     * @param argument the argument's index
     * @return {@code true} when the argument is sceptically accepted (always, under STABLE, when
     *     there is no stable extension)
     */
    public boolean scepticallyAccepts(ArgumentationFramework af, int argument) {
        return Reasoner.of(this).extensionWithout(af, argument).isEmpty();
    }

    /**
     * Tells whether every extension contains an argument, by id.
     *
     * @param af the framework
     * @param id the argument's id
     * @return {@code true} when the argument is sceptically accepted
     * @throws IllegalArgumentException when no argument has that id
     */
    public boolean scepticallyAccepts(ArgumentationFramework af, String id) {
        return scepticallyAccepts(af, af.requireIndex(id));
    }

    /**
     * Credulous and sceptical acceptance of every argument at once, sharing work between
     * arguments: each extension found settles every argument it contains (credulous) or lacks
     * (sceptical).
     */
    Verdicts verdicts(ArgumentationFramework af) {
        return verdicts(af, ENUMERATION_CAP);
    }

    /** As {@link #verdicts(ArgumentationFramework)} with another cap; tests use 0 to force the per-argument path. */
    Verdicts verdicts(ArgumentationFramework af, int enumerationCap) {
        int n = af.size();
        byte[] grounded = Grounded.labels(af);
        boolean[] credulous = new boolean[n];
        boolean[] sceptical = new boolean[n];
        for (int a = 0; a < n; a++) {
            credulous[a] = grounded[a] == Grounded.IN;
            sceptical[a] = grounded[a] == Grounded.IN;
        }
        if (this == GROUNDED || Reasoners.settled(grounded)) {
            return new Verdicts(credulous, sceptical, true);
        }
        // Most frameworks have few preferred (or stable) extensions: enumerating them is then the
        // cheapest way to answer for every argument. Past the cap, ask argument by argument.
        List<int[]> few = firstExtensions(af, grounded, enumerationCap);
        if (few != null) {
            for (int a = 0; a < n; a++) {
                boolean inSome = false;
                boolean inAll = true;
                for (int[] e : few) {
                    boolean member = Arrays.binarySearch(e, a) >= 0;
                    inSome |= member;
                    inAll &= member;
                }
                credulous[a] = inSome;
                sceptical[a] = this == COMPLETE ? grounded[a] == Grounded.IN : inAll;
            }
            return new Verdicts(credulous, sceptical, !few.isEmpty());
        }
        int[] free = Reasoners.labelled(grounded, Grounded.UNDEC);
        // One search answers every credulous question (and the stable sceptical ones): each is a
        // call under one assumption, and the solver keeps what it learnt between them. An
        // argument is in some preferred extension exactly when it is in some complete one.
        Enumeration search = new Enumeration(af, grounded, this == STABLE);
        // Only grounded-UNDEC arguments are open; "rejected" marks those some extension lacks.
        boolean[] rejected = new boolean[n];
        for (int a : free) {
            if (!credulous[a]) {
                int[] e = search.model(a, true);
                if (e == null) {
                    rejected[a] = true;
                } else {
                    mark(e, credulous, rejected, free);
                }
            }
        }
        if (this == COMPLETE) {
            return new Verdicts(credulous, sceptical, true);
        }
        if (this == PREFERRED) {
            // A complete extension lacking an argument says nothing about the preferred ones, so
            // only preferred extensions (and not being credulously accepted at all) rule
            // arguments out: each counter-example found rules out everything it lacks.
            boolean[] lacking = new boolean[n];
            for (int a : free) {
                if (credulous[a] && !lacking[a]) {
                    Optional<Extension> without = Reasoner.preferred().extensionWithout(af, a);
                    if (without.isEmpty()) {
                        sceptical[a] = true;
                    } else {
                        mark(without.get().indices(), credulous, lacking, free);
                    }
                }
            }
            return new Verdicts(credulous, sceptical, true);
        }
        for (int a : free) {
            if (!rejected[a]) {
                int[] e = search.model(a, false);
                if (e == null) {
                    sceptical[a] = true;
                } else {
                    mark(e, credulous, rejected, free);
                }
            }
        }
        return new Verdicts(credulous, sceptical, true);
    }

    /**
     * The first extensions the enumeration finds, at most {@code cap} of them (stable ones under
     * STABLE, preferred ones otherwise, as an argument is in some complete extension exactly when
     * it is in some preferred one); null when there are more. Empty only when there is no stable
     * extension.
     */
    private List<int[]> firstExtensions(ArgumentationFramework af, byte[] grounded, int cap) {
        List<int[]> found = new ArrayList<>();
        if (this == STABLE) {
            try {
                new Enumeration(af, grounded, true).eachModel(members -> {
                    if (found.size() == cap) {
                        throw Enough.INSTANCE;
                    }
                    found.add(members);
                });
            } catch (Enough e) {
                return null;
            }
            return found;
        }
        Enumeration search = new Enumeration(af, grounded, false);
        for (int[] e = search.nextPreferred(); e != null; e = search.nextPreferred()) {
            if (found.size() == cap) {
                return null;
            }
            found.add(e);
        }
        return found;
    }

    /** Stops an enumeration once it has found more than asked for; no stack trace is filled in. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Enough INSTANCE = new Enough();

        private Enough() {
            super(null, null, false, false);
        }
    }

    private static void mark(int[] extension, boolean[] credulous, boolean[] rejected, int[] free) {
        for (int a : extension) {
            credulous[a] = true;
        }
        for (int a : free) {
            if (Arrays.binarySearch(extension, a) < 0) {
                rejected[a] = true;
            }
        }
    }

    /** Acceptance of every argument under one semantics; arrays are owned by the holder. */
    static final class Verdicts {
        final boolean[] credulous;
        final boolean[] sceptical;
        final boolean anyExtension;

        Verdicts(boolean[] credulous, boolean[] sceptical, boolean anyExtension) {
            this.credulous = credulous;
            this.sceptical = sceptical;
            this.anyExtension = anyExtension;
        }
    }
}
