package io.github.argmap.api.traverse;

import io.github.argmap.core.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The case for and against a claim: a breadth-first search over (claim, parity) states. */
final class Cases {
    private Cases() {}

    /**
     * Breadth-first search over (claim, parity) states, walking relations backwards from the
     * target. A JGraphT iterator would need the doubled state graph built first; the search itself is
     * a plain queue over two arrays.
     */
    static List<Reason> reasons(ClaimIndex ix, int target, int wantedParity) {
        int n = ix.map.claims().size();
        int[] depth = new int[2 * n];
        Arrays.fill(depth, -1);
        int[] via = new int[2 * n];
        int[] queue = new int[2 * n];
        int head = 0;
        int tail = 0;
        depth[2 * target] = 0;
        queue[tail++] = 2 * target;
        List<Reason> rows = new ArrayList<>();
        List<Relation> relations = ix.edges;
        while (head < tail) {
            int state = queue[head++];
            int v = state >> 1;
            int parity = state & 1;
            if (v != target && parity == wantedParity) {
                rows.add(new Reason(ix.map.claims().get(v), depth[state], relations.get(via[state])));
            }
            for (int k = ix.inStart[v]; k < ix.inStart[v + 1]; k++) {
                int r = ix.inRelations[k];
                int next = 2 * ix.fromIndex[r] + (parity ^ (relations.get(r).isRebuttal() ? 1 : 0));
                if (depth[next] < 0) {
                    depth[next] = depth[state] + 1;
                    via[next] = r;
                    queue[tail++] = next;
                }
            }
        }
        return List.copyOf(rows);
    }
}
