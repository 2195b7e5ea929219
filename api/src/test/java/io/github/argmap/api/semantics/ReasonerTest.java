package io.github.argmap.api.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every reasoner against {@link BruteForce} on thousands of small random frameworks: the extensions
 * enumerated, one extension, and the certificates of credulous and sceptical acceptance of every
 * argument, each checked to be an extension of the right semantics that contains or lacks the
 * argument as claimed.
 */
class ReasonerTest {
    private static final int FRAMEWORKS = 1000;
    private static final List<Reasoner> ALL = List.of(Reasoner.grounded(), Reasoner.complete(),
            Reasoner.preferred(), Reasoner.stable(), Reasoner.semiStable());

    @Test
    void everyReasonerAgreesWithTheDefinitionsOnRandomFrameworks() {
        Random random = new Random(20);
        for (int i = 0; i < FRAMEWORKS; i++) {
            ArgumentationFramework af = BruteForce.random(random, 9);
            BruteForce brute = new BruteForce(af);
            for (Reasoner reasoner : ALL) {
                check(reasoner, af, brute.extensions(reasoner.code()), i);
            }
        }
    }

    private static void check(Reasoner reasoner, ArgumentationFramework af, List<Integer> expected, int i) {
        String where = reasoner.code() + " on framework " + i + " " + IccmaText.of(af);
        List<Integer> found = new ArrayList<>();
        long count = reasoner.forEachExtension(af, e -> found.add(BruteForce.mask(e)));
        assertThat(found).as(where).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(count).as(where).isEqualTo(expected.size());
        Optional<Extension> some = reasoner.someExtension(af);
        assertThat(some.isPresent()).as(where).isEqualTo(!expected.isEmpty());
        some.ifPresent(e -> assertThat(expected).as(where).contains(BruteForce.mask(e)));
        for (int a = 0; a < af.size(); a++) {
            int bit = 1 << a;
            boolean credulous = expected.stream().anyMatch(s -> (s & bit) != 0);
            boolean sceptical = expected.stream().allMatch(s -> (s & bit) != 0);
            Optional<Extension> with = reasoner.extensionContaining(af, a);
            assertThat(with.isPresent()).as(where + " contains " + a).isEqualTo(credulous);
            with.ifPresent(e -> assertThat(expected).as(where).contains(BruteForce.mask(e)));
            with.ifPresent(e -> assertThat(e.contains(bit == 0 ? -1 : Integer.numberOfTrailingZeros(bit))).isTrue());
            Optional<Extension> without = reasoner.extensionWithout(af, a);
            assertThat(without.isEmpty()).as(where + " lacks " + a).isEqualTo(sceptical);
            int index = a;
            without.ifPresent(e -> assertThat(expected).as(where).contains(BruteForce.mask(e)));
            without.ifPresent(e -> assertThat(e.contains(index)).isFalse());
        }
    }

    @Test
    void semiStableExtensionsAreTheStableOnesWhenThereAreAny() {
        // a <-> b, c attacks itself and is attacked by a: {a} is stable, {b} leaves c undecided.
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("a", "b", "c")
                .addAttack("a", "b").addAttack("b", "a").addAttack("c", "c").addAttack("a", "c").build();
        List<List<String>> semiStable = new ArrayList<>();
        Reasoner.semiStable().forEachExtension(af, e -> semiStable.add(e.ids()));
        assertThat(semiStable).containsExactly(List.of("a"));
        assertThat(Reasoner.preferred().forEachExtension(af, e -> { })).isEqualTo(2);
    }

    @Test
    void semiStableExistsWhereStableDoesNot() {
        // An odd cycle: no stable extension, the empty set is the one semi-stable extension.
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("a", "b", "c")
                .addAttack("a", "b").addAttack("b", "c").addAttack("c", "a").build();
        assertThat(Reasoner.stable().someExtension(af)).isEmpty();
        assertThat(Reasoner.semiStable().someExtension(af)).hasValueSatisfying(e -> assertThat(e.size()).isZero());
        assertThat(Reasoner.stable().extensionWithout(af, 0)).isEmpty();
    }

    /** The framework in ICCMA 2023 text, for failure messages that can be replayed. */
    static final class IccmaText {
        static String of(ArgumentationFramework af) {
            StringBuilder out = new StringBuilder("p af " + af.size() + ";");
            for (int a = 0; a < af.size(); a++) {
                for (int b : af.attackedBy(a)) {
                    out.append(' ').append(a + 1).append(' ').append(b + 1).append(';');
                }
            }
            return out.toString();
        }
    }
}
