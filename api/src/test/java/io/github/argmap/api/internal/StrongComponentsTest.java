package io.github.argmap.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/** The hand-written Tarjan against an independent method: JGraphT's Kosaraju, on random graphs. */
class StrongComponentsTest {
    @Test
    void components_equalJGraphTsKosaraju_onThousandsOfRandomGraphs_andComeInReverseTopologicalOrder() {
        Random random = new Random(16);
        for (int round = 0; round < 3000; round++) {
            int n = 1 + random.nextInt(30);
            int m = random.nextInt(3 * n + 1);
            int[] from = new int[m];
            int[] to = new int[m];
            Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
            for (int v = 0; v < n; v++) {
                g.addVertex(v);
            }
            for (int e = 0; e < m; e++) {
                from[e] = random.nextInt(n);
                to[e] = random.nextInt(n);
                if (from[e] != to[e]) {
                    g.addEdge(from[e], to[e]); // Kosaraju's answer does not depend on loops or multi-edges
                }
            }
            int[] component = StrongComponents.of(n, from, to);

            Set<Set<Integer>> ours = new HashSet<>();
            Map<Integer, Set<Integer>> byNumber = new HashMap<>();
            for (int v = 0; v < n; v++) {
                byNumber.computeIfAbsent(component[v], k -> new HashSet<>()).add(v);
            }
            ours.addAll(byNumber.values());
            Set<Set<Integer>> kosaraju = new HashSet<>(new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets());
            assertThat(ours).as("round %d", round).isEqualTo(kosaraju);
            // Numbers are 0..k-1 and an edge between components goes from a higher number to a lower one.
            assertThat(byNumber.keySet()).as("round %d", round).isEqualTo(range(byNumber.size()));
            for (int e = 0; e < m; e++) {
                assertThat(component[from[e]]).as("round %d edge %d", round, e).isGreaterThanOrEqualTo(component[to[e]]);
            }
        }
    }

    @Test
    void groups_listOnlyComponentsOfMoreThanOneVertex_inVertexOrder() {
        int[] component = StrongComponents.of(5, new int[] {0, 1, 3, 4}, new int[] {1, 0, 4, 3});
        assertThat(StrongComponents.groups(component, List.of("a", "b", "c", "d", "e")))
                .containsExactly(List.of("a", "b"), List.of("d", "e"));
    }

    private static Set<Integer> range(int k) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < k; i++) {
            out.add(i);
        }
        return out;
    }
}
