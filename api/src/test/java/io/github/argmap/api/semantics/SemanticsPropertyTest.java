package io.github.argmap.api.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Compares every semantics with an exhaustive enumerator that checks the definitions on all 2^n
 * subsets of thousands of small random frameworks: self-attacks, odd and even cycles included.
 */
class SemanticsPropertyTest {
    private static final int FRAMEWORKS = 2500;

    /** The definitions, applied literally to bitmask subsets. */
    private static final class Brute {
        final int n;
        final boolean[][] att;
        final List<Integer> complete = new ArrayList<>();
        final List<Integer> preferred = new ArrayList<>();
        final List<Integer> stable = new ArrayList<>();
        final int grounded;

        Brute(ArgumentationFramework af) {
            n = af.size();
            att = new boolean[n][n];
            for (int a = 0; a < n; a++) {
                for (int b : af.attackedBy(a)) {
                    att[a][b] = true;
                }
            }
            List<Integer> admissible = new ArrayList<>();
            for (int s = 0; s < (1 << n); s++) {
                if (!conflictFree(s)) {
                    continue;
                }
                if (attacksAllOutsiders(s)) {
                    stable.add(s);
                }
                if (!defendsAll(s, s)) {
                    continue;
                }
                admissible.add(s);
                boolean containsDefended = true;
                for (int a = 0; a < n; a++) {
                    if ((s & (1 << a)) == 0 && defendsAll(s, 1 << a)) {
                        containsDefended = false;
                    }
                }
                if (containsDefended) {
                    complete.add(s);
                }
            }
            // Preferred as maximal admissible sets, a different route from the solver's maximal complete.
            for (int s : admissible) {
                boolean maximal = true;
                for (int t : admissible) {
                    if (t != s && (t & s) == s) {
                        maximal = false;
                    }
                }
                if (maximal) {
                    preferred.add(s);
                }
            }
            int least = -1;
            for (int s : complete) {
                boolean below = true;
                for (int t : complete) {
                    if ((t & s) != s) {
                        below = false;
                    }
                }
                if (below) {
                    least = s;
                }
            }
            grounded = least;
        }

        boolean conflictFree(int s) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if ((s & (1 << a)) != 0 && (s & (1 << b)) != 0 && att[a][b]) {
                        return false;
                    }
                }
            }
            return true;
        }

        boolean attacks(int s, int b) {
            for (int a = 0; a < n; a++) {
                if ((s & (1 << a)) != 0 && att[a][b]) {
                    return true;
                }
            }
            return false;
        }

        /** Tells whether {@code s} counter-attacks every attacker of every member of {@code targets}. */
        boolean defendsAll(int s, int targets) {
            for (int t = 0; t < n; t++) {
                if ((targets & (1 << t)) == 0) {
                    continue;
                }
                for (int b = 0; b < n; b++) {
                    if (att[b][t] && !attacks(s, b)) {
                        return false;
                    }
                }
            }
            return true;
        }

        boolean attacksAllOutsiders(int s) {
            for (int b = 0; b < n; b++) {
                if ((s & (1 << b)) == 0 && !attacks(s, b)) {
                    return false;
                }
            }
            return true;
        }

        List<Integer> of(Semantics s) {
            switch (s) {
                case GROUNDED:
                    return List.of(grounded);
                case COMPLETE:
                    return complete;
                case PREFERRED:
                    return preferred;
                default:
                    return stable;
            }
        }
    }

    static ArgumentationFramework random(Random random) {
        int n = random.nextInt(11);
        double p = 0.05 + random.nextDouble() * 0.35;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("x" + i);
        }
        List<Integer> from = new ArrayList<>();
        List<Integer> to = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                // Self-attacks rarer than other attacks, so that not every framework collapses.
                if (random.nextDouble() < (a == b ? p / 3 : p)) {
                    from.add(a);
                    to.add(b);
                }
            }
        }
        // Plant a cycle of random length (odd or even) now and then.
        if (n >= 2 && random.nextInt(3) == 0) {
            int length = 2 + random.nextInt(n - 1);
            int start = random.nextInt(n - length + 1);
            for (int i = 0; i < length; i++) {
                from.add(start + i);
                to.add(start + (i + 1) % length);
            }
        }
        return ArgumentationFramework.of(ids, from.stream().mapToInt(Integer::intValue).toArray(),
                to.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int mask(Extension e) {
        int m = 0;
        for (int a : e.indices()) {
            m |= 1 << a;
        }
        return m;
    }

    @Test
    void everySemantics_agreesWithExhaustiveEnumeration() {
        Random random = new Random(20261125L);
        int stableless = 0;
        int multiplePreferred = 0;
        for (int round = 0; round < FRAMEWORKS; round++) {
            ArgumentationFramework af = random(random);
            Brute brute = new Brute(af);
            String where = "framework " + round + " " + describe(af);
            Labelling grounded = Semantics.groundedLabelling(af);
            assertThat(mask(grounded.extension())).as(where).isEqualTo(brute.grounded);
            for (int a = 0; a < af.size(); a++) {
                Status expected = (brute.grounded & (1 << a)) != 0 ? Status.ACCEPTED
                        : brute.attacks(brute.grounded, a) ? Status.REJECTED : Status.UNDECIDED;
                assertThat(grounded.label(a)).as(where).isEqualTo(expected);
            }
            stableless += brute.stable.isEmpty() ? 1 : 0;
            multiplePreferred += brute.preferred.size() > 1 ? 1 : 0;
            for (Semantics s : Semantics.values()) {
                String at = where + " " + s;
                List<Extension> extensions = s.extensions(af);
                List<Integer> masks = new ArrayList<>();
                extensions.forEach(e -> masks.add(mask(e)));
                assertThat(new TreeSet<>(masks)).as(at).isEqualTo(new TreeSet<>(brute.of(s)));
                assertThat(masks).as(at + " no repeats").doesNotHaveDuplicates();
                assertThat(extensions).as(at + " ordered").isSorted();
                assertThat(s.someExtension(af).map(SemanticsPropertyTest::mask))
                        .as(at + " some extension")
                        .satisfies(o -> assertThat(o.isEmpty() ? -1 : o.get())
                                .isIn(brute.of(s).isEmpty() ? List.of(-1) : brute.of(s)));
                // Cap 0 forces the argument-by-argument path, 1 mixes both, the default enumerates.
                List<Semantics.Verdicts> batches = List.of(s.verdicts(af), s.verdicts(af, 0), s.verdicts(af, 1));
                for (int a = 0; a < af.size(); a++) {
                    int bit = 1 << a;
                    boolean credulous = brute.of(s).stream().anyMatch(e -> (e & bit) != 0);
                    boolean sceptical = brute.of(s).stream().allMatch(e -> (e & bit) != 0);
                    assertThat(s.credulouslyAccepts(af, a)).as(at + " credulous " + a).isEqualTo(credulous);
                    assertThat(s.scepticallyAccepts(af, a)).as(at + " sceptical " + a).isEqualTo(sceptical);
                    for (Semantics.Verdicts verdicts : batches) {
                        assertThat(verdicts.anyExtension).as(at).isEqualTo(!brute.of(s).isEmpty());
                        assertThat(verdicts.credulous[a]).as(at + " batch credulous " + a).isEqualTo(credulous);
                        assertThat(verdicts.sceptical[a]).as(at + " batch sceptical " + a).isEqualTo(sceptical);
                    }
                }
                // Every extension of every semantics here is complete, so its labelling is a complete labelling.
                for (Extension e : extensions) {
                    assertCompleteLabelling(e.labelling(), brute, at);
                }
            }
        }
        // The sample must actually exercise the hard cases.
        assertThat(stableless).isGreaterThan(FRAMEWORKS / 20);
        assertThat(multiplePreferred).isGreaterThan(FRAMEWORKS / 20);
    }

    private static void assertCompleteLabelling(Labelling labelling, Brute brute, String at) {
        for (int a = 0; a < brute.n; a++) {
            boolean allAttackersOut = true;
            boolean someAttackerIn = false;
            for (int b = 0; b < brute.n; b++) {
                if (brute.att[b][a]) {
                    allAttackersOut &= labelling.label(b) == Status.REJECTED;
                    someAttackerIn |= labelling.label(b) == Status.ACCEPTED;
                }
            }
            Status expected = allAttackersOut ? Status.ACCEPTED : someAttackerIn ? Status.REJECTED : Status.UNDECIDED;
            assertThat(labelling.label(a)).as(at + " labelling of " + a).isEqualTo(expected);
        }
    }

    private static String describe(ArgumentationFramework af) {
        Set<String> attacks = new TreeSet<>();
        for (int a = 0; a < af.size(); a++) {
            for (int b : af.attackedBy(a)) {
                attacks.add(a + "->" + b);
            }
        }
        return af.size() + " args " + attacks;
    }
}
