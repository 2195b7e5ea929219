package io.github.argmap.api.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CDCL searches of {@link Enumeration} against {@link BruteForce} on thousands of random
 * frameworks of up to 12 arguments (fixed seeds): preferred enumeration with its attacker blocking
 * clauses, sceptical preferred acceptance, every semi-stable search (domRec on ranges) and one
 * complete or stable model with or without an argument. Each answer is checked as an extension of
 * the right semantics that contains or lacks the argument as claimed, and each "none" against the
 * definitions.
 */
class EnumerationTest {
    private static final int FRAMEWORKS = 1500;

    @Test
    void enumerationsAreTheExtensionsByDefinition() {
        Random random = new Random(2026);
        for (int i = 0; i < FRAMEWORKS; i++) {
            ArgumentationFramework af = BruteForce.random(random, 12);
            BruteForce brute = new BruteForce(af);
            byte[] grounded = Grounded.labels(af);
            String where = "framework " + i + " " + ReasonerTest.IccmaText.of(af);
            assertThat(masks(af, sink -> new Enumeration(af, grounded, false).eachPreferred(sink)))
                    .as("preferred, " + where).containsExactlyInAnyOrderElementsOf(brute.preferred);
            assertThat(masks(af, sink -> SccPreferred.each(af, grounded, sink)))
                    .as("preferred by components, " + where).containsExactlyInAnyOrderElementsOf(brute.preferred);
            assertThat(masks(af, sink -> new Enumeration(af, grounded, false).eachSemiStable(sink)))
                    .as("semi-stable, " + where).containsExactlyInAnyOrderElementsOf(brute.semiStable);
            assertThat(masks(af, sink -> new Enumeration(af, grounded, false).eachModel(sink)))
                    .as("complete, " + where).containsExactlyInAnyOrderElementsOf(brute.complete);
            assertThat(masks(af, sink -> new Enumeration(af, grounded, true).eachModel(sink)))
                    .as("stable, " + where).containsExactlyInAnyOrderElementsOf(brute.stable);
        }
    }

    @Test
    void everyAnswerAboutOneArgumentIsRightAndCertified() {
        Random random = new Random(4042);
        for (int i = 0; i < FRAMEWORKS; i++) {
            ArgumentationFramework af = BruteForce.random(random, 12);
            BruteForce brute = new BruteForce(af);
            byte[] grounded = Grounded.labels(af);
            String where = "framework " + i + " " + ReasonerTest.IccmaText.of(af);
            check(brute.semiStable, new Enumeration(af, grounded, false).semiStable(-1, true), -1, true,
                    "some semi-stable, " + where);
            check(brute.stable, new Enumeration(af, grounded, true).model(-1, true), -1, true, "some stable, " + where);
            for (int a = 0; a < af.size(); a++) {
                String about = " argument " + a + ", " + where;
                if (grounded[a] != Grounded.IN) {
                    check(brute.preferred, new Enumeration(af, grounded, false).preferredWithout(a), a, false,
                            "preferred without" + about);
                }
                for (boolean member : new boolean[] {true, false}) {
                    String how = member ? " with" : " without";
                    check(brute.semiStable, new Enumeration(af, grounded, false).semiStable(a, member), a, member,
                            "semi-stable" + how + about);
                    check(brute.stable, new Enumeration(af, grounded, true).model(a, member), a, member,
                            "stable" + how + about);
                    check(brute.complete, new Enumeration(af, grounded, false).model(a, member), a, member,
                            "complete" + how + about);
                }
            }
        }
    }

    @Test
    void completeEnumerationHoldsNothingPerExtension() {
        // Eleven independent mutual attacks: each pair is {}, {a} or {b} in a complete extension,
        // so there are 3^11 = 177,147 of them. Kept per extension (a blocking clause of its 22
        // literals, or its members), the 160,000 between the two readings would be well over 10 MB.
        int pairs = 11;
        List<String> ids = new ArrayList<>();
        int[] from = new int[2 * pairs];
        int[] to = new int[2 * pairs];
        for (int p = 0; p < pairs; p++) {
            ids.add("a" + p);
            ids.add("b" + p);
            from[2 * p] = 2 * p;
            to[2 * p] = 2 * p + 1;
            from[2 * p + 1] = 2 * p + 1;
            to[2 * p + 1] = 2 * p;
        }
        ArgumentationFramework af = ArgumentationFramework.of(ids, from, to);
        long[] count = {0};
        long[] heap = new long[2];
        new Enumeration(af, Grounded.labels(af), false).eachModel(members -> {
            count[0]++;
            if (count[0] == 10_000) {
                heap[0] = heapUsedAfterCollection();
            } else if (count[0] == 170_000) {
                heap[1] = heapUsedAfterCollection();
            }
        });
        assertThat(count[0]).isEqualTo(177_147);
        assertThat(heap[1] - heap[0]).as("heap growth over 160,000 extensions, bytes").isLessThan(4L << 20);
    }

    private static long heapUsedAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * An answer is one of the extensions and has the argument as asked; no answer means no
     * extension has it so.
     */
    private static void check(List<Integer> extensions, int[] found, int argument, boolean member, String where) {
        int bit = argument < 0 ? 0 : 1 << argument;
        List<Integer> fitting = new ArrayList<>();
        for (int e : extensions) {
            if (argument < 0 || ((e & bit) != 0) == member) {
                fitting.add(e);
            }
        }
        if (found == null) {
            assertThat(fitting).as(where).isEmpty();
        } else {
            assertThat(fitting).as(where).contains(mask(found));
        }
    }

    private static int mask(int[] members) {
        int m = 0;
        for (int a : members) {
            m |= 1 << a;
        }
        return m;
    }

    private static List<Integer> masks(ArgumentationFramework af,
            java.util.function.Consumer<java.util.function.Consumer<int[]>> run) {
        List<Integer> found = new ArrayList<>();
        run.accept(members -> found.add(mask(members)));
        return found;
    }
}
