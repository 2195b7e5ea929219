package io.github.argmap.api.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written solver against truth tables on thousands of small random CNFs: satisfiability
 * with and without assumptions, every model it returns, and the models counted by the same
 * decision-splitting {@link Enumeration} uses, each call resuming from the previous trail.
 */
class CdclTest {
    @Test
    void answersAndModelsAgreeWithTruthTables_underAssumptionsToo() {
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            int vars = 1 + random.nextInt(10);
            List<int[]> clauses = randomClauses(random, vars);
            Cdcl solver = solver(vars, clauses);
            int[] assumptions = new int[random.nextInt(3)];
            for (int k = 0; k < assumptions.length; k++) {
                int v = 1 + random.nextInt(vars);
                assumptions[k] = random.nextBoolean() ? v : -v;
            }
            for (int[] asked : List.of(new int[0], assumptions, new int[0])) {
                boolean sat = solver.solve(asked);
                assertThat(sat).as("round " + round).isEqualTo(count(vars, clauses, asked) > 0);
                if (sat) {
                    assertThat(satisfies(solver, clauses, asked)).as("round " + round).isTrue();
                }
            }
        }
    }

    @Test
    void splittingOnDecisionsCountsEveryModelOnce() {
        Random random = new Random(11);
        for (int round = 0; round < 1500; round++) {
            int vars = 1 + random.nextInt(10);
            List<int[]> clauses = randomClauses(random, vars);
            Cdcl solver = solver(vars, clauses);
            assertThat(split(solver, new int[0])).as("round " + round).isEqualTo(count(vars, clauses, new int[0]));
        }
    }

    /** Models under a prefix: one, then the branches off each of its decisions, recursively. */
    private static long split(Cdcl solver, int[] prefix) {
        if (!solver.solve(prefix)) {
            return 0;
        }
        int[] decisions = solver.decisions();
        long found = 1;
        for (int i = 0; i < decisions.length; i++) {
            int[] branch = java.util.Arrays.copyOf(prefix, prefix.length + i + 1);
            System.arraycopy(decisions, 0, branch, prefix.length, i);
            branch[prefix.length + i] = -decisions[i];
            found += split(solver, branch);
        }
        return found;
    }

    private static List<int[]> randomClauses(Random random, int vars) {
        List<int[]> clauses = new ArrayList<>();
        int m = random.nextInt(4 * vars + 1);
        for (int c = 0; c < m; c++) {
            int[] clause = new int[1 + random.nextInt(3)];
            for (int k = 0; k < clause.length; k++) {
                int v = 1 + random.nextInt(vars);
                clause[k] = random.nextBoolean() ? v : -v;
            }
            clauses.add(clause);
        }
        return clauses;
    }

    private static Cdcl solver(int vars, List<int[]> clauses) {
        Cdcl solver = new Cdcl();
        for (int v = 0; v < vars; v++) {
            solver.newVar();
        }
        for (int[] c : clauses) {
            solver.addClause(c);
        }
        return solver;
    }

    private static long count(int vars, List<int[]> clauses, int[] assumptions) {
        long models = 0;
        for (int bits = 0; bits < (1 << vars); bits++) {
            int b = bits;
            boolean all = true;
            for (int[] c : clauses) {
                boolean any = false;
                for (int l : c) {
                    any |= ((b >> (Math.abs(l) - 1)) & 1) == (l > 0 ? 1 : 0);
                }
                all &= any;
            }
            for (int l : assumptions) {
                all &= ((b >> (Math.abs(l) - 1)) & 1) == (l > 0 ? 1 : 0);
            }
            models += all ? 1 : 0;
        }
        return models;
    }

    private static boolean satisfies(Cdcl solver, List<int[]> clauses, int[] assumptions) {
        for (int[] c : clauses) {
            boolean any = false;
            for (int l : c) {
                any |= solver.isTrue(Math.abs(l)) == l > 0;
            }
            if (!any) {
                return false;
            }
        }
        for (int l : assumptions) {
            if (solver.isTrue(Math.abs(l)) != l > 0) {
                return false;
            }
        }
        return true;
    }
}
