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
