package io.github.argmap.api.semantics;

import io.github.argmap.api.internal.ClaimEdges;
import static io.github.argmap.api.internal.Messages.format;

import io.github.argmap.api.internal.IntPairs;
import io.github.argmap.api.internal.IntRows;
import io.github.argmap.api.internal.Messages;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The abstract framework of an argument map under one {@link SupportReading}: claims become
 * arguments in map order, rebuttals (and, when bipolar, the attacks supports induce) become attacks,
 * and each inference that is undercut or linked becomes an argument of its own after the claims.
 *
 * <p>Undercuts follow the standard translation of AIF and ASPIC+ (Bex, Prakken, Reed and Walton,
 * "Towards a formal account of reasoning about evidence", 2003; Modgil and Prakken 2014): a
 * relation that is undercut, and a rebuttal or undercut with linked premises, becomes an argument
 * named by the relation's id ({@code "relation:" + id} if a claim already has that id). That argument
 * attacks the rebuttal's target (or, for an undercut, the inference it undercuts); its undercutters
 * and whatever attacks one of its premises attack it. An undercut support gives no support, so the
 * bipolar reading never carries an attack along a contested inference. Argument nodes stand for their
 * conclusions. docs/semantics.md works examples by hand.
 *
 * <pre>{@code
 * MapFramework mf = MapFramework.of(map, SupportReading.ATTACK_ONLY);
 * List<Extension> preferred = Semantics.PREFERRED.extensions(mf.framework());
 * }</pre>
 *
 * @param framework the framework; argument {@code i} is the map's claim {@code i} for
 *     {@code i < claims().size()}, after which come the inferences' arguments
 * @param reading the reading that produced it
 */
public record MapFramework(ArgumentationFramework framework, SupportReading reading) {
    /**
     * The most attacks a map's framework may have. The bipolar reading can derive an attack for
     * every pair of claims (a rebuttal at the end of a chain of n supports gives n attacks, n such
     * rebuttals give n squared), so it is bounded: 20 million attacks take about 0.5 GB.
     */
    public static final int MAX_ATTACKS = 20_000_000;

    /**
     * Checks that no component is {@code null}.
     *
     * @param framework the framework; argument {@code i} is the map's claim {@code i} for
     *         {@code i < claims().size()}, after which come the inferences' arguments
     * @param reading the reading that produced it
     * @throws NullPointerException when a component is {@code null}
     */
    public MapFramework {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(reading, "reading");
    }

    /**
     * Builds a map's framework under the default reading, {@link SupportReading#defaultReading()}.
     *
     * @param map the map
     * @return the framework and its reading
     */
    public static MapFramework of(ArgumentMap map) {
        return of(map, SupportReading.defaultReading());
    }

    /**
     * Builds a map's framework.
     *
     * @param map the map
     * @param reading how supports are read
     * @return the framework and its reading
     */
    public static MapFramework of(ArgumentMap map, SupportReading reading) {
        return of(map, reading, MAX_ATTACKS);
    }

    /** As {@link #of(ArgumentMap, SupportReading)}, with the bound on attacks given, for tests. */
    static MapFramework of(ArgumentMap map, SupportReading reading, int maxAttacks) {
        List<Claim> claims = map.claims();
        int n = claims.size();
        List<String> ids = new ArrayList<>(n);
        Map<String, Integer> index = new HashMap<>(Math.max(16, 2 * n));
        for (Claim claim : claims) {
            index.put(claim.id(), ids.size());
            ids.add(claim.id());
        }
        IntPairs attacks = new IntPairs();
        IntPairs supports = new IntPairs();
        if (map.arguments().isEmpty() && map.relations().stream().noneMatch(r -> r.isUndercut() || r.isLinked())) {
            // The common case: every relation is one claim-to-claim edge.
            for (Relation r : map.relations()) {
                (r.isRebuttal() ? attacks : supports).add(index.get(r.source()), index.get(r.to()));
            }
        } else {
            inferences(map, index, ids, attacks, supports);
        }
        int direct = attacks.size;
        if (reading == SupportReading.BIPOLAR && supports.size > 0 && ids.size() > n) {
            // Derived attacks run between claims only; an inference's own argument attacks and is
            // attacked as given. The claims' attacks go first, so the loop below reads them alone.
            IntPairs claimAttacks = new IntPairs();
            IntPairs inferenceAttacks = new IntPairs();
            for (int k = 0; k < attacks.size; k++) {
                (attacks.from[k] < n && attacks.to[k] < n ? claimAttacks : inferenceAttacks).add(attacks.from[k], attacks.to[k]);
            }
            direct = claimAttacks.size;
            attacks = claimAttacks;
            for (int k = 0; k < inferenceAttacks.size; k++) {
                attacks.add(inferenceAttacks.from[k], inferenceAttacks.to[k]);
            }
        }
        if (reading == SupportReading.BIPOLAR && supports.size > 0) {
            SupportChains chains = new SupportChains(n, supports);
            for (int k = 0; k < direct; k++) {
                int b = attacks.from[k];
                int c = attacks.to[k];
                int[] supporters = chains.supportersOf(b);
                int[] supported = chains.supportedBy(c);
                if ((long) attacks.size + supporters.length + supported.length > maxAttacks) {
                    throw new IllegalArgumentException(format(Messages.BIPOLAR_TOO_MANY_ATTACKS, map.title(), maxAttacks));
                }
                for (int a : supporters) {
                    attacks.add(a, c);
                }
                for (int d : supported) {
                    attacks.add(b, d);
                }
            }
        }
        return new MapFramework(ArgumentationFramework.of(ids, attacks.froms(), attacks.tos()), reading);
    }

    /**
     * The attacks and supports of a map with linked relations, undercuts or argument nodes.
     *
     * <p>The rule (the standard translation of AIF and ASPIC+; see docs/semantics.md): an argument
     * node stands for its conclusion. A rebuttal with one premise that nothing undercuts is an attack
     * from the premise. A rebuttal or undercut that is linked or undercut, and a support that is
     * undercut, becomes an argument of its own, named by the relation's id, which stands for the
     * inference: it is attacked by its undercutters and by whatever attacks one of its premises, and
     * it attacks the rebuttal's target (or, for an undercut, the inference it undercuts). A support
     * that something undercuts is left out of the supports, so the bipolar reading does not carry
     * attacks along a contested inference.
     */
    private static void inferences(ArgumentMap map, Map<String, Integer> index, List<String> ids, IntPairs attacks,
            IntPairs supports) {
        List<Relation> relations = map.relations();
        Set<String> undercut = new HashSet<>();
        for (Relation r : relations) {
            if (r.isUndercut()) {
                undercut.add(r.to());
            }
        }
        // Every relation that needs an argument of its own gets one, after the claims.
        Map<String, Integer> inference = new LinkedHashMap<>();
        for (Relation r : relations) {
            String id = map.idOf(r);
            boolean needs = undercut.contains(id) || (r.isLinked() && !r.isSupport());
            if (needs) {
                String name = index.containsKey(id) || inference.containsKey(id) ? "relation:" + id : id;
                inference.put(id, ids.size());
                ids.add(name);
            }
        }
        IntPairs onPremises = new IntPairs(); // (premise claim, inference argument): attackers of the one attack the other
        for (Relation r : relations) {
            String id = map.idOf(r);
            Integer self = inference.get(id);
            List<Integer> premises = new ArrayList<>(r.from().size());
            for (String p : r.from()) {
                Integer c = ClaimEdges.claimIndex(map, index, p);
                if (c != null && !premises.contains(c)) {
                    premises.add(c);
                }
            }
            Integer target = r.isUndercut() ? inference.get(r.to()) : ClaimEdges.claimIndex(map, index, r.to());
            if (self != null) {
                for (int p : premises) {
                    onPremises.add(p, self);
                }
            }
            if (target == null || premises.isEmpty()) {
                continue;
            }
            if (r.isSupport()) {
                if (self == null) {
                    for (int p : premises) {
                        if (p != target) {
                            supports.add(p, target);
                        }
                    }
                }
            } else if (self != null) {
                attacks.add(self, target);
            } else {
                for (int p : premises) {
                    attacks.add(p, target);
                }
            }
        }
        // Attacks on a premise are attacks on the inferences that rest on it (one step: what attacks
        // the premise, not what attacks its attackers).
        if (onPremises.size > 0) {
            int[][] attackersOf = IntRows.group(ids.size(), attacks.to, attacks.from, attacks.size);
            for (int k = 0; k < onPremises.size; k++) {
                int p = onPremises.from[k];
                for (int a = attackersOf[0][p]; a < attackersOf[0][p + 1]; a++) {
                    attacks.add(attackersOf[1][a], onPremises.to[k]);
                }
            }
        }
    }


    /**
     * Transitive support, by breadth-first search over int adjacency with an explicit queue, one
     * search per claim asked about and remembered, so a chain of a million supports needs no stack.
     */
    private static final class SupportChains {
        private final int n;
        private final int[] forwardStart;
        private final int[] forward;
        private final int[] backwardStart;
        private final int[] backward;
        private final int[][] up;
        private final int[][] down;
        private final int[] seen;
        private final int[] queue;
        private int stamp;

        SupportChains(int n, IntPairs supports) {
            this.n = n;
            int[][] forwardRows = IntRows.group(n, supports.from, supports.to, supports.size);
            int[][] backwardRows = IntRows.group(n, supports.to, supports.from, supports.size);
            this.forwardStart = forwardRows[0];
            this.forward = forwardRows[1];
            this.backwardStart = backwardRows[0];
            this.backward = backwardRows[1];
            this.up = new int[n][];
            this.down = new int[n][];
            this.seen = new int[n];
            this.queue = new int[n];
        }

        /** Claims with a chain of one or more supports to {@code b}. */
        int[] supportersOf(int b) {
            if (up[b] == null) {
                up[b] = reach(b, backwardStart, backward);
            }
            return up[b];
        }

        /** Claims {@code b} reaches through a chain of one or more supports. */
        int[] supportedBy(int b) {
            if (down[b] == null) {
                down[b] = reach(b, forwardStart, forward);
            }
            return down[b];
        }

        private int[] reach(int source, int[] start, int[] row) {
            stamp++;
            int head = 0;
            int tail = 0;
            // The source itself is reached only when a support cycle leads back to it.
            for (int k = start[source]; k < start[source + 1]; k++) {
                int next = row[k];
                if (seen[next] != stamp) {
                    seen[next] = stamp;
                    queue[tail++] = next;
                }
            }
            while (head < tail) {
                int x = queue[head++];
                for (int k = start[x]; k < start[x + 1]; k++) {
                    int next = row[k];
                    if (seen[next] != stamp) {
                        seen[next] = stamp;
                        queue[tail++] = next;
                    }
                }
            }
            return Arrays.copyOf(queue, tail);
        }
    }
}
