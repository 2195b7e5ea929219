package io.github.argmap.api.semantics;

import io.github.argmap.api.internal.ClaimEdges;
import io.github.argmap.api.internal.IntPairs;
import io.github.argmap.api.internal.IntRows;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gradual semantics: how strong each claim is, as a number in [0, 1], rather than in or out.
 *
 * <p><b>h-categorizer</b> (Besnard and Hunter 2001): {@code s(a) = 1 / (1 + Σ s(b))} over the
 * attackers {@code b} of {@code a}; unattacked arguments have strength 1. On an acyclic framework
 * the values are exact, computed once each in topological order. On a cyclic one they are the
 * limit of the Jacobi iteration from {@code s = 1}, which converges on every framework (Pu et al.
 * 2014); it stops when two successive iterates differ by less than {@link #TOLERANCE} in max-norm,
 * or after {@link #MAX_ITERATIONS} iterations with {@link Strengths#converged()} false.
 *
 * <p><b>DF-QuAD</b> (Rago, Toni, Aurisicchio and Baroni, KR 2016), on the map's quantitative
 * bipolar framework: each claim has a base score {@code v0} (its {@link Claim#weight()}, else
 * {@link #DEFAULT_BASE_SCORE}); the strengths of its rebutters and of its supporters are each
 * aggregated by {@code F(v1..vn) = 1 − Π(1 − vi)} ({@code 0} for none) into {@code va} and
 * {@code vs}; its strength is {@code v0 − v0·(va − vs)} when {@code va ≥ vs} and
 * {@code v0 + (1 − v0)·(vs − va)} otherwise. Supports and rebuttals are both edges of the map's
 * graph; when that graph is acyclic the values are exact in one pass in topological order (Kahn's
 * algorithm over int arrays, as for the h-categorizer). Otherwise the Jacobi iteration
 * starts from the base scores, with the same tolerance and limit as above; DF-QuAD need not
 * converge on cycles (it can oscillate), and {@link Strengths#converged()} then says so.
 *
 * <pre>{@code
 * Strengths quad = Strength.dfQuad(map);
 * Strengths hcat = Strength.hCategorizer(map, SupportReading.ATTACK_ONLY);
 * quad.values().forEach((id, s) -> System.out.printf("%s %.3f%n", id, s)); // map order
 * }</pre>
 */
public final class Strength {
    /** Iteration stops when successive iterates differ by less than this, in max-norm. */
    public static final double TOLERANCE = 1e-9;
    /** Iteration stops, not converged, after this many iterations. */
    public static final int MAX_ITERATIONS = 10_000;
    /** DF-QuAD's base score for a claim without a weight. */
    public static final double DEFAULT_BASE_SCORE = 0.5;

    private Strength() {}

    /**
     * The h-categorizer strength of every claim of a map.
     *
     * @param map the map
     * @param reading how supports become attacks
     * @return the strengths in map order, with the reading
     */
    public static Strengths hCategorizer(ArgumentMap map, SupportReading reading) {
        MapFramework mf = MapFramework.of(map, reading);
        return hCategorizer(mf.framework(), Optional.of(reading));
    }

    /**
     * The h-categorizer strength of every argument of a framework.
     *
     * @param af the framework
     * @return the strengths in framework order, with no reading
     */
    public static Strengths hCategorizer(ArgumentationFramework af) {
        return hCategorizer(af, Optional.empty());
    }

    private static Strengths hCategorizer(ArgumentationFramework af, Optional<SupportReading> reading) {
        int n = af.size();
        int[] inStart = af.attackersStart;
        int[] attackers = af.attackers;
        double[] s = new double[n];
        int[] order = topologicalOrder(af);
        int iterations = 0;
        boolean converged = true;
        if (order != null) {
            for (int a : order) {
                double sum = 0;
                for (int k = inStart[a]; k < inStart[a + 1]; k++) {
                    sum += s[attackers[k]];
                }
                s[a] = 1 / (1 + sum);
            }
        } else {
            Arrays.fill(s, 1.0);
            double[] next = new double[n];
            converged = false;
            while (!converged && iterations < MAX_ITERATIONS) {
                double change = 0;
                for (int a = 0; a < n; a++) {
                    double sum = 0;
                    for (int k = inStart[a]; k < inStart[a + 1]; k++) {
                        sum += s[attackers[k]];
                    }
                    next[a] = 1 / (1 + sum);
                    change = Math.max(change, Math.abs(next[a] - s[a]));
                }
                double[] swap = s;
                s = next;
                next = swap;
                iterations++;
                converged = change < TOLERANCE;
            }
        }
        Map<String, Double> values = new LinkedHashMap<>(Math.max(16, 2 * n));
        for (int a = 0; a < n; a++) {
            values.put(af.id(a), s[a]);
        }
        return new Strengths(Strengths.Method.H_CATEGORIZER, reading, values, converged, iterations);
    }

    /** Kahn's algorithm on the attack graph; {@code null} when it has a cycle (self-attacks included). */
    private static int[] topologicalOrder(ArgumentationFramework af) {
        int n = af.size();
        int[] pending = new int[n];
        int[] order = new int[n];
        int tail = 0;
        for (int a = 0; a < n; a++) {
            pending[a] = af.attackersStart[a + 1] - af.attackersStart[a];
            if (pending[a] == 0) {
                order[tail++] = a;
            }
        }
        for (int head = 0; head < tail; head++) {
            int a = order[head];
            for (int k = af.attackedStart[a]; k < af.attackedStart[a + 1]; k++) {
                if (--pending[af.attacked[k]] == 0) {
                    order[tail++] = af.attacked[k];
                }
            }
        }
        return tail == n ? order : null;
    }

    /**
     * The DF-QuAD strength of every claim of a map, with base scores from the claims' weights
     * (or {@link #DEFAULT_BASE_SCORE}).
     *
     * <p>The reading reported is {@link SupportReading#BIPOLAR}: DF-QuAD weighs supports and
     * rebuttals directly, without turning supports into attacks.
     *
     * @param map the map
     * @return the strengths in map order
     */
    public static Strengths dfQuad(ArgumentMap map) {
        List<Claim> claims = map.claims();
        int claimCount = claims.size();
        Map<String, Integer> index = new HashMap<>(Math.max(16, 2 * claimCount));
        for (int i = 0; i < claimCount; i++) {
            index.put(claims.get(i).id(), i);
        }
        Qbaf q = Qbaf.of(map, index);
        int n = q.size;
        double[] base = new double[n];
        Arrays.fill(base, 1.0);
        for (int i = 0; i < claimCount; i++) {
            base[i] = claims.get(i).weight().orElse(DEFAULT_BASE_SCORE);
        }
        // Incoming attacks and supports of each node, as compressed rows; an inference's premises are
        // its supports here, which its step reads as the weakest of them.
        int[] attStart = new int[n + 1];
        int[] supStart = new int[n + 1];
        for (int k = 0; k < q.edges.size; k++) {
            (q.attack.get(k) ? attStart : supStart)[q.edges.to[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            attStart[i + 1] += attStart[i];
            supStart[i + 1] += supStart[i];
        }
        int[] att = new int[attStart[n]];
        int[] sup = new int[supStart[n]];
        int[] attCursor = Arrays.copyOf(attStart, n);
        int[] supCursor = Arrays.copyOf(supStart, n);
        for (int k = 0; k < q.edges.size; k++) {
            int to = q.edges.to[k];
            if (q.attack.get(k)) {
                att[attCursor[to]++] = q.edges.from[k];
            } else {
                sup[supCursor[to]++] = q.edges.from[k];
            }
        }
        double[] s = new double[n];
        int iterations = 0;
        boolean converged = true;
        int[] order = topologicalOrder(n, attStart, att, supStart, sup);
        if (order != null) {
            for (int a : order) {
                s[a] = a < claimCount
                        ? dfQuadStep(base[a], s, att, attStart[a], attStart[a + 1], sup, supStart[a], supStart[a + 1])
                        : inferenceStep(s, att, attStart[a], attStart[a + 1], sup, supStart[a], supStart[a + 1]);
            }
        } else {
            s = base.clone();
            double[] next = new double[n];
            converged = false;
            while (!converged && iterations < MAX_ITERATIONS) {
                double change = 0;
                for (int a = 0; a < n; a++) {
                    next[a] = a < claimCount
                            ? dfQuadStep(base[a], s, att, attStart[a], attStart[a + 1], sup, supStart[a], supStart[a + 1])
                            : inferenceStep(s, att, attStart[a], attStart[a + 1], sup, supStart[a], supStart[a + 1]);
                    change = Math.max(change, Math.abs(next[a] - s[a]));
                }
                double[] swap = s;
                s = next;
                next = swap;
                iterations++;
                converged = change < TOLERANCE;
            }
        }
        Map<String, Double> values = new LinkedHashMap<>(Math.max(16, 2 * claimCount));
        for (int a = 0; a < claimCount; a++) {
            values.put(claims.get(a).id(), s[a]);
        }
        return new Strengths(Strengths.Method.DF_QUAD, Optional.of(SupportReading.BIPOLAR), values, converged, iterations);
    }

    /**
     * Kahn's algorithm over both kinds of relation, given as incoming rows; {@code null} when they
     * form a cycle. Any topological order gives the same values, as each claim's depends only on
     * those before it.
     */
    private static int[] topologicalOrder(int n, int[] attStart, int[] att, int[] supStart, int[] sup) {
        int[] outStart = new int[n + 1];
        for (int k = 0; k < att.length; k++) {
            outStart[att[k] + 1]++;
        }
        for (int k = 0; k < sup.length; k++) {
            outStart[sup[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
        }
        int[] out = new int[att.length + sup.length];
        int[] cursor = Arrays.copyOf(outStart, n);
        int[] pending = new int[n];
        for (int t = 0; t < n; t++) {
            for (int k = attStart[t]; k < attStart[t + 1]; k++) {
                out[cursor[att[k]]++] = t;
            }
            for (int k = supStart[t]; k < supStart[t + 1]; k++) {
                out[cursor[sup[k]]++] = t;
            }
            pending[t] = attStart[t + 1] - attStart[t] + supStart[t + 1] - supStart[t];
        }
        int[] order = IntRows.topologicalOrder(n, outStart, out, pending);
        return order.length == n ? order : null;
    }

    private static double dfQuadStep(double v0, double[] s, int[] att, int attFrom, int attTo,
            int[] sup, int supFrom, int supTo) {
        double va = aggregate(s, att, attFrom, attTo);
        double vs = aggregate(s, sup, supFrom, supTo);
        return va >= vs ? v0 - v0 * (va - vs) : v0 + (1 - v0) * (vs - va);
    }

    /**
     * An inference's strength: as strong as its weakest premise (Pollock's weakest link), and
     * weakened by its undercutters as DF-QuAD weakens an argument of base score 1 by its attackers.
     */
    private static double inferenceStep(double[] s, int[] att, int attFrom, int attTo, int[] sup, int supFrom, int supTo) {
        double weakest = 1;
        for (int k = supFrom; k < supTo; k++) {
            weakest = Math.min(weakest, s[sup[k]]);
        }
        return Math.min(weakest, 1 - aggregate(s, att, attFrom, attTo));
    }

    /**
     * A map as a quantitative bipolar framework: its claims, then one node per inference that is
     * linked or undercut. A relation with such a node reaches its target through it; the node's
     * premises and undercutters reach the node. An argument node stands for its conclusion.
     */
    private static final class Qbaf {
        int size;
        final IntPairs edges = new IntPairs();
        final BitSet attack = new BitSet();

        private void add(int from, int to, boolean isAttack) {
            if (isAttack) {
                attack.set(edges.size);
            }
            edges.add(from, to);
        }

        static Qbaf of(ArgumentMap map, Map<String, Integer> claimIndex) {
            Qbaf q = new Qbaf();
            q.size = claimIndex.size();
            List<Relation> relations = map.relations();
            Set<String> undercut = new HashSet<>();
            for (Relation r : relations) {
                if (r.isUndercut()) {
                    undercut.add(r.to());
                }
            }
            Map<String, Integer> node = new HashMap<>();
            for (Relation r : relations) {
                String id = map.idOf(r);
                if (r.isLinked() || undercut.contains(id)) {
                    node.put(id, q.size++);
                }
            }
            for (Relation r : relations) {
                Integer self = node.get(map.idOf(r));
                Integer target = r.isUndercut() ? node.get(r.to()) : ClaimEdges.claimIndex(map, claimIndex, r.to());
                List<Integer> premises = new ArrayList<>();
                for (String p : r.from()) {
                    Integer c = ClaimEdges.claimIndex(map, claimIndex, p);
                    if (c != null && !premises.contains(c)) {
                        premises.add(c);
                    }
                }
                if (self != null) {
                    for (int p : premises) {
                        q.add(p, self, false);
                    }
                }
                if (target == null || premises.isEmpty()) {
                    continue;
                }
                boolean isAttack = !r.isSupport();
                if (self != null) {
                    q.add(self, target, isAttack);
                } else {
                    for (int p : premises) {
                        if (p != target) {
                            q.add(p, target, isAttack);
                        }
                    }
                }
            }
            return q;
        }

    }


    /** DF-QuAD's F: the probabilistic sum {@code 1 − Π(1 − vi)}, 0 for no arguments. */
    private static double aggregate(double[] s, int[] row, int from, int to) {
        double product = 1;
        for (int k = from; k < to; k++) {
            product *= 1 - s[row[k]];
        }
        return 1 - product;
    }
}
