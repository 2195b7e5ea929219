package io.github.argmap.api.semantics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reasoners behind {@link Reasoner}, one class per semantics.
 *
 * <p>Each starts from the grounded labelling: when it leaves nothing undecided it is the only
 * extension of every semantics (see {@link Semantics}) and no solver is built, which keeps
 * well-founded frameworks linear; otherwise the SAT search only branches on what it leaves open.
 */
final class Reasoners {
    static final Reasoner GROUNDED = new GroundedReasoner();
    static final Reasoner COMPLETE = new CompleteReasoner();
    static final Reasoner PREFERRED = new PreferredReasoner();
    static final Reasoner STABLE = new StableReasoner();
    static final Reasoner SEMI_STABLE = new SemiStableReasoner();

    private Reasoners() {}

    /** What every reasoner shares: the grounded shortcut and turning index arrays into extensions. */
    private abstract static class Base implements Reasoner {
        private final String code;

        Base(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public long forEachExtension(ArgumentationFramework af, Consumer<? super Extension> sink) {
            Objects.requireNonNull(sink, "sink");
            byte[] grounded = Grounded.labels(af);
            if (settled(grounded)) {
                sink.accept(new Extension(af, in(grounded)));
                return 1;
            }
            long[] count = {0};
            search(af, grounded, members -> {
                count[0]++;
                sink.accept(new Extension(af, members));
            });
            return count[0];
        }

        @Override
        public Optional<Extension> someExtension(ArgumentationFramework af) {
            byte[] grounded = Grounded.labels(af);
            return settled(grounded) ? Optional.of(new Extension(af, in(grounded))) : wrap(af, some(af, grounded));
        }

        @Override
        public Optional<Extension> extensionContaining(ArgumentationFramework af, int argument) {
            Objects.checkIndex(argument, af.size());
            byte[] grounded = Grounded.labels(af);
            if (grounded[argument] == Grounded.OUT) {
                return Optional.empty();
            }
            if (settled(grounded)) {
                return Optional.of(new Extension(af, in(grounded)));
            }
            return wrap(af, with(af, grounded, argument + 1));
        }

        @Override
        public Optional<Extension> extensionWithout(ArgumentationFramework af, int argument) {
            Objects.checkIndex(argument, af.size());
            byte[] grounded = Grounded.labels(af);
            if (grounded[argument] == Grounded.IN) {
                return Optional.empty();
            }
            if (settled(grounded)) {
                return Optional.of(new Extension(af, in(grounded)));
            }
            return wrap(af, with(af, grounded, -(argument + 1)));
        }

        /** Every extension's members when grounded leaves something open. */
        abstract void search(ArgumentationFramework af, byte[] grounded, Consumer<int[]> sink);

        /** One extension's members, or null, when grounded leaves something open. */
        abstract int[] some(ArgumentationFramework af, byte[] grounded);

        /**
         * An extension satisfying a literal ({@code a + 1}: contains argument a; {@code -(a + 1)}:
         * lacks it), or null, when grounded leaves something open.
         */
        abstract int[] with(ArgumentationFramework af, byte[] grounded, int literal);

        @Override
        public String toString() {
            return "Reasoner[" + code + "]";
        }
    }

    private static Optional<Extension> wrap(ArgumentationFramework af, int[] members) {
        return members == null ? Optional.empty() : Optional.of(new Extension(af, members));
    }

    /**
     * Tells whether the grounded labelling leaves nothing UNDEC. Every complete labelling extends
     * the grounded one, so it is then the only complete labelling, hence the only preferred one,
     * and stable (every argument IN or OUT): every semantics has the grounded extension alone, and
     * no solver is needed. This keeps well-founded frameworks, such as a chain of a million
     * attacks, linear (the solver would get two unit clauses per argument).
     */
    static boolean settled(byte[] grounded) {
        for (byte b : grounded) {
            if (b == Grounded.UNDEC) {
                return false;
            }
        }
        return true;
    }

    /** The arguments labelled IN, ascending. */
    static int[] in(byte[] labels) {
        return labelled(labels, Grounded.IN);
    }

    /** The arguments with one label, ascending. */
    static int[] labelled(byte[] labels, byte label) {
        int count = 0;
        for (byte b : labels) {
            if (b == label) {
                count++;
            }
        }
        int[] members = new int[count];
        int k = 0;
        for (int a = 0; a < labels.length; a++) {
            if (labels[a] == label) {
                members[k++] = a;
            }
        }
        return members;
    }

    /** The least complete extension; every other semantics' extensions contain it. */
    private static final class GroundedReasoner extends Base {
        GroundedReasoner() {
            super("GR");
        }

        @Override
        void search(ArgumentationFramework af, byte[] grounded, Consumer<int[]> sink) {
            sink.accept(in(grounded));
        }

        @Override
        int[] some(ArgumentationFramework af, byte[] grounded) {
            return in(grounded);
        }

        @Override
        int[] with(ArgumentationFramework af, byte[] grounded, int literal) {
            boolean member = grounded[Math.abs(literal) - 1] == Grounded.IN;
            return member == literal > 0 ? in(grounded) : null;
        }
    }

    /** Complete extensions: every model of the complete-labelling encoding. */
    private static final class CompleteReasoner extends Base {
        CompleteReasoner() {
            super("CO");
        }

        @Override
        void search(ArgumentationFramework af, byte[] grounded, Consumer<int[]> sink) {
            new Enumeration(af, grounded, false).eachModel(sink);
        }

        @Override
        int[] some(ArgumentationFramework af, byte[] grounded) {
            return in(grounded);
        }

        @Override
        int[] with(ArgumentationFramework af, byte[] grounded, int literal) {
            // The grounded extension is complete and lacks every UNDEC argument.
            return literal < 0 ? in(grounded) : new Enumeration(af, grounded, false).model(literal - 1, true);
        }
    }

    /** Preferred extensions: maximal complete ones, enumerated component by component ({@link SccPreferred}). */
    private static final class PreferredReasoner extends Base {
        PreferredReasoner() {
            super("PR");
        }

        @Override
        void search(ArgumentationFramework af, byte[] grounded, Consumer<int[]> sink) {
            SccPreferred.each(af, grounded, sink);
        }

        @Override
        int[] some(ArgumentationFramework af, byte[] grounded) {
            return new Enumeration(af, grounded, false).preferredContaining(-1);
        }

        /**
         * Credulous (DC-PR) and sceptical (DS-PR) questions, on the argument's ancestors only when
         * they are not the whole framework. Preferred semantics is directional: the ancestors U
         * of an argument (those with a path of attacks to it, itself included) are attacked from
         * nowhere else, and the preferred extensions of the framework restricted to U are exactly
         * the preferred extensions' parts in U (Baroni and Giacomin, 2007). So the question is
         * settled on U, where sceptical acceptance may need one round per preferred extension,
         * and the answer Q grown into a preferred extension of the whole framework by one more
         * call, assuming Q (the result holds Q, and its part in U, complete there and holding
         * Q, is Q, which is maximal there).
         */
        @Override
        int[] with(ArgumentationFramework af, byte[] grounded, int literal) {
            int a = Math.abs(literal) - 1;
            int[] ancestors = ancestors(af, a);
            if (ancestors == null) {
                return direct(af, grounded, literal);
            }
            ArgumentationFramework sub = restrict(af, ancestors);
            int inSub = Arrays.binarySearch(ancestors, a);
            int[] q = direct(sub, Grounded.labels(sub), literal > 0 ? inSub + 1 : -(inSub + 1));
            if (q == null) {
                return null;
            }
            int[] members = new int[q.length];
            for (int i = 0; i < q.length; i++) {
                members[i] = ancestors[q[i]];
            }
            return new Enumeration(af, grounded, false).preferredExtending(members);
        }

        private static int[] direct(ArgumentationFramework af, byte[] grounded, int literal) {
            Enumeration search = new Enumeration(af, grounded, false);
            return literal > 0 ? search.preferredContaining(literal - 1) : search.preferredWithout(-literal - 1);
        }
    }

    /**
     * The arguments with a path of attacks to an argument, itself included, ascending; null when
     * that is every argument. Linear in the arguments and attacks it reaches.
     */
    static int[] ancestors(ArgumentationFramework af, int argument) {
        int n = af.size();
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        seen[argument] = true;
        queue[tail++] = argument;
        while (head < tail) {
            int v = queue[head++];
            for (int k = af.attackersStart[v]; k < af.attackersStart[v + 1]; k++) {
                int b = af.attackers[k];
                if (!seen[b]) {
                    seen[b] = true;
                    queue[tail++] = b;
                }
            }
        }
        if (tail == n) {
            return null;
        }
        int[] out = Arrays.copyOf(queue, tail);
        Arrays.sort(out);
        return out;
    }

    /** The framework restricted to a set of arguments attacked from nowhere else (ascending indices). */
    static ArgumentationFramework restrict(ArgumentationFramework af, int[] arguments) {
        List<String> ids = new ArrayList<>(arguments.length);
        int attacks = 0;
        for (int v : arguments) {
            ids.add(af.id(v));
            attacks += af.attackersStart[v + 1] - af.attackersStart[v];
        }
        int[] from = new int[attacks];
        int[] to = new int[attacks];
        int e = 0;
        for (int i = 0; i < arguments.length; i++) {
            int v = arguments[i];
            for (int k = af.attackersStart[v]; k < af.attackersStart[v + 1]; k++) {
                from[e] = Arrays.binarySearch(arguments, af.attackers[k]);
                to[e++] = i;
            }
        }
        return ArgumentationFramework.of(ids, from, to);
    }

    /** Stable extensions: every model of the stable encoding; no maximality check is needed. */
    private static final class StableReasoner extends Base {
        StableReasoner() {
            super("ST");
        }

        @Override
        void search(ArgumentationFramework af, byte[] grounded, Consumer<int[]> sink) {
            new Enumeration(af, grounded, true).eachModel(sink);
        }

        @Override
        int[] some(ArgumentationFramework af, byte[] grounded) {
            return new Enumeration(af, grounded, true).model(-1, true);
        }

        @Override
        int[] with(ArgumentationFramework af, byte[] grounded, int literal) {
            return new Enumeration(af, grounded, true).model(Math.abs(literal) - 1, literal > 0);
        }
    }

    /** Semi-stable extensions: complete labellings with as few UNDEC arguments as inclusion allows. */
    private static final class SemiStableReasoner extends Base {
        SemiStableReasoner() {
            super("SST");
        }

        @Override
        void search(ArgumentationFramework af, byte[] grounded, Consumer<int[]> sink) {
            new Enumeration(af, grounded, false).eachSemiStable(sink);
        }

        @Override
        int[] some(ArgumentationFramework af, byte[] grounded) {
            return new Enumeration(af, grounded, false).semiStable(-1, true);
        }

        @Override
        int[] with(ArgumentationFramework af, byte[] grounded, int literal) {
            return new Enumeration(af, grounded, false).semiStable(Math.abs(literal) - 1, literal > 0);
        }
    }
}
