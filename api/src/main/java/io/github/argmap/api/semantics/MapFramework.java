package io.github.argmap.api.semantics;

import io.github.argmap.api.internal.ClaimEdges;
import static io.github.argmap.api.internal.Messages.format;

import io.github.argmap.api.internal.IntRows;
import io.github.argmap.api.internal.Messages;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The abstract framework of an argument map under one {@link SupportReading}: claims become
 * arguments in map order, rebuttals (and, when bipolar, the attacks supports induce) become attacks.
 *
 * <pre>{@code
 * MapFramework mf = MapFramework.of(map, SupportReading.BIPOLAR);
 * List<Extension> preferred = Semantics.PREFERRED.extensions(mf.framework());
 * }</pre>
 *
 * @param framework the framework; argument ids are the claims' ids, argument {@code i} is the
 *     map's claim {@code i}
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
     * @param framework the framework; argument ids are the claims' ids, argument {@code i} is the
     *         map's claim {@code i}
     * @param reading the reading that produced it
     * @throws NullPointerException when a component is {@code null}
     */
    public MapFramework {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(reading, "reading");
    }

    /**
     * Builds a map's framework under the default {@link SupportReading#BIPOLAR} reading.
     *
     * @param map the map
     * @return the framework and its reading
     */
    public static MapFramework of(ArgumentMap map) {
        return of(map, SupportReading.BIPOLAR);
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
        for (Relation r : ClaimEdges.of(map)) {
            (r.isRebuttal() ? attacks : supports).add(index.get(r.source()), index.get(r.to()));
        }
        int direct = attacks.size;
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
        return new MapFramework(ArgumentationFramework.of(ids, attacks.from(), attacks.to()), reading);
    }

    /** A growable list of int pairs. */
    private static final class IntPairs {
        int[] from = new int[16];
        int[] to = new int[16];
        int size;

        void add(int f, int t) {
            if (size == from.length) {
                from = Arrays.copyOf(from, 2 * size);
                to = Arrays.copyOf(to, 2 * size);
            }
            from[size] = f;
            to[size] = t;
            size++;
        }

        int[] from() {
            return Arrays.copyOf(from, size);
        }

        int[] to() {
            return Arrays.copyOf(to, size);
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
