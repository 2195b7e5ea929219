package io.github.argmap.api.semantics;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Enumeration of complete, stable and preferred extensions on {@link Cdcl}, streaming.
 *
 * <p>The grounded labelling comes first: its IN arguments are in every extension, its OUT ones in
 * none, and only the arguments it leaves UNDEC ("free") get variables, {@code in(a)} and
 * {@code out(a)}, with Caminada's complete-labelling clauses over their free attackers only (a
 * free argument has no IN attacker, and OUT attackers never matter). Stable adds "IN or OUT".
 *
 * <p><b>Complete and stable</b> are enumerated by splitting on the decisions of each model: after
 * a model with decisions d1..dk (beyond the current assumptions P), the rest of the models are
 * those under P, d1..d(i-1), not di for each i, disjoint and together everything else. Each
 * branch is one solver call with those assumptions, and as consecutive calls share most of their
 * assumptions the solver resumes rather than restarts. No blocking clause is added, so memory
 * is the stack of branches, at most quadratic in the free arguments and independent of the
 * number of extensions.
 *
 * <p><b>Preferred</b> as clasp's domain heuristic enumerates them ({@code domRec}): the {@code in}
 * variables are decided first and true, so each model is a preferred extension with no
 * maximisation step, and after each a clause asks every later model for an attacker of it (every
 * complete extension not within it has one; see {@link #eachPreferred}). One solver throughout,
 * its learnt clauses reused, resuming from the last model; one clause per preferred extension is
 * kept, which makes propagation the cost of long enumerations.
 */
final class Enumeration {
    private final ArgumentationFramework af;
    private final byte[] grounded;
    private final int[] free;
    private final int[] position;   // argument -> index in free, or -1
    private final int[] groundedIn;
    private final Cdcl solver = new Cdcl();
    private boolean ok;

    Enumeration(ArgumentationFramework af, byte[] grounded, boolean stable) {
        this.af = af;
        this.grounded = grounded;
        int n = af.size();
        position = new int[n];
        int count = 0;
        int inCount = 0;
        for (int a = 0; a < n; a++) {
            position[a] = grounded[a] == Grounded.UNDEC ? count++ : -1;
            inCount += grounded[a] == Grounded.IN ? 1 : 0;
        }
        free = new int[count];
        groundedIn = new int[inCount];
        int k = 0;
        for (int a = 0; a < n; a++) {
            if (position[a] >= 0) {
                free[position[a]] = a;
            } else if (grounded[a] == Grounded.IN) {
                groundedIn[k++] = a;
            }
        }
        for (int i = 0; i < 2 * count; i++) {
            solver.newVar();
        }
        ok = encode(stable);
    }

    /** in(free[i]) */
    private static int in(int i) {
        return 2 * i + 1;
    }

    /** out(free[i]) */
    private static int out(int i) {
        return 2 * i + 2;
    }

    private boolean encode(boolean stable) {
        boolean sat = true;
        int[] start = af.attackersStart;
        int[] attackers = af.attackers;
        int[] freeAttackers = new int[16];
        for (int i = 0; i < free.length; i++) {
            int a = free[i];
            int m = 0;
            for (int k = start[a]; k < start[a + 1]; k++) {
                int b = position[attackers[k]];
                if (b >= 0) {
                    if (m == freeAttackers.length) {
                        freeAttackers = Arrays.copyOf(freeAttackers, 2 * m);
                    }
                    freeAttackers[m++] = b;
                }
            }
            int[] allOut = new int[m + 1];
            int[] someIn = new int[m + 1];
            allOut[0] = in(i);
            someIn[0] = -out(i);
            for (int j = 0; j < m; j++) {
                int b = freeAttackers[j];
                sat &= solver.addClause(-in(i), out(b));
                sat &= solver.addClause(-in(b), out(i));
                allOut[j + 1] = -out(b);
                someIn[j + 1] = in(b);
            }
            sat &= solver.addClause(allOut);
            sat &= solver.addClause(someIn);
            sat &= solver.addClause(-in(i), -out(i));
            if (stable) {
                sat &= solver.addClause(in(i), out(i));
            }
        }
        return sat;
    }

    /** The members of the model: the grounded IN arguments and the free ones labelled IN, ascending. */
    private int[] members() {
        int count = groundedIn.length;
        for (int i = 0; i < free.length; i++) {
            if (solver.isTrue(in(i))) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        int g = 0;
        for (int a = 0; a < grounded.length; a++) {
            if (grounded[a] == Grounded.IN) {
                out[k++] = groundedIn[g++];
            } else if (position[a] >= 0 && solver.isTrue(in(position[a]))) {
                out[k++] = a;
            }
        }
        return out;
    }

    /** Every model, complete or stable as built, each handed over once and then forgotten. */
    void eachModel(Consumer<int[]> sink) {
        eachModel(new int[0], sink);
    }

    /** Every model under some assumptions, each handed over once and then forgotten. */
    private void eachModel(int[] fixed, Consumer<int[]> sink) {
        if (!ok) {
            return;
        }
        // Frames of the split: each holds the decisions of one model and how many of its branches
        // have been taken; the assumptions of the current branch live in one shared array, which
        // starts with the fixed ones.
        int[][] decisions = new int[8][];
        int[] taken = new int[8];
        int[] base = new int[8];
        int depth = 0;
        int[] assumptions = Arrays.copyOf(fixed, Math.max(8, fixed.length + 1));
        int length = fixed.length;
        if (!solver.solve(fixed)) {
            return;
        }
        sink.accept(members());
        decisions[0] = solver.decisions();
        taken[0] = 0;
        base[0] = fixed.length;
        depth = 1;
        while (depth > 0) {
            int top = depth - 1;
            int[] d = decisions[top];
            int i = taken[top];
            if (i == d.length) {
                depth--;
                continue;
            }
            taken[top] = i + 1;
            // Branch i: the frame's assumptions, d[0..i-1], then not d[i].
            length = base[top] + i + 1;
            if (length > assumptions.length) {
                assumptions = Arrays.copyOf(assumptions, Math.max(2 * assumptions.length, length));
            }
            if (i > 0) {
                assumptions[length - 2] = d[i - 1];
            }
            assumptions[length - 1] = -d[i];
            if (!solver.solve(Arrays.copyOf(assumptions, length))) {
                continue;
            }
            sink.accept(members());
            if (depth == decisions.length) {
                decisions = Arrays.copyOf(decisions, 2 * depth);
                taken = Arrays.copyOf(taken, 2 * depth);
                base = Arrays.copyOf(base, 2 * depth);
            }
            decisions[depth] = solver.decisions();
            taken[depth] = 0;
            base[depth] = length;
            depth++;
        }
    }

    /**
     * Every preferred extension, each handed over once and then forgotten: with the {@code in}
     * variables decided first and true (see {@link Cdcl#preferTrue}), each model is already
     * preferred; after each, a clause asks for an attacker of it (see {@link #attackersOfModel}),
     * which keeps every later model maximal too (a larger complete extension would satisfy every
     * such clause it does).
     */
    void eachPreferred(Consumer<int[]> sink) {
        for (int[] e = nextPreferred(); e != null; e = nextPreferred()) {
            sink.accept(e);
        }
    }

    // The state of nextPreferred: whether it has started, and scratch for the attacker clauses.
    private boolean preferredStarted;
    private boolean[] attackerMark;
    private int[] attackerClause;

    /**
     * The next preferred extension, as {@link #eachPreferred} finds them, or null when there are
     * no more: the same search as an iterator, for {@link SccPreferred}, which keeps one per
     * component on its path.
     */
    int[] nextPreferred() {
        if (!ok) {
            return null;
        }
        boolean found;
        if (!preferredStarted) {
            preferredStarted = true;
            preferIn();
            attackerMark = new boolean[free.length];
            attackerClause = new int[free.length];
            found = solver.solve();
        } else {
            found = solver.next(Arrays.copyOf(attackerClause, attackersOfModel(attackerMark, attackerClause)));
        }
        if (!found) {
            ok = false;
            return null;
        }
        return members();
    }

    /**
     * The clause that rules out every complete extension contained in the last model E, a
     * preferred one: {@code in(b)} for each free b attacking E. It is enough, and shorter than
     * "some argument outside E": a complete E' not within E that held no attacker of E would be
     * conflict-free with E (an attack from E on E' needs a defender in E', which attacks E), so
     * E ∪ E' would be admissible and larger than E. Grounded IN members have only grounded OUT
     * attackers, so only the free members are read. Every literal is false in the last model (E
     * is conflict-free), as {@link Cdcl#next} requires.
     *
     * @param mark scratch, all false on entry and on return
     * @param clause receives the literals
     * @return their number
     */
    private int attackersOfModel(boolean[] mark, int[] clause) {
        int[] start = af.attackersStart;
        int[] attackers = af.attackers;
        int size = 0;
        for (int i = 0; i < free.length; i++) {
            if (!solver.isTrue(in(i))) {
                continue;
            }
            int a = free[i];
            for (int k = start[a]; k < start[a + 1]; k++) {
                int b = position[attackers[k]];
                if (b >= 0 && !mark[b]) {
                    mark[b] = true;
                    clause[size++] = in(b);
                }
            }
        }
        for (int k = 0; k < size; k++) {
            mark[(clause[k] - 1) / 2] = false;
        }
        return size;
    }

    /**
     * A preferred extension containing an argument (any, for a negative index), or null: the model
     * under the assumption {@code in(a)}, with the {@code in} variables decided first and true, is
     * maximal among the complete extensions containing {@code a}, so preferred. (A grounded IN
     * argument is in every extension and needs no assumption; a grounded OUT one is in none, and
     * callers do not ask.)
     */
    int[] preferredContaining(int argument) {
        if (!ok) {
            return null;
        }
        preferIn();
        int p = argument < 0 ? -1 : position[argument];
        boolean found = p < 0 ? solver.solve() : solver.solve(in(p));
        return found ? members() : null;
    }

    private void preferIn() {
        for (int i = 0; i < free.length; i++) {
            solver.preferTrue(in(i));
        }
    }

    /** The literals {@code in(i)} true in the last model. */
    private int[] inLiterals() {
        int[] out = new int[free.length];
        int k = 0;
        for (int i = 0; i < free.length; i++) {
            if (solver.isTrue(in(i))) {
                out[k++] = in(i);
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * A preferred extension lacking an argument, or null when every preferred extension has it
     * (sceptical acceptance, DS-PR). Under the assumption {@code not in(a)}, with the {@code in}
     * variables decided first and true, the model M is maximal among the complete extensions
     * lacking a; a second call assuming M's members finds a preferred extension P containing M.
     * If P lacks a, P is M and the answer; otherwise every complete extension within P (M among
     * them) is ruled out with P's attacker clause (see {@link #attackersOfModel}) and the search
     * goes on. Each round rules out one preferred extension containing a, so it ends; two calls a
     * round, on one solver that keeps what it learnt.
     *
     * @param argument an argument that grounded leaves undecided, or one that no preferred
     *     extension contains (grounded OUT), for which any preferred extension is the answer
     */
    int[] preferredWithout(int argument) {
        if (!ok) {
            return null;
        }
        int p = position[argument];
        if (p < 0) {
            return preferredContaining(-1);
        }
        preferIn();
        boolean[] mark = new boolean[free.length];
        int[] clause = new int[free.length];
        while (solver.solve(-in(p))) {
            if (!solver.solve(inLiterals())) {
                throw new IllegalStateException("the model just found is no longer one");
            }
            if (!solver.isTrue(in(p))) {
                return members();
            }
            if (!solver.addClause(Arrays.copyOf(clause, attackersOfModel(mark, clause)))) {
                return null;
            }
        }
        return null;
    }

    /** range(free[i]): in(i) or out(i); made by {@link #addRange()}. */
    private int range(int i) {
        return 2 * free.length + i + 1;
    }

    /**
     * Adds the range variables, {@code range(i) <-> in(i) or out(i)}, and makes them the ones
     * decided first and true: each model's range (IN plus OUT) is then maximal among the models
     * of the clauses and assumptions, so without assumptions it is a semi-stable labelling (the
     * argument of {@link Cdcl#preferTrue}, on ranges; every clause added later is monotone in the
     * range, so the models it leaves stay maximal).
     */
    private void addRange() {
        for (int i = 0; i < free.length; i++) {
            solver.newVar();
        }
        for (int i = 0; i < free.length; i++) {
            ok &= solver.addClause(-range(i), in(i), out(i));
            ok &= solver.addClause(range(i), -in(i));
            ok &= solver.addClause(range(i), -out(i));
            solver.preferTrue(range(i));
        }
    }

    /** The range literals of the last model: {@code range(i)} or {@code -range(i)} for every free i. */
    private int[] exactRange() {
        int[] out = new int[free.length];
        for (int i = 0; i < free.length; i++) {
            out[i] = solver.isTrue(range(i)) ? range(i) : -range(i);
        }
        return out;
    }

    /** The range literals true in the last model. */
    private int[] rangeLiterals() {
        int[] out = new int[free.length];
        int k = 0;
        for (int i = 0; i < free.length; i++) {
            if (solver.isTrue(range(i))) {
                out[k++] = range(i);
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * Rules out every labelling whose range lies within a range.
     *
     * @param exact the range's literals, as {@link #exactRange} gives them
     * @return false when no labelling is left
     */
    private boolean blockRangesWithin(int[] exact) {
        int[] outside = new int[free.length];
        int k = 0;
        for (int i = 0; i < free.length; i++) {
            if (exact[i] < 0) {
                outside[k++] = range(i);
            }
        }
        ok &= solver.addClause(Arrays.copyOf(outside, k));
        return ok;
    }

    /**
     * A semi-stable extension containing ({@code member}) or lacking an argument, or any for a
     * negative index; null when there is none. With the ranges maximised first (see
     * {@link #addRange}), the model under the argument's literal has a range R maximal among the
     * labellings satisfying it; a second call assuming R grows it to a semi-stable range S. If S is
     * R, the first model is the answer; otherwise the labellings with exactly S and the literal
     * are asked for, and failing that every range within S is ruled out. Each round rules out one
     * semi-stable range, so it ends.
     *
     * @param argument the argument, or -1
     * @param member whether the extension must contain it
     */
    int[] semiStable(int argument, boolean member) {
        if (!ok) {
            return null;
        }
        addRange();
        int literal = 0;
        if (argument >= 0) {
            int p = position[argument];
            if (p >= 0) {
                literal = member ? in(p) : -in(p);
            } else if ((grounded[argument] == Grounded.IN) != member) {
                return null;
            }
        }
        if (literal == 0) {
            return ok && solver.solve() ? members() : null;
        }
        while (ok && solver.solve(literal)) {
            int[] first = members();
            int[] kept = rangeLiterals();
            if (!solver.solve(kept)) {
                throw new IllegalStateException("the model just found is no longer one");
            }
            int[] best = exactRange();
            if (rangeLiterals().length == kept.length) {
                return first;
            }
            int[] withLiteral = Arrays.copyOf(best, best.length + 1);
            withLiteral[best.length] = literal;
            if (solver.solve(withLiteral)) {
                return members();
            }
            if (!blockRangesWithin(best)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Every semi-stable extension, each handed over once and then forgotten: each model (ranges
     * maximised first, see {@link #addRange}) has a semi-stable range S; the labellings with
     * exactly S are enumerated as {@link #eachModel} does, under S as assumptions, and then every
     * range within S is ruled out by one clause. One clause per semi-stable range is kept.
     */
    void eachSemiStable(Consumer<int[]> sink) {
        if (!ok) {
            return;
        }
        addRange();
        while (ok && solver.solve()) {
            int[] range = exactRange();
            eachModel(range, sink);
            blockRangesWithin(range);
        }
    }

    /**
     * A model (complete or stable, as built) containing ({@code member}) or lacking an argument,
     * or any model for a negative index; null when there is none. One solver call.
     *
     * @param argument the argument, or -1
     * @param member whether the model must contain it
     */
    int[] model(int argument, boolean member) {
        if (!ok) {
            return null;
        }
        if (argument < 0) {
            return solver.solve() ? members() : null;
        }
        int p = position[argument];
        if (p < 0) {
            return (grounded[argument] == Grounded.IN) == member && solver.solve() ? members() : null;
        }
        return solver.solve(member ? in(p) : -in(p)) ? members() : null;
    }

    /**
     * A preferred extension holding a set of arguments that some complete extension holds: the
     * model under their {@code in} literals as assumptions, with the {@code in} variables decided
     * first and true, is maximal among the complete extensions holding them, so preferred.
     *
     * @param members the arguments, none of them grounded OUT
     * @return the extension's members, ascending, or null when no complete extension holds them
     */
    int[] preferredExtending(int[] members) {
        if (!ok) {
            return null;
        }
        preferIn();
        int[] assumptions = new int[members.length];
        int k = 0;
        for (int m : members) {
            if (position[m] >= 0) {
                assumptions[k++] = in(position[m]);
            }
        }
        return solver.solve(Arrays.copyOf(assumptions, k)) ? members() : null;
    }
}
