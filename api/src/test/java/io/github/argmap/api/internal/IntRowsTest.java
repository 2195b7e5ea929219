package io.github.argmap.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntRowsTest {
    @Test
    void group_putsEachValueInItsKeysRowInInputOrder() {
        // keys 2,0,2,1,0 with values 10..14; only the first four entries are used.
        int[][] rows = IntRows.group(4, new int[] {2, 0, 2, 1, 0}, new int[] {10, 11, 12, 13, 14}, 4);
        assertThat(rows[0]).containsExactly(0, 1, 2, 4, 4);
        assertThat(rows[1]).containsExactly(11, 13, 10, 12);
    }

    @Test
    void topologicalOrder_placesSourcesFirstInIndexOrderThenFollowsTheEdges() {
        // 3 -> 1, 0 -> 1, 1 -> 2: in-degrees 0, 2, 1, 0.
        int[][] out = IntRows.group(4, new int[] {3, 0, 1}, new int[] {1, 1, 2}, 3);
        assertThat(IntRows.topologicalOrder(4, out[0], out[1], new int[] {0, 2, 1, 0})).containsExactly(0, 3, 1, 2);
    }

    @Test
    void topologicalOrder_leavesOutTheVerticesOfACycle() {
        // 0 -> 1 -> 2 -> 1: only 0 can be placed.
        int[][] out = IntRows.group(3, new int[] {0, 1, 2}, new int[] {1, 2, 1}, 3);
        assertThat(IntRows.topologicalOrder(3, out[0], out[1], new int[] {0, 2, 1})).containsExactly(0);
    }
}
