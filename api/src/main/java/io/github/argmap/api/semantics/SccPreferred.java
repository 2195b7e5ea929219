package io.github.argmap.api.semantics;

import io.github.argmap.api.internal.StrongComponents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Preferred enumeration by strongly connected components (the SCC-recursive decomposition of
 * Baroni, Giacomin and Guida, 2005), streaming.
 *
 * <p>After the grounded labelling, the arguments it leaves undecided fall into strongly connected
 * components, taken parents first. Given the labels of every argument before it, a component's
 * own labelling is "conditioned": an argument attacked by an IN argument from outside is OUT, one
 * attacked from outside only by OUT and UNDEC ones, some UNDEC, cannot be IN. A complete labelling
 * is preferred exactly when each component's part is IN-maximal among the conditioned complete
 * labellings of that component given the parts before it (if a component's part could grow, the
 * later components can keep their IN arguments under the larger labels, so the whole would grow;
 * and the first component where a larger labelling differs would grow). So the preferred
 * extensions are the paths of a tree: a component's choices are the preferred extensions of a
 * small framework (its arguments not forced OUT, plus one self-attacking argument that attacks
 * those an UNDEC outsider attacks, which keeps them from IN and never makes them OUT), each
 * enumerated by {@link Enumeration} given the choices above it.
 *
 * <p>Why: a single search keeps one blocking clause per preferred extension and pays for every
 * one of them at each propagation, so k independent choices cost 2^k clauses; here each
 * component's search holds only its own, and memory is one search per component on the current
 * path, whatever the number of extensions. On a framework that is one component after grounded
 * (the random and grid benchmarks of docs/benchmarks.md) nothing is gained, and
 * {@link Reasoners} then keeps the single search.
 */
final class SccPreferred {
    private final ArgumentationFramework af;
    private final byte[] labels;
    private final int[][] components;
    private final int[] componentOf;

    private SccPreferred(ArgumentationFramework af, byte[] grounded, int[][] components) {
        this.af = af;
        this.labels = grounded.clone();
        this.components = components;
        this.componentOf = new int[af.size()];
        Arrays.fill(componentOf, -1);
        for (int t = 0; t < components.length; t++) {
            for (int a : components[t]) {
                componentOf[a] = t;
            }
        }
    }

    /**
     * Hands every preferred extension to {@code sink} through the components when grounded leaves
     * more than one; otherwise through one {@link Enumeration}.
     *
     * @param af the framework
     * @param grounded its grounded labelling
     * @param sink receives each preferred extension's members once, ascending
     */
    static void each(ArgumentationFramework af, byte[] grounded, Consumer<int[]> sink) {
        int[][] components = components(af, grounded);
        if (components.length <= 1) {
            new Enumeration(af, grounded, false).eachPreferred(sink);
        } else {
            new SccPreferred(af, grounded, components).run(sink);
        }
    }

    /** The components of the arguments grounded leaves undecided, each ascending, parents first. */
    static int[][] components(ArgumentationFramework af, byte[] grounded) {
        int n = af.size();
        int[] local = new int[n];
        int m = 0;
        for (int a = 0; a < n; a++) {
            local[a] = grounded[a] == Grounded.UNDEC ? m++ : -1;
        }
        int[] vertex = new int[m];
        for (int a = 0; a < n; a++) {
            if (local[a] >= 0) {
                vertex[local[a]] = a;
            }
        }
        int edges = 0;
        for (int a : vertex) {
            for (int k = af.attackersStart[a]; k < af.attackersStart[a + 1]; k++) {
                edges += local[af.attackers[k]] >= 0 ? 1 : 0;
            }
        }
        int[] from = new int[edges];
        int[] to = new int[edges];
        int e = 0;
        for (int v = 0; v < m; v++) {
            int a = vertex[v];
            for (int k = af.attackersStart[a]; k < af.attackersStart[a + 1]; k++) {
                int b = local[af.attackers[k]];
                if (b >= 0) {
                    from[e] = b;
                    to[e++] = v;
                }
            }
        }
        int[] component = StrongComponents.of(m, from, to);
        int count = 0;
        for (int c : component) {
            count = Math.max(count, c + 1);
        }
        // Tarjan numbers a component below every component attacking it: the highest comes first.
        int[] sizes = new int[count];
        for (int c : component) {
            sizes[count - 1 - c]++;
        }
        int[][] out = new int[count][];
        for (int t = 0; t < count; t++) {
            out[t] = new int[sizes[t]];
        }
        int[] fill = new int[count];
        for (int v = 0; v < m; v++) {
            int t = count - 1 - component[v];
            out[t][fill[t]++] = vertex[v];
        }
        return out;
    }

    /** The depth-first walk over the components' choices, with an explicit stack. */
    private void run(Consumer<int[]> sink) {
        int k = components.length;
        Choices[] path = new Choices[k];
        int depth = 0;
        path[0] = open(0);
        while (depth >= 0) {
            if (!path[depth].next()) {
                path[depth] = null;
                depth--;
                continue;
            }
            if (depth == k - 1) {
                sink.accept(Reasoners.in(labels));
                continue;
            }
            depth++;
            path[depth] = open(depth);
        }
    }

    /** The choices of one component given the labels of those before it. */
    private Choices open(int t) {
        int[] members = components[t];
        boolean[] forcedOut = new boolean[members.length];
        boolean[] blocked = new boolean[members.length];
        int kept = 0;
        boolean anyBlocked = false;
        for (int i = 0; i < members.length; i++) {
            int a = members[i];
            for (int k = af.attackersStart[a]; k < af.attackersStart[a + 1]; k++) {
                int b = af.attackers[k];
                if (componentOf[b] == t) {
                    continue;
                }
                if (labels[b] == Grounded.IN) {
                    forcedOut[i] = true;
                } else if (labels[b] == Grounded.UNDEC) {
                    blocked[i] = true;
                }
            }
            if (!forcedOut[i]) {
                kept++;
                anyBlocked |= blocked[i];
            }
        }
        if (kept == 0) {
            return new Choices(t, forcedOut, null, null);
        }
        // The component's framework: its arguments not forced OUT, then the self-attacking one.
        int[] subIndex = new int[members.length];
        List<String> ids = new ArrayList<>(kept + 1);
        int[] original = new int[kept];
        for (int i = 0, s = 0; i < members.length; i++) {
            subIndex[i] = forcedOut[i] ? -1 : s;
            if (!forcedOut[i]) {
                original[s] = i;
                ids.add(Integer.toString(s));
                s++;
            }
        }
        if (anyBlocked) {
            ids.add(Integer.toString(kept));
        }
        IntList from = new IntList();
        IntList to = new IntList();
        for (int i = 0; i < members.length; i++) {
            if (forcedOut[i]) {
                continue;
            }
            int a = members[i];
            for (int k = af.attackersStart[a]; k < af.attackersStart[a + 1]; k++) {
                int b = af.attackers[k];
                if (componentOf[b] == t) {
                    int j = Arrays.binarySearch(members, b);
                    if (!forcedOut[j]) {
                        from.add(subIndex[j]);
                        to.add(subIndex[i]);
                    }
                }
            }
            if (blocked[i]) {
                from.add(kept);
                to.add(subIndex[i]);
            }
        }
        if (anyBlocked) {
            from.add(kept);
            to.add(kept);
        }
        ArgumentationFramework sub = ArgumentationFramework.of(ids, from.toArray(), to.toArray());
        return new Choices(t, forcedOut, new Enumeration(sub, Grounded.labels(sub), false), original);
    }

    /** One component's choices: its preferred labellings given the labels above, one at a time. */
    private final class Choices {
        private final int t;
        private final boolean[] forcedOut;
        private final Enumeration search;   // null when every member is forced OUT
        private final int[] original;       // component position of each argument of the search
        private boolean done;

        Choices(int t, boolean[] forcedOut, Enumeration search, int[] original) {
            this.t = t;
            this.forcedOut = forcedOut;
            this.search = search;
            this.original = original;
        }

        /** Labels the component with its next choice. @return false when there is none left */
        boolean next() {
            if (done) {
                return false;
            }
            int[] members = components[t];
            int[] chosen;
            if (search == null) {
                done = true;
                chosen = new int[0];
            } else {
                chosen = search.nextPreferred();
                if (chosen == null) {
                    done = true;
                    return false;
                }
            }
            for (int i = 0; i < members.length; i++) {
                labels[members[i]] = forcedOut[i] ? Grounded.OUT : Grounded.UNDEC;
            }
            for (int s : chosen) {
                if (s < original.length) {
                    labels[members[original[s]]] = Grounded.IN;
                }
            }
            // OUT inside the component: attacked by one of its IN arguments (outside IN ones were
            // forced above; OUT and UNDEC outsiders never make an argument OUT).
            for (int i = 0; i < members.length; i++) {
                int a = members[i];
                if (labels[a] != Grounded.UNDEC) {
                    continue;
                }
                for (int k = af.attackersStart[a]; k < af.attackersStart[a + 1]; k++) {
                    int b = af.attackers[k];
                    if (componentOf[b] == t && labels[b] == Grounded.IN) {
                        labels[a] = Grounded.OUT;
                        break;
                    }
                }
            }
            return true;
        }
    }

    /** A growable int array, for the component frameworks' attacks. */
    private static final class IntList {
        private int[] items = new int[16];
        private int size;

        void add(int x) {
            if (size == items.length) {
                items = Arrays.copyOf(items, 2 * size);
            }
            items[size++] = x;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
