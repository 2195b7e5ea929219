package io.github.argmap.api.internal;

import java.util.Arrays;

/**
 * Adjacency over int arrays, the shape every linear-time algorithm of the api shares: rows
 * {@code 0 .. n-1}, row {@code i} being {@code values[start[i] .. start[i + 1])}.
 *
 * <pre>{@code
 * int[][] out = IntRows.group(n, from, to, from.length);   // out[0] = start, out[1] = values
 * int[] order = IntRows.topologicalOrder(n, out[0], out[1], inDegree);
 * }</pre>
 */
public final class IntRows {
    private IntRows() {}

    /**
     * Groups values by key with a counting sort; within a row, values keep their order in the input.
     *
     * @param n the number of rows; every key lies in {@code 0 .. n-1}
     * @param keys each value's row
     * @param values the values
     * @param size how many of the leading entries of {@code keys} and {@code values} to use
     * @return {@code {start, rowValues}}: {@code start} has {@code n + 1} entries
     */
    public static int[][] group(int n, int[] keys, int[] values, int size) {
        int[] start = new int[n + 1];
        for (int k = 0; k < size; k++) {
            start[keys[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] row = new int[size];
        int[] cursor = Arrays.copyOf(start, n);
        for (int k = 0; k < size; k++) {
            row[cursor[keys[k]]++] = values[k];
        }
        return new int[][] {start, row};
    }

    /**
     * Kahn's algorithm: the vertices in an order where every edge goes forwards. Vertices with no
     * incoming edge come first, in index order, and the rest as their last predecessor is placed,
     * so the order is the same on every run.
     *
     * @param n the number of vertices
     * @param outStart row starts of the outgoing edges
     * @param out the edges' targets, by source
     * @param inDegree each vertex's number of incoming edges; consumed (left at 0 for placed vertices)
     * @return the order; shorter than {@code n} when the edges form a cycle, whose vertices are left out
     */
    public static int[] topologicalOrder(int n, int[] outStart, int[] out, int[] inDegree) {
        int[] order = new int[n];
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (inDegree[v] == 0) {
                order[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int u = order[head];
            for (int k = outStart[u]; k < outStart[u + 1]; k++) {
                if (--inDegree[out[k]] == 0) {
                    order[tail++] = out[k];
                }
            }
        }
        return tail == n ? order : Arrays.copyOf(order, tail);
    }
}
