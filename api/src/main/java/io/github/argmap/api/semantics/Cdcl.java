package io.github.argmap.api.semantics;

import java.util.Arrays;

/**
 * A small conflict-driven clause-learning SAT solver, written for argmap's enumeration.
 *
 * <p>Why not SAT4J here: SAT4J restarts every call from decision level 0 and offers no way to ask
 * for the next model without a blocking clause over every variable, so enumerating the 45,881
 * stable extensions of an 80-argument framework took over 100 s against clingo's 0.04 s
 * (docs/benchmarks.md). This solver keeps its trail between calls: a call whose assumptions
 * share a prefix with the previous call's resumes from there, which makes the assumption-driven
 * enumeration of {@link Enumeration} cost about one propagation per model, with no blocking
 * clause and so no memory per model.
 *
 * <p>The usual pieces, after MiniSat: two watched literals, first-UIP learning, VSIDS with a heap,
 * phase saving, Luby restarts, learnt clauses kept by their LBD (glue) and halved when too many.
 * Variables are numbered from 1; a literal is {@code +v} or {@code -v} as in DIMACS.
 * Deterministic: no randomness, so the same calls give the same models in the same order.
 * Not thread-safe.
 */
final class Cdcl {
    private static final byte UNDEF = 0;
    private static final byte TRUE = 1;
    private static final byte FALSE = 2;

    private int vars;
    private byte[] value = new byte[2];      // per internal literal: TRUE, FALSE or UNDEF
    private int[] level = new int[1];
    private int[] reason = new int[1];       // clause index, or -1
    private boolean[] phase = new boolean[1];
    private boolean[] fixedPhase = new boolean[1];
    private double[] activity = new double[1];
    private boolean[] seen = new boolean[1];
    private int[] trail = new int[1];
    private int trailSize;
    private int qhead;
    private int[] trailLim = new int[1];
    private int[] levelLiteral = new int[1]; // the literal each level assumed or decided (internal)
    private int levels;

    private int[][] clauses = new int[16][];
    private boolean[] learnt = new boolean[16];
    private int[] glue = new int[16];
    // Where the last search for a new watch in each clause stopped (Gent's circular search).
    private int[] searchFrom = new int[16];
    private int clauseCount;
    private int learntCount;
    private int maxLearnts = 20_000;
    private int[][] watches = new int[2][];
    private int[] watchSize = new int[2];

    private int[] heap = new int[1];
    private int heapSize;
    private int[] heapIndex = new int[1];
    private double varInc = 1;

    private boolean ok = true;
    private long conflicts;
    private long calls;
    private int[] learntBuffer = new int[16];
    private int assumptionLevels;

    /** Adds a variable. @return its number, from 1 */
    int newVar() {
        int v = ++vars;
        if (v >= level.length) {
            int size = Math.max(2 * level.length, v + 1);
            level = Arrays.copyOf(level, size);
            reason = Arrays.copyOf(reason, size);
            phase = Arrays.copyOf(phase, size);
            fixedPhase = Arrays.copyOf(fixedPhase, size);
            activity = Arrays.copyOf(activity, size);
            seen = Arrays.copyOf(seen, size);
            trail = Arrays.copyOf(trail, size);
            trailLim = Arrays.copyOf(trailLim, size + 1);
            levelLiteral = Arrays.copyOf(levelLiteral, size + 1);
            heap = Arrays.copyOf(heap, size);
            heapIndex = Arrays.copyOf(heapIndex, size);
            value = Arrays.copyOf(value, 2 * size);
            watches = Arrays.copyOf(watches, 2 * size);
            watchSize = Arrays.copyOf(watchSize, 2 * size);
        }
        reason[v] = -1;
        heapIndex[v] = -1;
        heapInsert(v);
        return v;
    }

    /**
     * Makes the solver decide a variable before every variable not so marked, and always true, as
     * clingo's domain heuristic {@code [1,true]} does. When the decisions are all such literals
     * (no other assumptions), every variable so marked that a model leaves false is implied false
     * by the true ones: no model has a strictly larger set of them true. For the {@code in}
     * variables of the complete-labelling encoding, every model found is then a preferred
     * extension, with no maximisation step (clasp's "domRec" enumeration does the same).
     *
     * @param v the variable
     */
    void preferTrue(int v) {
        phase[v] = true;
        fixedPhase[v] = true;
        if (heapIndex[v] >= 0) {
            heapUp(heapIndex[v]);
        }
    }

    /** @return the number of variables */
    int vars() {
        return vars;
    }

    private static int lit(int dimacs) {
        return dimacs > 0 ? 2 * dimacs : -2 * dimacs + 1;
    }

    private static int dimacs(int lit) {
        return (lit & 1) == 0 ? lit >> 1 : -(lit >> 1);
    }

    /**
     * Adds a clause for good; backtracks to level 0 first.
     *
     * @return false when the clauses are now unsatisfiable
     */
    boolean addClause(int... literals) {
        if (!ok) {
            return false;
        }
        cancelUntil(0);
        int[] c = new int[literals.length];
        int size = 0;
        for (int d : literals) {
            int l = lit(d);
            if (value[l] == TRUE) {
                return true;
            }
            if (value[l] == FALSE) {
                continue;
            }
            boolean repeat = false;
            for (int k = 0; k < size; k++) {
                if (c[k] == l) {
                    repeat = true;
                } else if (c[k] == (l ^ 1)) {
                    return true;
                }
            }
            if (!repeat) {
                c[size++] = l;
            }
        }
        if (size == 0) {
            ok = false;
            return false;
        }
        if (size == 1) {
            enqueue(c[0], -1);
            ok = propagate() < 0;
            return ok;
        }
        attach(Arrays.copyOf(c, size), false, 0);
        return true;
    }

    private int attach(int[] c, boolean isLearnt, int lbd) {
        if (clauseCount == clauses.length) {
            clauses = Arrays.copyOf(clauses, 2 * clauseCount);
            learnt = Arrays.copyOf(learnt, 2 * clauseCount);
            glue = Arrays.copyOf(glue, 2 * clauseCount);
            searchFrom = Arrays.copyOf(searchFrom, 2 * clauseCount);
        }
        int ci = clauseCount++;
        clauses[ci] = c;
        learnt[ci] = isLearnt;
        glue[ci] = lbd;
        searchFrom[ci] = 2;
        if (isLearnt) {
            learntCount++;
        }
        watch(c[0], ci, c[1]);
        watch(c[1], ci, c[0]);
        return ci;
    }

    /**
     * Watches a clause on a literal, with a blocker: another literal of the clause, which, when
     * true, lets propagation skip the clause without reading it (MiniSat 2.2's blockers; the
     * blocking clauses of preferred enumeration are long, and reading them was most of the time).
     */
    private void watch(int l, int ci, int blocker) {
        int[] w = watches[l];
        if (w == null) {
            w = new int[8];
            watches[l] = w;
        } else if (watchSize[l] + 2 > w.length) {
            w = Arrays.copyOf(w, 2 * w.length);
            watches[l] = w;
        }
        w[watchSize[l]++] = ci;
        w[watchSize[l]++] = blocker;
    }

    private void enqueue(int l, int from) {
        int v = l >> 1;
        value[l] = TRUE;
        value[l ^ 1] = FALSE;
        level[v] = levels;
        reason[v] = from;
        trail[trailSize++] = l;
    }

    /** @return the index of a conflicting clause, or -1 */
    private int propagate() {
        while (qhead < trailSize) {
            int falseLit = trail[qhead++] ^ 1;
            int[] ws = watches[falseLit];
            if (ws == null) {
                continue;
            }
            int n = watchSize[falseLit];
            int i = 0;
            int j = 0;
            while (i < n) {
                int ci = ws[i];
                int blocker = ws[i + 1];
                i += 2;
                if (value[blocker] == TRUE) {
                    ws[j++] = ci;
                    ws[j++] = blocker;
                    continue;
                }
                int[] c = clauses[ci];
                if (c == null) {
                    continue;
                }
                if (c[0] == falseLit) {
                    c[0] = c[1];
                    c[1] = falseLit;
                }
                int first = c[0];
                if (value[first] == TRUE) {
                    ws[j++] = ci;
                    ws[j++] = first;
                    continue;
                }
                // The search for a non-false literal starts where the last one stopped and wraps
                // around (Gent, "Optimal implementation of watched literals", JAIR 2013): the
                // blocking clauses of preferred enumeration are long and mostly false, and a
                // search from the front each time reread their false prefix; profiling put most
                // of the enumeration's time on that loop.
                boolean moved = false;
                int length = c.length;
                int from = searchFrom[ci];
                for (int k = from; k < length; k++) {
                    if (value[c[k]] != FALSE) {
                        c[1] = c[k];
                        c[k] = falseLit;
                        watch(c[1], ci, first);
                        searchFrom[ci] = k;
                        moved = true;
                        break;
                    }
                }
                if (!moved) {
                    for (int k = 2; k < from; k++) {
                        if (value[c[k]] != FALSE) {
                            c[1] = c[k];
                            c[k] = falseLit;
                            watch(c[1], ci, first);
                            searchFrom[ci] = k;
                            moved = true;
                            break;
                        }
                    }
                }
                if (moved) {
                    continue;
                }
                ws[j++] = ci;
                ws[j++] = first;
                if (value[first] == FALSE) {
                    while (i < n) {
                        ws[j++] = ws[i++];
                    }
                    watchSize[falseLit] = j;
                    qhead = trailSize;
                    return ci;
                }
                enqueue(first, ci);
            }
            watchSize[falseLit] = j;
        }
        return -1;
    }

    private void cancelUntil(int target) {
        if (levels <= target) {
            return;
        }
        for (int k = trailSize - 1; k >= trailLim[target]; k--) {
            int l = trail[k];
            int v = l >> 1;
            value[l] = UNDEF;
            value[l ^ 1] = UNDEF;
            reason[v] = -1;
            if (!fixedPhase[v]) {
                phase[v] = (l & 1) == 0;
            }
            if (heapIndex[v] < 0) {
                heapInsert(v);
            }
        }
        trailSize = trailLim[target];
        qhead = trailSize;
        levels = target;
    }

    private void newLevel(int l) {
        trailLim[levels] = trailSize;
        levels++;
        levelLiteral[levels] = l;
    }

    /** First-UIP learning; leaves the clause in learntBuffer and returns its length. */
    private int analyze(int conflict) {
        int size = 1;
        int pathCount = 0;
        int p = -1;
        int index = trailSize - 1;
        int ci = conflict;
        do {
            int[] c = clauses[ci];
            for (int k = p < 0 ? 0 : 1; k < c.length; k++) {
                int q = c[k];
                int v = q >> 1;
                if (!seen[v] && level[v] > 0) {
                    seen[v] = true;
                    bump(v);
                    if (level[v] >= levels) {
                        pathCount++;
                    } else {
                        if (size == learntBuffer.length) {
                            learntBuffer = Arrays.copyOf(learntBuffer, 2 * size);
                        }
                        learntBuffer[size++] = q;
                    }
                }
            }
            while (!seen[trail[index] >> 1]) {
                index--;
            }
            p = trail[index];
            index--;
            ci = reason[p >> 1];
            seen[p >> 1] = false;
            pathCount--;
        } while (pathCount > 0);
        learntBuffer[0] = p ^ 1;
        for (int k = 1; k < size; k++) {
            seen[learntBuffer[k] >> 1] = false;
        }
        return size;
    }

    /**
     * Looks for a model under assumptions, resuming from the previous call's trail as far as its
     * assumptions agree with these.
     *
     * @param assumptions literals that must hold (DIMACS)
     * @return true when there is a model, then readable with {@link #isTrue} until the next call
     */
    boolean solve(int... assumptions) {
        calls++;
        if (!ok) {
            return false;
        }
        int keep = 0;
        // A kept level may have been a decision of the previous call rather than an assumption:
        // the same literal at the same place gives the same trail, whichever it was.
        int limit = Math.min(levels, assumptions.length);
        while (keep < limit && levelLiteral[keep + 1] == lit(assumptions[keep])) {
            keep++;
        }
        cancelUntil(keep);
        assumptionLevels = assumptions.length;
        return search(assumptions, -1);
    }

    /**
     * Rules out the last model with a clause it falsifies and looks for the next model from where
     * the last one was found, as clasp does with solution nogoods: the clause is treated as a
     * conflict (or, when one of its literals is alone on the highest level, as a unit after
     * backjumping), so the search resumes deep in the trail instead of from level 0. Only after a
     * model found without assumptions; otherwise it adds the clause and solves again.
     *
     * @param literals a clause every literal of which the last model makes false (DIMACS), without repeats
     * @return true when there is another model
     */
    boolean next(int... literals) {
        calls++;
        if (!ok) {
            return false;
        }
        if (levels == 0 || assumptionLevels != 0 || literals.length == 0) {
            addClause(literals);
            return solve();
        }
        int[] c = new int[literals.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = lit(literals[k]);
            if (value[c[k]] != FALSE) {
                throw new IllegalArgumentException("the last model satisfies " + literals[k]);
            }
        }
        for (int w = 0; w < Math.min(2, c.length); w++) {
            int best = w;
            for (int k = w + 1; k < c.length; k++) {
                if (level[c[k] >> 1] > level[c[best] >> 1]) {
                    best = k;
                }
            }
            int t = c[w];
            c[w] = c[best];
            c[best] = t;
        }
        int top = level[c[0] >> 1];
        if (top == 0) {
            ok = false;
            return false;
        }
        if (c.length == 1) {
            cancelUntil(0);
            enqueue(c[0], -1);
            return search(new int[0], -1);
        }
        int second = level[c[1] >> 1];
        int ci = attach(c, false, 0);
        if (second < top) {
            cancelUntil(second);
            enqueue(c[0], ci);
            return search(new int[0], -1);
        }
        cancelUntil(top);
        return search(new int[0], ci);
    }

    /** The CDCL loop from the current trail; {@code pending} is a conflict to handle first, or -1. */
    private boolean search(int[] assumptions, int pending) {
        long restartBudget = 100L * luby(0);
        int restarts = 0;
        long sinceRestart = 0;
        int first = pending;
        while (true) {
            int conflict = first >= 0 ? first : propagate();
            first = -1;
            if (conflict >= 0) {
                conflicts++;
                sinceRestart++;
                if (levels == 0) {
                    ok = false;
                    return false;
                }
                int size = analyze(conflict);
                int back = 0;
                if (size > 1) {
                    int max = 1;
                    for (int k = 2; k < size; k++) {
                        if (level[learntBuffer[k] >> 1] > level[learntBuffer[max] >> 1]) {
                            max = k;
                        }
                    }
                    int t = learntBuffer[1];
                    learntBuffer[1] = learntBuffer[max];
                    learntBuffer[max] = t;
                    back = level[learntBuffer[1] >> 1];
                }
                cancelUntil(back);
                if (size == 1) {
                    enqueue(learntBuffer[0], -1);
                } else {
                    int ci = attach(Arrays.copyOf(learntBuffer, size), true, lbd(size));
                    enqueue(learntBuffer[0], ci);
                }
                varInc /= 0.95;
                continue;
            }
            if (sinceRestart >= restartBudget) {
                restarts++;
                restartBudget = 100L * luby(restarts);
                sinceRestart = 0;
                cancelUntil(0);
                continue;
            }
            if (learntCount >= maxLearnts + trailSize) {
                reduce();
            }
            int next = -1;
            while (levels < assumptions.length) {
                int a = lit(assumptions[levels]);
                if (value[a] == TRUE) {
                    newLevel(a);
                } else if (value[a] == FALSE) {
                    cancelUntil(0);
                    return false;
                } else {
                    next = a;
                    break;
                }
            }
            if (next < 0) {
                int v = pickBranch();
                if (v < 0) {
                    return true;
                }
                next = phase[v] ? 2 * v : 2 * v + 1;
            }
            newLevel(next);
            enqueue(next, -1);
        }
    }

    private int lbd(int size) {
        int distinct = 0;
        // Levels are bounded by the number of variables; a small sort is cheaper than a set here.
        int[] ls = new int[size];
        for (int k = 0; k < size; k++) {
            ls[k] = level[learntBuffer[k] >> 1];
        }
        Arrays.sort(ls);
        for (int k = 0; k < size; k++) {
            if (k == 0 || ls[k] != ls[k - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    private static long luby(int i) {
        int size = 1;
        int seq = 0;
        while (size < i + 1) {
            seq++;
            size = 2 * size + 1;
        }
        int x = i;
        while (size - 1 != x) {
            size = (size - 1) >> 1;
            seq--;
            x = x % size;
        }
        return 1L << seq;
    }

    /** Drops the worse half of the learnt clauses with glue above 2 that no assignment rests on. */
    private void reduce() {
        int[] candidates = new int[learntCount];
        int count = 0;
        for (int ci = 0; ci < clauseCount; ci++) {
            int[] c = clauses[ci];
            if (c != null && learnt[ci] && glue[ci] > 2 && !(reason[c[0] >> 1] == ci && value[c[0]] == TRUE)) {
                candidates[count++] = ci;
            }
        }
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            order[k] = candidates[k];
        }
        Arrays.sort(order, (x, y) -> glue[y] != glue[x] ? Integer.compare(glue[y], glue[x]) : Integer.compare(x, y));
        for (int k = 0; k < count / 2; k++) {
            clauses[order[k]] = null;
            learntCount--;
        }
        maxLearnts += maxLearnts / 10;
        compactWatches();
    }

    private void compactWatches() {
        for (int l = 0; l < watches.length; l++) {
            int[] w = watches[l];
            if (w == null) {
                continue;
            }
            int j = 0;
            for (int i = 0; i < watchSize[l]; i += 2) {
                if (clauses[w[i]] != null) {
                    w[j++] = w[i];
                    w[j++] = w[i + 1];
                }
            }
            watchSize[l] = j;
        }
    }

    /**
     * Drops the clauses satisfied at level 0, such as those switched off by an activation literal
     * set false, so that they no longer cost propagation or memory.
     */
    void simplify() {
        if (!ok) {
            return;
        }
        cancelUntil(0);
        for (int ci = 0; ci < clauseCount; ci++) {
            int[] c = clauses[ci];
            if (c == null) {
                continue;
            }
            for (int l : c) {
                if (value[l] == TRUE && level[l >> 1] == 0) {
                    clauses[ci] = null;
                    if (learnt[ci]) {
                        learntCount--;
                    }
                    break;
                }
            }
        }
        compactWatches();
    }

    /**
     * The value of a variable in the last model.
     *
     * @param v the variable
     * @return true when it is true
     */
    boolean isTrue(int v) {
        return value[2 * v] == TRUE;
    }

    /**
     * The literals decided (not assumed, not implied) in the last model, in order: with the
     * assumptions and unit propagation they fix the whole model.
     *
     * @return DIMACS literals
     */
    int[] decisions() {
        int count = Math.max(0, levels - assumptionLevels);
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = dimacs(levelLiteral[assumptionLevels + 1 + k]);
        }
        return out;
    }

    /** @return the number of calls to {@link #solve} so far */
    long calls() {
        return calls;
    }

    /** @return the number of conflicts so far */
    long conflicts() {
        return conflicts;
    }

    private void bump(int v) {
        activity[v] += varInc;
        if (activity[v] > 1e100) {
            for (int u = 1; u <= vars; u++) {
                activity[u] *= 1e-100;
            }
            varInc *= 1e-100;
        }
        if (heapIndex[v] >= 0) {
            heapUp(heapIndex[v]);
        }
    }

    private int pickBranch() {
        while (heapSize > 0) {
            int v = heapRemoveTop();
            if (value[2 * v] == UNDEF) {
                return v;
            }
        }
        return -1;
    }

    private boolean before(int a, int b) {
        if (fixedPhase[a] != fixedPhase[b]) {
            return fixedPhase[a];
        }
        return activity[a] > activity[b] || (activity[a] == activity[b] && a < b);
    }

    private void heapInsert(int v) {
        heapIndex[v] = heapSize;
        heap[heapSize++] = v;
        heapUp(heapSize - 1);
    }

    private void heapUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >> 1;
            if (!before(v, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            heapIndex[heap[i]] = i;
            i = parent;
        }
        heap[i] = v;
        heapIndex[v] = i;
    }

    private int heapRemoveTop() {
        int top = heap[0];
        heapIndex[top] = -1;
        heapSize--;
        if (heapSize > 0) {
            int v = heap[heapSize];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!before(heap[child], v)) {
                    break;
                }
                heap[i] = heap[child];
                heapIndex[heap[i]] = i;
                i = child;
            }
            heap[i] = v;
            heapIndex[v] = i;
        }
        return top;
    }
}
