package io.github.argmap.api.semantics;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One semantics as a reasoner: enumerate its extensions as they are found, find one, and find one
 * that contains or lacks an argument (the certificate of credulous acceptance, or the
 * counter-example to sceptical acceptance), as TweetyProject's {@code arg.dung} reasoners do.
 *
 * <p>Reasoners are stateless and safe to share between threads: each call builds its own search.
 * The grounded reasoner is linear in arguments plus attacks; the others fix the grounded labelling
 * first and then search with argmap's resuming CDCL solver, one per call (see {@link Semantics} for the
 * encoding). Extensions are handed to the sink as they are found and not kept, so enumerating
 * millions of them needs memory for one at a time; their order is the solver's, the same on every
 * run for the same framework.
 *
 * <pre>{@code
 * Reasoner preferred = Reasoner.preferred();
 * preferred.forEachExtension(af, e -> System.out.println(e.ids()));
 * Optional<Extension> why = preferred.extensionContaining(af, af.requireIndex("a")); // DC-PR
 * Optional<Extension> whyNot = preferred.extensionWithout(af, af.requireIndex("a")); // DS-PR
 * }</pre>
 */
public interface Reasoner {
    /**
     * The grounded reasoner: one extension, the least complete one.
     *
     * @return the reasoner
     */
    static Reasoner grounded() {
        return Reasoners.GROUNDED;
    }

    /**
     * The complete reasoner.
     *
     * @return the reasoner
     */
    static Reasoner complete() {
        return Reasoners.COMPLETE;
    }

    /**
     * The preferred reasoner: complete extensions maximal under set inclusion.
     *
     * @return the reasoner
     */
    static Reasoner preferred() {
        return Reasoners.PREFERRED;
    }

    /**
     * The stable reasoner: conflict-free sets attacking everything outside them; there may be none.
     *
     * @return the reasoner
     */
    static Reasoner stable() {
        return Reasoners.STABLE;
    }

    /**
     * The semi-stable reasoner: complete extensions whose range (the extension and what it attacks)
     * is maximal under set inclusion. Every framework has one; they are the stable extensions when
     * there are any.
     *
     * @return the reasoner
     */
    static Reasoner semiStable() {
        return Reasoners.SEMI_STABLE;
    }

    /**
     * The reasoner for one of the {@link Semantics}.
     *
     * @param semantics the semantics
     * @return its reasoner
     */
    static Reasoner of(Semantics semantics) {
        switch (semantics) {
            case GROUNDED:
                return grounded();
            case COMPLETE:
                return complete();
            case PREFERRED:
                return preferred();
            default:
                return stable();
        }
    }

    /**
     * The semantics' short name as ICCMA writes it: {@code GR}, {@code CO}, {@code PR}, {@code ST}
     * or {@code SST}.
     *
     * @return the name
     */
    String code();

    /**
     * Hands every extension to {@code sink} as soon as it is found, keeping none.
     *
     * <p>Cost: the grounded labelling, then one SAT call per extension plus one (preferred and
     * semi-stable: a few per extension, to maximise it); memory for the solver and its blocking
     * clauses, not for the extensions.
     *
     * @param af the framework
     * @param sink receives each extension once
     * @return the number of extensions
     */
    long forEachExtension(ArgumentationFramework af, Consumer<? super Extension> sink);

    /**
     * Finds one extension without enumerating.
     *
     * @param af the framework
     * @return an extension, or empty when there is none (only possible for stable)
     */
    Optional<Extension> someExtension(ArgumentationFramework af);

    /**
     * Finds an extension containing an argument: the argument is credulously accepted exactly when
     * there is one, and it is the certificate.
     *
     * @param af the framework
     * @param argument the argument's index
     * @return an extension containing it, or empty when none does
     * @throws IndexOutOfBoundsException when there is no such argument
     */
    Optional<Extension> extensionContaining(ArgumentationFramework af, int argument);

    /**
     * Finds an extension lacking an argument: the argument is sceptically accepted exactly when
     * there is none (vacuously so when there is no extension at all), and it is the counter-example.
     *
     * @param af the framework
     * @param argument the argument's index
     * @return an extension without it, or empty when every extension contains it
     * @throws IndexOutOfBoundsException when there is no such argument
     */
    Optional<Extension> extensionWithout(ArgumentationFramework af, int argument);
}
