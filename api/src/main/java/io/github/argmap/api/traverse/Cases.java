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
                Relation how = via[state] >= 0 ? relations.get(via[state]) : ix.undercuts.get(-1 - via[state]);
                rows.add(new Reason(ix.map.claims().get(v), depth[state], how));
            }
            for (int k = ix.inStart[v]; k < ix.inStart[v + 1]; k++) {
                int r = ix.inRelations[k];
                int sign = relations.get(r).isRebuttal() ? 1 : 0;
                int next = 2 * ix.fromIndex[r] + (parity ^ sign);
                if (depth[next] < 0) {
                    depth[next] = depth[state] + 1;
                    via[next] = r;
                    queue[tail++] = next;
                }
                // An undercut of a support counts against the supported claim, of a rebuttal for it.
                for (int u : ix.undercutsOf.getOrDefault(r, List.of())) {
                    int byUndercut = 2 * ix.undercutter.get(u) + (parity ^ sign ^ 1);
                    if (depth[byUndercut] < 0) {
                        depth[byUndercut] = depth[state] + 1;
                        via[byUndercut] = -1 - u;
                        queue[tail++] = byUndercut;
                    }
                }
            }
        }
        return List.copyOf(rows);
    }
}
