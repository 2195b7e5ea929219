package io.github.argmap.api.traverse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks the case for and against every claim of many small random maps against two independent
 * methods: enumeration of all simple paths on acyclic maps, and boolean matrix powers (walks of
 * each length) on maps with cycles.
 */
class CaseBruteForceTest {
    private static final int MAPS = 300;

    /** kind[u][v]: 0 no relation, 1 support u -> v, 2 rebuttal u -> v. */
    private static int[][] randomKinds(Random rnd, int n, boolean acyclic) {
        int[][] kind = new int[n][n];
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                if (u != v && (!acyclic || u > v) && rnd.nextDouble() < 0.35) {
                    kind[u][v] = rnd.nextBoolean() ? 1 : 2;
                }
            }
        }
        return kind;
    }

    private static ArgumentMap toMap(int[][] kind) {
        ArgumentMap.Builder b = ArgumentMap.builder();
        for (int i = 0; i < kind.length; i++) {
            b.addClaim(Claim.of("k" + i, "Claim " + i + "."));
        }
        for (int u = 0; u < kind.length; u++) {
            for (int v = 0; v < kind.length; v++) {
                if (kind[u][v] == 1) {
                    b.addRelation(Relation.support("k" + u, "k" + v));
                } else if (kind[u][v] == 2) {
                    b.addRelation(Relation.rebuttal("k" + u, "k" + v));
                }
            }
        }
        return b.build();
    }

    /** Claim id to depth of the rows, for comparison with the brute force. */
    private static Map<String, Integer> depths(List<Reason> rows) {
        Map<String, Integer> out = new TreeMap<>();
        for (Reason r : rows) {
            out.put(r.claim().id(), r.depth());
        }
        return out;
    }

    /**
     * For each claim a, the shortest simple path from a to target with the given parity of
     * rebuttals, by enumerating every simple path with an explicit stack.
     */
    private static Map<String, Integer> simplePaths(int[][] kind, int target, int parity) {
        int n = kind.length;
        Map<String, Integer> best = new TreeMap<>();
        for (int a = 0; a < n; a++) {
            if (a == target) {
                continue;
            }
            // Stack frames: (vertex, length, rebuttals, visited mask).
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {a, 0, 0, 1 << a});
            while (!stack.isEmpty()) {
                int[] f = stack.pop();
                if (f[0] == target) {
                    if (f[2] % 2 == parity) {
                        best.merge("k" + a, f[1], Math::min);
                    }
                    continue;
                }
                for (int v = 0; v < n; v++) {
                    if (kind[f[0]][v] != 0 && (f[3] & (1 << v)) == 0) {
                        stack.push(new int[] {v, f[1] + 1, f[2] + (kind[f[0]][v] == 2 ? 1 : 0), f[3] | (1 << v)});
                    }
                }
            }
        }
        return best;
    }

    /**
     * For each claim a, the smallest k such that a walk of length k from a to target has the given
     * parity, from powers of the matrices E (even walks) and O (odd walks). A shortest walk of a
     * given parity visits each (claim, parity) state at most once, so k never exceeds 2n.
     */
    private static Map<String, Integer> walks(int[][] kind, int target, int parity) {
        int n = kind.length;
        boolean[][] even = new boolean[n][n];
        boolean[][] odd = new boolean[n][n];
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                even[u][v] = kind[u][v] == 1;
                odd[u][v] = kind[u][v] == 2;
            }
        }
        Map<String, Integer> best = new HashMap<>();
        boolean[][] e = even;
        boolean[][] o = odd;
        for (int k = 1; k <= 2 * n; k++) {
            for (int a = 0; a < n; a++) {
                boolean hit = parity == 0 ? e[a][target] : o[a][target];
                if (a != target && hit) {
                    best.putIfAbsent("k" + a, k);
                }
            }
            // Walks one longer: extend by one relation at the end.
            boolean[][] ne = new boolean[n][n];
            boolean[][] no = new boolean[n][n];
            for (int u = 0; u < n; u++) {
                for (int w = 0; w < n; w++) {
                    for (int v = 0; v < n; v++) {
                        ne[u][v] |= (e[u][w] && even[w][v]) || (o[u][w] && odd[w][v]);
                        no[u][v] |= (e[u][w] && odd[w][v]) || (o[u][w] && even[w][v]);
                    }
                }
            }
            e = ne;
            o = no;
        }
        return new TreeMap<>(best);
    }

    @Test
    void caseForAndAgainst_onAcyclicMaps_matchEverySimplePathsParity() {
        Random rnd = new Random(20260516);
        int checked = 0;
        for (int m = 0; m < MAPS; m++) {
            int n = 2 + rnd.nextInt(6);
            int[][] kind = randomKinds(rnd, n, true);
            Traversal t = Traversal.of(toMap(kind));
            for (int c = 0; c < n; c++) {
                assertThat(depths(t.caseFor("k" + c))).as("for k%d of %s", c, Arrays.deepToString(kind))
                        .isEqualTo(simplePaths(kind, c, 0));
                assertThat(depths(t.caseAgainst("k" + c))).as("against k%d of %s", c, Arrays.deepToString(kind))
                        .isEqualTo(simplePaths(kind, c, 1));
                checked += t.caseFor("k" + c).size() + t.caseAgainst("k" + c).size();
            }
        }
        assertThat(checked).as("the random maps are not all empty").isGreaterThan(500);
    }

    @Test
    void caseForAndAgainst_onCyclicMaps_matchWalkParityByMatrixPowers() {
        Random rnd = new Random(17);
        int both = 0;
        for (int m = 0; m < MAPS; m++) {
            int n = 2 + rnd.nextInt(5);
            int[][] kind = randomKinds(rnd, n, false);
            Traversal t = Traversal.of(toMap(kind));
            for (int c = 0; c < n; c++) {
                Map<String, Integer> pro = depths(t.caseFor("k" + c));
                Map<String, Integer> con = depths(t.caseAgainst("k" + c));
                assertThat(pro).as("for k%d of %s", c, Arrays.deepToString(kind)).isEqualTo(walks(kind, c, 0));
                assertThat(con).as("against k%d of %s", c, Arrays.deepToString(kind)).isEqualTo(walks(kind, c, 1));
                both += (int) pro.keySet().stream().filter(con::containsKey).count();
            }
        }
        assertThat(both).as("cycles put some claims in both cases").isGreaterThan(0);
    }

    @Test
    void reasonRows_formATreeWhoseParentsComeFirst() {
        Random rnd = new Random(5);
        for (int m = 0; m < MAPS; m++) {
            int n = 2 + rnd.nextInt(6);
            int[][] kind = randomKinds(rnd, n, rnd.nextBoolean());
            Traversal t = Traversal.of(toMap(kind));
            for (int c = 0; c < n; c++) {
                Map<String, Integer> pro = depths(t.caseFor("k" + c));
                Map<String, Integer> con = depths(t.caseAgainst("k" + c));
                for (int parity = 0; parity < 2; parity++) {
                    List<Reason> rows = parity == 0 ? t.caseFor("k" + c) : t.caseAgainst("k" + c);
                    int last = 0;
                    for (Reason r : rows) {
                        assertThat(r.depth()).isGreaterThanOrEqualTo(last);
                        last = r.depth();
                        assertThat(r.via().source()).isEqualTo(r.claim().id());
                        int parentParity = parity ^ (r.via().isRebuttal() ? 1 : 0);
                        if (r.depth() == 1) {
                            assertThat(r.via().to()).isEqualTo("k" + c);
                            assertThat(parentParity).isZero();
                        } else if (r.via().to().equals("k" + c)) {
                            // Back at the target by an odd circle: the target is in no list of its own.
                            assertThat(parentParity).isOne();
                        } else {
                            Map<String, Integer> parents = parentParity == 0 ? pro : con;
                            assertThat(parents.get(r.via().to())).isEqualTo(r.depth() - 1);
                        }
                    }
                }
            }
        }
    }
}
