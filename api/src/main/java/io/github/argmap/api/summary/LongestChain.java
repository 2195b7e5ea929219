package io.github.argmap.api.summary;

import io.github.argmap.api.internal.IntRows;
import io.github.argmap.api.internal.StrongComponents;
import io.github.argmap.core.Relation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The longest chain of supports in a map, for a {@link Summary}. */
final class LongestChain {
    private LongestChain() {}


    /**
     * The longest chain of supports, its support circles contracted: Tarjan's components (iterative,
     * {@link StrongComponents}) find the circles, then a longest path over the supports between
     * components in Kahn's topological order, all over int arrays. A claim's predecessor is its
     * first incoming support (in relation order) of greatest length, and the chain ends at the first
     * claim (in s.map order) of greatest length, whichever topological order is used.
     */
    static Chain of(Summarizer s) {
        int n = s.claims.size();
        int m = s.relations.size();
        int supports = 0;
        for (Relation r : s.relations) {
            supports += r.isSupport() ? 1 : 0;
        }
        int[] supFrom = new int[supports];
        int[] supTo = new int[supports];
        for (int r = 0, k = 0; r < m; r++) {
            if (s.relations.get(r).isSupport()) {
                supFrom[k] = s.from[r];
                supTo[k++] = s.to[r];
            }
        }
        int[] component = StrongComponents.of(n, supFrom, supTo);
        List<List<ClaimRef>> cycles = StrongComponents.groups(component, Arrays.asList(s.refs));
        // Supports between components, grouped by target in relation order.
        int[] inStart = new int[n + 1];
        int[] pending = new int[n];
        for (int k = 0; k < supports; k++) {
            if (component[supFrom[k]] != component[supTo[k]]) {
                inStart[supTo[k] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            inStart[i + 1] += inStart[i];
        }
        int[] in = new int[inStart[n]];
        int[] outStart = new int[n + 1];
        int[] cursor = Arrays.copyOf(inStart, n);
        for (int k = 0; k < supports; k++) {
            if (component[supFrom[k]] != component[supTo[k]]) {
                in[cursor[supTo[k]]++] = supFrom[k];
                outStart[supFrom[k] + 1]++;
                pending[supTo[k]]++;
            }
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
        }
        int[] out = new int[in.length];
        cursor = Arrays.copyOf(outStart, n);
        for (int v = 0; v < n; v++) {
            for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                out[cursor[in[k]]++] = v;
            }
        }
        int[] order = IntRows.topologicalOrder(n, outStart, out, pending);
        int tail = order.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        for (int at = 0; at < tail; at++) {
            int v = order[at];
            for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                int u = in[k];
                if (length[u] + 1 > length[v]) {
                    length[v] = length[u] + 1;
                    previous[v] = u;
                }
            }
        }
        int end = 0;
        for (int i = 1; i < n; i++) {
            if (length[i] > length[end]) {
                end = i;
            }
        }
        ArrayDeque<ClaimRef> chain = new ArrayDeque<>();
        if (n > 0 && length[end] > 0) {
            for (int v = end; v >= 0; v = previous[v]) {
                chain.addFirst(s.refs[v]);
            }
        }
        return new Chain(new ArrayList<>(chain), cycles);
    }
}
