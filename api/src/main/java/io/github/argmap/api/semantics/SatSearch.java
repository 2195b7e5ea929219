package io.github.argmap.api.semantics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;

/**
 * SAT search over the complete (or stable) labellings of one framework, for one call.
 *
 * <p>Variables {@code in(a)} and {@code out(a)} per argument encode Caminada's complete
 * labellings: an argument is IN iff all its attackers are OUT, OUT iff some attacker is IN, and
 * never both; UNDEC is neither. Stable labellings add "IN or OUT" for every argument. The grounded
 * labelling, which every complete labelling extends, is fixed up front by unit clauses, so the
 * solver only searches the arguments grounded leaves UNDEC ("free" below).
 *
 * <p>SAT4J solvers are not thread-safe and keep learnt clauses, so a search is built per call and
 * never shared. SAT4J's default solver (Glucose 2.1 restarts, no random decisions) is
 * deterministic, so the same framework gives the same answers in the same order.
 */
final class SatSearch {
    private final ArgumentationFramework af;
    private final int n;
    private final byte[] grounded;
    private final int[] free;
    private final ISolver solver;
    private boolean unsatisfiable;
    // Range variables r(a) <-> in(a) or out(a) for the free arguments, made on first use (semi-stable).
    private int[] rangeVar;

    SatSearch(ArgumentationFramework af, byte[] grounded, boolean stable) {
        this.af = af;
        this.n = af.size();
        this.grounded = grounded;
        int count = 0;
        for (byte b : grounded) {
            if (b == Grounded.UNDEC) {
                count++;
            }
        }
        this.free = new int[count];
        int k = 0;
        for (int a = 0; a < n; a++) {
            if (grounded[a] == Grounded.UNDEC) {
                free[k++] = a;
            }
        }
        this.solver = SolverFactory.newDefault();
        // A conflict budget rather than a time budget: SAT4J's time-out starts a timer thread per
        // call. The budget is effectively unlimited; a semantics answer is either exact or absent.
        solver.setTimeoutOnConflicts(Integer.MAX_VALUE);
        solver.newVar(2 * n);
        encode(stable);
    }

    int in(int a) {
        return a + 1;
    }

    int out(int a) {
        return n + a + 1;
    }

    private void encode(boolean stable) {
        int[] inStart = af.attackersStart;
        int[] attackers = af.attackers;
        for (int a = 0; a < n; a++) {
            if (grounded[a] == Grounded.IN) {
                clause(in(a));
                clause(-out(a));
                continue;
            }
            if (grounded[a] == Grounded.OUT) {
                clause(-in(a));
                clause(out(a));
                continue;
            }
            int from = inStart[a];
            int to = inStart[a + 1];
            int degree = to - from;
            // in(a) <-> all attackers out; out(a) <-> some attacker in.
            int[] allOut = new int[degree + 1];
            int[] someIn = new int[degree + 1];
            allOut[0] = in(a);
            someIn[0] = -out(a);
            for (int k = from; k < to; k++) {
                int b = attackers[k];
                clause(-in(a), out(b));
                clause(-in(b), out(a));
                allOut[k - from + 1] = -out(b);
                someIn[k - from + 1] = in(b);
            }
            clause(allOut);
            clause(someIn);
            clause(-in(a), -out(a));
            if (stable) {
                clause(in(a), out(a));
            }
        }
    }

    /** Adds a permanent clause; a contradiction makes every later search fail. */
    void clause(int... literals) {
        if (unsatisfiable) {
            return;
        }
        try {
            solver.addClause(new VecInt(literals));
        } catch (ContradictionException e) {
            unsatisfiable = true;
        }
    }

    /**
     * Looks for a labelling under assumptions.
     *
     * @return the IN arguments, ascending, or {@code null} when there is none
     */
    int[] solve(int... assumptions) {
        if (unsatisfiable) {
            return null;
        }
        try {
            if (!solver.isSatisfiable(new VecInt(assumptions))) {
                return null;
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("SAT4J ran out of its conflict budget of " + Integer.MAX_VALUE, e);
        }
        return inSet();
    }

    /**
     * Grows a complete extension into a preferred one containing it: asks for a strictly larger
     * complete extension until there is none.
     */
    int[] maximize(int[] members) {
        return maximize(members, 0);
    }

    /**
     * As {@link #maximize(int[])}, growing only through extensions that satisfy {@code keep} too
     * (a literal, or 0 for none): the result is maximal among complete extensions satisfying it.
     */
    private int[] maximize(int[] members, int keep) {
        int[] current = members;
        while (true) {
            int[] outside = freeOutside(current);
            if (outside.length == 0) {
                return current;
            }
            // The "strictly larger" clause is switched on by a fresh literal so that it can be
            // retired afterwards with a unit clause.
            int activation = solver.nextFreeVarId(true);
            int[] larger = new int[outside.length + 1];
            larger[0] = -activation;
            for (int i = 0; i < outside.length; i++) {
                larger[i + 1] = in(outside[i]);
            }
            clause(larger);
            int[] assumptions = new int[current.length + (keep == 0 ? 1 : 2)];
            assumptions[0] = activation;
            for (int i = 0; i < current.length; i++) {
                assumptions[i + 1] = in(current[i]);
            }
            if (keep != 0) {
                assumptions[current.length + 1] = keep;
            }
            int[] bigger = solve(assumptions);
            clause(-activation);
            if (bigger == null) {
                return current;
            }
            current = bigger;
        }
    }

    /** Forbids, from now on, every complete extension that is a subset of {@code members}. */
    void blockSubsetsOf(int[] members) {
        int[] outside = freeOutside(members);
        int[] literals = new int[outside.length];
        for (int i = 0; i < outside.length; i++) {
            literals[i] = in(outside[i]);
        }
        clause(literals);
    }

    /** Forbids, from now on, exactly this IN set. */
    void blockExactly(int[] members) {
        int[] literals = new int[free.length];
        for (int i = 0; i < free.length; i++) {
            int a = free[i];
            literals[i] = Arrays.binarySearch(members, a) >= 0 ? -in(a) : in(a);
        }
        clause(literals);
    }

    private int[] freeOutside(int[] members) {
        int[] outside = new int[free.length];
        int k = 0;
        for (int a : free) {
            if (Arrays.binarySearch(members, a) < 0) {
                outside[k++] = a;
            }
        }
        return Arrays.copyOf(outside, k);
    }

    /** Every model, each as its IN set; for complete or stable enumeration. */
    List<int[]> allModels() {
        return allModels(Integer.MAX_VALUE);
    }

    /** Every model, or {@code null} when there are more than {@code limit}. */
    List<int[]> allModels(int limit) {
        List<int[]> found = new ArrayList<>();
        for (int[] e = solve(); e != null; e = solve()) {
            if (found.size() == limit) {
                return null;
            }
            found.add(e);
            blockExactly(e);
        }
        return found;
    }

    /** Every preferred extension: maximize a complete one, then rule out its subsets. */
    List<int[]> allPreferred() {
        return allPreferred(Integer.MAX_VALUE);
    }

    /** Every preferred extension, or {@code null} when there are more than {@code limit}. */
    List<int[]> allPreferred(int limit) {
        List<int[]> found = new ArrayList<>();
        for (int[] e = solve(); e != null; e = solve()) {
            if (found.size() == limit) {
                return null;
            }
            int[] p = maximize(e);
            found.add(p);
            blockSubsetsOf(p);
        }
        return found;
    }

    /**
     * Tells whether {@code a} is in every preferred extension. Looks for a complete extension
     * without {@code a}, grows it as far as it can without {@code a}, and asks whether a strictly
     * larger complete extension exists: if not, it is a preferred extension without {@code a},
     * which settles the question; if so, no subset of it is preferred, and they are ruled out.
     * (Growing freely instead, as an earlier version did, lets the solver add {@code a} each time,
     * and with k independent pairs of mutual rebuttals it then met up to 2^k preferred extensions
     * before one without {@code a}: 30 pairs ran for over ten minutes.) Keeps the blocking clauses
     * of earlier calls, which stay sound as long as the caller asks only about arguments in every
     * preferred extension reported so far to {@code foundPreferred}; so ask credulous questions
     * before, on another search or not at all.
     */
    boolean scepticallyPreferred(int a, List<int[]> foundPreferred) {
        if (grounded[a] != Grounded.UNDEC) {
            return grounded[a] == Grounded.IN;
        }
        while (true) {
            int[] e = solve(-in(a));
            if (e == null) {
                return true;
            }
            int[] withoutA = maximize(e, -in(a));
            int[] p = maximize(withoutA);
            foundPreferred.add(p);
            if (Arrays.binarySearch(p, a) < 0) {
                return false;
            }
            blockSubsetsOf(withoutA);
            blockSubsetsOf(p);
        }
    }

    int[] free() {
        return free;
    }

    /**
     * Calls {@code sink} with every model's IN set, in the order found, blocking each as it goes:
     * nothing is kept, so memory does not grow with the number of models.
     */
    void eachModel(java.util.function.Consumer<int[]> sink) {
        for (int[] e = solve(); e != null; e = solve()) {
            sink.accept(e);
            blockExactly(e);
        }
    }

    /**
     * A preferred extension satisfying {@code keep} (a literal such as {@code in(a)} or
     * {@code -in(a)}), or {@code null} when there is none. As {@link #scepticallyPreferred}: grow
     * while keeping the literal; if the result has no strictly larger complete extension at all it
     * is preferred; otherwise grow it to a preferred one, which answers the question if it still
     * satisfies the literal, and else rule out everything below both and look again. Only
     * {@code -in(a)} can fail the check after growing, since growing never removes members.
     */
    int[] preferredWith(int keep) {
        while (true) {
            int[] e = solve(keep);
            if (e == null) {
                return null;
            }
            int[] kept = maximize(e, keep);
            int[] p = maximize(kept);
            if (satisfies(p, keep)) {
                return p;
            }
            blockSubsetsOf(kept);
            blockSubsetsOf(p);
        }
    }

    private boolean satisfies(int[] members, int literal) {
        int a = Math.abs(literal) - 1;
        boolean member = Arrays.binarySearch(members, a) >= 0;
        return literal > 0 ? member : !member;
    }

    private int range(int freeIndex) {
        if (rangeVar == null) {
            rangeVar = new int[free.length];
            for (int i = 0; i < free.length; i++) {
                int a = free[i];
                int r = solver.nextFreeVarId(true);
                rangeVar[i] = r;
                clause(-r, in(a), out(a));
                clause(r, -in(a));
                clause(r, -out(a));
            }
        }
        return rangeVar[freeIndex];
    }

    /** The free arguments (by position in {@link #free()}) labelled IN or OUT in the last model. */
    private boolean[] lastRange() {
        boolean[] inRange = new boolean[free.length];
        for (int i = 0; i < free.length; i++) {
            inRange[i] = solver.model(range(i));
        }
        return inRange;
    }

    /**
     * Grows the last model's range (IN plus OUT) while {@code keep} holds, until no complete
     * labelling satisfying {@code keep} has a strictly larger range; returns the final range, with
     * the last model being a labelling that has it.
     */
    private boolean[] maximizeRange(int keep) {
        boolean[] current = lastRange();
        while (true) {
            int activation = solver.nextFreeVarId(true);
            List<Integer> larger = new ArrayList<>();
            larger.add(-activation);
            List<Integer> assumptions = new ArrayList<>();
            assumptions.add(activation);
            if (keep != 0) {
                assumptions.add(keep);
            }
            for (int i = 0; i < free.length; i++) {
                if (current[i]) {
                    assumptions.add(range(i));
                } else {
                    larger.add(range(i));
                }
            }
            if (larger.size() == 1) {
                return current;
            }
            clause(toArray(larger));
            boolean grown = solve(toArray(assumptions)) != null;
            clause(-activation);
            if (!grown) {
                // The solver's last model is gone with the failed call: find one with this range again.
                solve(exactRange(current, keep));
                return current;
            }
            current = lastRange();
        }
    }

    private int[] exactRange(boolean[] range, int keep) {
        int[] assumptions = new int[free.length + (keep == 0 ? 0 : 1)];
        for (int i = 0; i < free.length; i++) {
            assumptions[i] = range[i] ? range(i) : -range(i);
        }
        if (keep != 0) {
            assumptions[free.length] = keep;
        }
        return assumptions;
    }

    /** Forbids every complete labelling whose range is a subset of {@code range}. */
    private void blockRangesWithin(boolean[] range) {
        List<Integer> literals = new ArrayList<>();
        for (int i = 0; i < free.length; i++) {
            if (!range[i]) {
                literals.add(range(i));
            }
        }
        clause(toArray(literals));
    }

    private static int[] toArray(List<Integer> literals) {
        int[] out = new int[literals.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = literals.get(i);
        }
        return out;
    }

    /**
     * A semi-stable extension (a complete labelling whose range, IN plus OUT, is maximal)
     * satisfying {@code keep}, a literal or 0 for none; {@code null} when there is none. Grows the
     * range while keeping the literal; if no complete labelling at all has a larger range, that
     * labelling is semi-stable. Otherwise the range is grown freely to a semi-stable range R, the
     * labellings with exactly R and the literal are asked for, and failing that every range within
     * R is ruled out before looking again. Each round rules out one semi-stable range, so it ends.
     */
    int[] semiStableWith(int keep) {
        if (free.length == 0) {
            int[] e = solve(keep == 0 ? new int[0] : new int[] {keep});
            return e;
        }
        range(0);
        while (true) {
            if (solve(keep == 0 ? new int[0] : new int[] {keep}) == null) {
                return null;
            }
            boolean[] kept = maximizeRange(keep);
            int[] members = inSet();
            boolean[] best = maximizeRange(0);
            if (Arrays.equals(kept, best)) {
                return members;
            }
            if (keep != 0) {
                int[] e = solve(exactRange(best, keep));
                if (e != null) {
                    return e;
                }
            }
            blockRangesWithin(best);
        }
    }

    /** Calls {@code sink} with every semi-stable extension, in the order found, keeping none. */
    void eachSemiStable(java.util.function.Consumer<int[]> sink) {
        if (free.length == 0) {
            eachModel(sink);
            return;
        }
        range(0);
        while (solve() != null) {
            boolean[] best = maximizeRange(0);
            int activation = solver.nextFreeVarId(true);
            int[] assumptions = exactRange(best, 0);
            int[] withActivation = Arrays.copyOf(assumptions, assumptions.length + 1);
            withActivation[assumptions.length] = activation;
            // Every labelling with this range, each blocked under the activation literal only.
            for (int[] e = solve(withActivation); e != null; e = solve(withActivation)) {
                sink.accept(e);
                int[] literals = new int[free.length + 1];
                literals[0] = -activation;
                for (int i = 0; i < free.length; i++) {
                    int a = free[i];
                    literals[i + 1] = Arrays.binarySearch(e, a) >= 0 ? -in(a) : in(a);
                }
                clause(literals);
            }
            clause(-activation);
            blockRangesWithin(best);
        }
    }

    /** The IN set of the solver's last model. */
    private int[] inSet() {
        int count = 0;
        for (int a = 0; a < n; a++) {
            if (solver.model(in(a))) {
                count++;
            }
        }
        int[] members = new int[count];
        int k = 0;
        for (int a = 0; a < n; a++) {
            if (solver.model(in(a))) {
                members[k++] = a;
            }
        }
        return members;
    }
}
