package io.github.argmap.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Extension;
import io.github.argmap.api.semantics.Labelling;
import io.github.argmap.api.semantics.MapFramework;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.summary.ClaimRef;
import io.github.argmap.api.summary.JsonSummary;
import io.github.argmap.api.summary.MarkdownSummary;
import io.github.argmap.api.summary.Summary;
import io.github.argmap.api.traverse.Direction;
import io.github.argmap.api.traverse.Order;
import io.github.argmap.api.traverse.Reason;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Small random maps full of tangles — mutual rebuttals, support circles, claims that end up
 * attacking themselves under the bipolar reading — against brute force written here: every subset
 * of arguments checked against Dung's definitions, reachability by Floyd–Warshall, shortest chains
 * by repeated relaxation. Seeds are fixed and every failure names its seed.
 */
@Timeout(120)
class RandomTanglesTest {
    private static final int MAPS = 300;

    /** A random map of up to 9 claims; each ordered pair is a relation with the given chance. */
    static ArgumentMap randomMap(long seed) {
        Random r = new Random(seed);
        int n = r.nextInt(10);
        double p = 0.1 + 0.4 * r.nextDouble();
        ArgumentMap.Builder b = ArgumentMap.builder().title("tangle " + seed);
        for (int i = 0; i < n; i++) {
            b.addClaim(Claim.of("c" + i, "claim " + i));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && r.nextDouble() < p) {
                    b.addRelation(Relation.of("c" + i, "c" + j, r.nextBoolean() ? RelationKind.SUPPORT : RelationKind.REBUTTAL));
                }
            }
        }
        return b.build();
    }

    /** kind[i][j]: 0 none, 1 support, 2 rebuttal. */
    private static int[][] kinds(ArgumentMap map) {
        int n = map.claims().size();
        int[][] k = new int[n][n];
        for (Relation rel : map.relations()) {
            k[idx(rel.source())][idx(rel.to())] = rel.isSupport() ? 1 : 2;
        }
        return k;
    }

    private static int idx(String id) {
        return Integer.parseInt(id.substring(1));
    }

    /** reach[i][j]: a chain of one or more relations of the given kinds leads from i to j. */
    private static boolean[][] closure(int[][] kind, boolean supports, boolean rebuttals) {
        int n = kind.length;
        boolean[][] reach = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                reach[i][j] = (supports && kind[i][j] == 1) || (rebuttals && kind[i][j] == 2);
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    reach[i][j] |= reach[i][k] && reach[k][j];
                }
            }
        }
        return reach;
    }

    /** The attacks a framework should have, straight from SupportReading's definitions. */
    private static boolean[][] attacks(int[][] kind, SupportReading reading) {
        int n = kind.length;
        boolean[][] sup = closure(kind, true, false);
        boolean[][] att = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int c = 0; c < n; c++) {
                att[a][c] = kind[a][c] == 2;
                if (reading == SupportReading.BIPOLAR) {
                    for (int b = 0; b < n; b++) {
                        att[a][c] |= (sup[a][b] && kind[b][c] == 2) || (kind[a][b] == 2 && sup[b][c]);
                    }
                }
            }
        }
        return att;
    }

    private static boolean member(int set, int a) {
        return (set >> a & 1) == 1;
    }

    private static boolean conflictFree(boolean[][] att, int set) {
        for (int a = 0; a < att.length; a++) {
            for (int b = 0; b < att.length; b++) {
                if (member(set, a) && member(set, b) && att[a][b]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean defends(boolean[][] att, int set, int a) {
        for (int b = 0; b < att.length; b++) {
            if (att[b][a]) {
                boolean countered = false;
                for (int c = 0; c < att.length; c++) {
                    countered |= member(set, c) && att[c][b];
                }
                if (!countered) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every extension of a semantics, as bit sets, by checking all subsets. */
    private static Set<Integer> bruteForce(boolean[][] att, Semantics s) {
        int n = att.length;
        List<Integer> complete = new ArrayList<>();
        Set<Integer> stable = new TreeSet<>();
        for (int set = 0; set < 1 << n; set++) {
            if (!conflictFree(att, set)) {
                continue;
            }
            boolean admissible = true;
            boolean closed = true;
            boolean attacksRest = true;
            for (int a = 0; a < n; a++) {
                boolean defended = defends(att, set, a);
                if (member(set, a)) {
                    admissible &= defended;
                } else {
                    closed &= !defended;
                    boolean hit = false;
                    for (int b = 0; b < n; b++) {
                        hit |= member(set, b) && att[b][a];
                    }
                    attacksRest &= hit;
                }
            }
            if (admissible && closed) {
                complete.add(set);
            }
            if (attacksRest) {
                stable.add(set);
            }
        }
        Set<Integer> out = new TreeSet<>();
        switch (s) {
            case GROUNDED:
                for (int c : complete) {
                    boolean least = complete.stream().allMatch(d -> (c & d) == c);
                    if (least) {
                        out.add(c);
                    }
                }
                return out;
            case COMPLETE:
                out.addAll(complete);
                return out;
            case PREFERRED:
                for (int c : complete) {
                    if (complete.stream().noneMatch(d -> d != c && (c & d) == c)) {
                        out.add(c);
                    }
                }
                return out;
            default:
                return stable;
        }
    }

    private static int bits(Extension e) {
        int set = 0;
        for (int a : e.indices()) {
            set |= 1 << a;
        }
        return set;
    }

    @Test
    void dungSemantics_onRandomTangles_matchBruteForce() {
        for (long seed = 0; seed < MAPS; seed++) {
            ArgumentMap map = randomMap(seed);
            int n = map.claims().size();
            for (SupportReading reading : SupportReading.values()) {
                String where = "seed " + seed + ", " + reading;
                boolean[][] att = attacks(kinds(map), reading);
                ArgumentationFramework af = MapFramework.of(map, reading).framework();
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        assertThat(af.attacks(a, b)).as("%s: attack c%d -> c%d", where, a, b).isEqualTo(att[a][b]);
                    }
                }
                for (Semantics s : Semantics.values()) {
                    Set<Integer> expected = bruteForce(att, s);
                    Set<Integer> actual = s.extensions(af).stream().map(RandomTanglesTest::bits)
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertThat(actual).as("%s: %s extensions", where, s).isEqualTo(expected);
                    Optional<Extension> one = s.someExtension(af);
                    assertThat(one.map(RandomTanglesTest::bits).map(expected::contains).orElse(expected.isEmpty()))
                            .as("%s: %s someExtension", where, s).isTrue();
                    Acceptance acceptance = Acceptance.of(map, s, reading);
                    for (int a = 0; a < n; a++) {
                        final int arg = a;
                        boolean credulous = expected.stream().anyMatch(e -> member(e, arg));
                        boolean sceptical = expected.stream().allMatch(e -> member(e, arg));
                        assertThat(s.credulouslyAccepts(af, a)).as("%s: %s credulous c%d", where, s, a).isEqualTo(credulous);
                        assertThat(s.scepticallyAccepts(af, a)).as("%s: %s sceptical c%d", where, s, a).isEqualTo(sceptical);
                        boolean attackedBySceptical = false;
                        for (int b = 0; b < n; b++) {
                            final int by = b;
                            attackedBySceptical |= att[b][a] && expected.stream().allMatch(e -> member(e, by));
                        }
                        // Grounded reads the labelling: in, out (attacked by the extension), or neither.
                        Status status = s == Semantics.GROUNDED
                                ? (sceptical ? Status.ACCEPTED
                                        : attackedBySceptical ? Status.REJECTED : Status.UNDECIDED)
                                : expected.isEmpty() ? Status.UNDECIDED
                                : sceptical ? Status.ACCEPTED
                                : !credulous || attackedBySceptical ? Status.REJECTED
                                : Status.UNDECIDED;
                        assertThat(acceptance.status("c" + a)).as("%s: %s status of c%d", where, s, a).isEqualTo(status);
                    }
                }
                int grounded = bruteForce(att, Semantics.GROUNDED).iterator().next();
                Labelling l = Semantics.groundedLabelling(af);
                for (int a = 0; a < n; a++) {
                    boolean out = false;
                    for (int b = 0; b < n; b++) {
                        out |= member(grounded, b) && att[b][a];
                    }
                    Status expected = member(grounded, a) ? Status.ACCEPTED : out ? Status.REJECTED : Status.UNDECIDED;
                    assertThat(l.label(a)).as("%s: grounded label of c%d", where, a).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void gradualSemantics_onRandomTangles_reachTheirFixedPoints() {
        for (long seed = 0; seed < MAPS; seed++) {
            ArgumentMap map = randomMap(seed);
            int n = map.claims().size();
            int[][] kind = kinds(map);
            for (SupportReading reading : SupportReading.values()) {
                boolean[][] att = attacks(kind, reading);
                Strengths h = Strength.hCategorizer(map, reading);
                assertThat(h.converged()).as("seed %d %s: h-categorizer converges on every framework", seed, reading).isTrue();
                for (int a = 0; a < n; a++) {
                    double sum = 0;
                    for (int b = 0; b < n; b++) {
                        sum += att[b][a] ? h.of("c" + b) : 0;
                    }
                    assertThat(h.of("c" + a)).as("seed %d %s: h(c%d)", seed, reading, a)
                            .isCloseTo(1 / (1 + sum), org.assertj.core.data.Offset.offset(1e-7));
                }
            }
            Strengths quad = Strength.dfQuad(map);
            boolean cyclic = closureHasCycle(kind);
            if (!cyclic) {
                assertThat(quad.converged()).as("seed %d: DF-QuAD is exact on an acyclic map", seed).isTrue();
                assertThat(quad.iterations()).isZero();
            }
            if (quad.converged()) {
                for (int a = 0; a < n; a++) {
                    double attackProduct = 1;
                    double supportProduct = 1;
                    for (int b = 0; b < n; b++) {
                        attackProduct *= kind[b][a] == 2 ? 1 - quad.of("c" + b) : 1;
                        supportProduct *= kind[b][a] == 1 ? 1 - quad.of("c" + b) : 1;
                    }
                    double va = 1 - attackProduct;
                    double vs = 1 - supportProduct;
                    double expected = va >= vs ? 0.5 - 0.5 * (va - vs) : 0.5 + 0.5 * (vs - va);
                    assertThat(quad.of("c" + a)).as("seed %d: DF-QuAD(c%d)", seed, a)
                            .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-7));
                }
            } else {
                assertThat(quad.iterations()).isEqualTo(Strength.MAX_ITERATIONS);
            }
        }
    }

    private static boolean closureHasCycle(int[][] kind) {
        boolean[][] all = closure(kind, true, true);
        for (int i = 0; i < kind.length; i++) {
            if (all[i][i]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void traversal_onRandomTangles_matchesBruteForce() {
        for (long seed = 0; seed < MAPS; seed++) {
            ArgumentMap map = randomMap(seed);
            int n = map.claims().size();
            int[][] kind = kinds(map);
            Traversal t = Traversal.of(map);
            String where = "seed " + seed;
            // dist[v][p][c]: fewest relations on a chain from v to c with p rebuttals mod 2, by relaxation.
            int inf = Integer.MAX_VALUE / 2;
            for (int c = 0; c < n; c++) {
                int[][] dist = new int[n][2];
                for (int[] row : dist) {
                    java.util.Arrays.fill(row, inf);
                }
                dist[c][0] = 0;
                for (int round = 0; round < 2 * n + 1; round++) {
                    for (int u = 0; u < n; u++) {
                        for (int v = 0; v < n; v++) {
                            if (kind[u][v] != 0) {
                                for (int p = 0; p < 2; p++) {
                                    int q = p ^ (kind[u][v] == 2 ? 1 : 0);
                                    dist[u][q] = Math.min(dist[u][q], dist[v][p] + 1);
                                }
                            }
                        }
                    }
                }
                for (int parity = 0; parity < 2; parity++) {
                    List<Reason> rows = parity == 0 ? t.caseFor("c" + c) : t.caseAgainst("c" + c);
                    Set<String> expected = new TreeSet<>();
                    for (int v = 0; v < n; v++) {
                        if (v != c && dist[v][parity] < inf) {
                            expected.add("c" + v + "@" + dist[v][parity]);
                        }
                    }
                    Set<String> actual = rows.stream().map(r -> r.claim().id() + "@" + r.depth())
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertThat(actual).as("%s: case %s c%d", where, parity == 0 ? "for" : "against", c).isEqualTo(expected);
                }
            }
            boolean[][] all = closure(kind, true, true);
            boolean[][] reb = closure(kind, false, true);
            boolean[][] sup = closure(kind, true, false);
            assertThat(t.rebuttalCycles().stream().map(RandomTanglesTest::idsOf).toList())
                    .as("%s: rebuttal cycles", where).isEqualTo(components(reb));
            for (int a = 0; a < n; a++) {
                final int from = a;
                boolean thesis = java.util.stream.IntStream.range(0, n).allMatch(b -> kind[from][b] == 0);
                boolean evidence = java.util.stream.IntStream.range(0, n).noneMatch(b -> kind[b][from] == 1);
                assertThat(t.theses().stream().anyMatch(c -> c.id().equals("c" + from))).as("%s thesis c%d", where, a).isEqualTo(thesis);
                assertThat(t.evidence().stream().anyMatch(c -> c.id().equals("c" + from))).as("%s evidence c%d", where, a).isEqualTo(evidence);
                for (Direction d : Direction.values()) {
                    for (Order o : Order.values()) {
                        Set<String> reached = t.walk("c" + a, o, d).map(Claim::id).collect(Collectors.toSet());
                        Set<String> expected = new HashSet<>();
                        expected.add("c" + a);
                        boolean[][] undirected = closure(symmetric(kind), true, true);
                        for (int b = 0; b < n; b++) {
                            boolean r = d == Direction.OUTGOING ? all[a][b] : d == Direction.INCOMING ? all[b][a] : undirected[a][b];
                            if (r) {
                                expected.add("c" + b);
                            }
                        }
                        assertThat(reached).as("%s: walk %s %s from c%d", where, o, d, a).isEqualTo(expected);
                    }
                }
                for (int b = 0; b < n; b++) {
                    Optional<List<Relation>> chain = t.shortestChain("c" + a, "c" + b);
                    assertThat(chain.isPresent()).as("%s: chain c%d -> c%d", where, a, b).isEqualTo(a == b || all[a][b]);
                    int expectedLength = a == b ? 0 : shortest(kind, a, b);
                    chain.ifPresent(c -> assertThat(c).hasSize(expectedLength));
                    if (a != b && all[a][b]) {
                        assertThat(t.chains("c" + a, "c" + b, n).get(0)).hasSize(expectedLength);
                    }
                }
            }
            Summary s = Summary.of(map);
            assertThat(s.counts().rebuttalCycles()).isEqualTo(components(reb).size());
            assertThat(s.longestChain().supportCycles().stream().map(c -> c.stream().map(ClaimRef::id).toList()).toList())
                    .as("%s: support cycles", where).isEqualTo(components(sup));
            List<ClaimRef> longest = s.longestChain().claims();
            assertThat(longest.size()).as("%s: longest chain", where).isEqualTo(longestSupportChain(kind, sup));
            for (int k = 1; k < longest.size(); k++) {
                int u = idx(longest.get(k - 1).id());
                int v = idx(longest.get(k).id());
                assertThat(kind[u][v]).as("%s: step %d of the longest chain is a support", where, k).isEqualTo(1);
            }
            assertThat(MarkdownSummary.render(s)).isEqualTo(MarkdownSummary.render(Summary.of(map)));
            assertThat(JsonSummary.render(s)).isEqualTo(JsonSummary.render(Summary.of(map)));
        }
    }

    private static int[][] symmetric(int[][] kind) {
        int n = kind.length;
        int[][] s = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = kind[i][j] != 0 || kind[j][i] != 0 ? 1 : 0;
            }
        }
        return s;
    }

    private static int shortest(int[][] kind, int a, int b) {
        int n = kind.length;
        int[] d = new int[n];
        java.util.Arrays.fill(d, Integer.MAX_VALUE / 2);
        d[a] = 0;
        for (int round = 0; round < n; round++) {
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    if (kind[u][v] != 0) {
                        d[v] = Math.min(d[v], d[u] + 1);
                    }
                }
            }
        }
        return d[b];
    }

    /** Groups of two or more mutually reachable claims, each in claim order, by first claim. */
    private static List<List<String>> components(boolean[][] reach) {
        int n = reach.length;
        List<List<String>> out = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                continue;
            }
            List<String> group = new ArrayList<>();
            group.add("c" + i);
            for (int j = i + 1; j < n; j++) {
                if (reach[i][j] && reach[j][i]) {
                    group.add("c" + j);
                    done[j] = true;
                }
            }
            if (group.size() > 1) {
                out.add(group);
            }
        }
        return out;
    }

    /** Claims on the longest chain of supports between different support circles; 0 for none. */
    private static int longestSupportChain(int[][] kind, boolean[][] sup) {
        int n = kind.length;
        int[] length = new int[n];
        for (int round = 0; round < n; round++) {
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    boolean sameCircle = sup[u][v] && sup[v][u];
                    if (kind[u][v] == 1 && !sameCircle) {
                        length[v] = Math.max(length[v], length[u] + 1);
                    }
                }
            }
        }
        int best = 0;
        for (int l : length) {
            best = Math.max(best, l);
        }
        return best == 0 ? 0 : best + 1;
    }

    private static List<String> idsOf(List<Claim> claims) {
        return claims.stream().map(Claim::id).toList();
    }
}
