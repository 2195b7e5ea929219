package io.github.argmap.api.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small frameworks whose extensions are worked out by hand in the comments. */
class SemanticsExamplesTest {
    private static ArgumentationFramework af(String ids, String... attacks) {
        ArgumentationFramework.Builder b = ArgumentationFramework.builder().addArguments(ids.split(" "));
        for (String attack : attacks) {
            String[] ends = attack.split(">");
            b.addAttack(ends[0], ends[1]);
        }
        return b.build();
    }

    private static List<List<String>> ids(List<Extension> extensions) {
        List<List<String>> out = new ArrayList<>();
        extensions.forEach(e -> out.add(e.ids()));
        return out;
    }

    // a <-> b: neither is defended without choosing, so grounded is empty; each side alone is
    // admissible, maximal, and attacks the other, so preferred = stable = {a}, {b}.
    private final ArgumentationFramework nixon = af("a b", "a>b", "b>a");

    @Test
    void nixonDiamond_hasTwoPreferredAndStableExtensionsAndEmptyGrounded() {
        assertThat(Semantics.GROUNDED.extensions(nixon)).extracting(Extension::ids).containsExactly(List.of());
        assertThat(ids(Semantics.COMPLETE.extensions(nixon))).containsExactly(List.of(), List.of("a"), List.of("b"));
        assertThat(ids(Semantics.PREFERRED.extensions(nixon))).containsExactly(List.of("a"), List.of("b"));
        assertThat(ids(Semantics.STABLE.extensions(nixon))).containsExactly(List.of("a"), List.of("b"));
        assertThat(Semantics.PREFERRED.credulouslyAccepts(nixon, "a")).isTrue();
        assertThat(Semantics.PREFERRED.scepticallyAccepts(nixon, "a")).isFalse();
        assertThat(Semantics.STABLE.credulouslyAccepts(nixon, "a")).isTrue();
        assertThat(Semantics.STABLE.scepticallyAccepts(nixon, "a")).isFalse();
        assertThat(Semantics.groundedLabelling(nixon).ids(Status.UNDECIDED)).containsExactly("a", "b");
    }

    // a -> b -> c -> a: any non-empty conflict-free set fails to defend itself (the attacker of
    // its member is attacked only by the third argument), so only {} is admissible; no
    // conflict-free set (at most one argument) attacks both others, so no stable extension.
    private final ArgumentationFramework oddCycle = af("a b c", "a>b", "b>c", "c>a");

    @Test
    void oddCycle_hasOnlyTheEmptyPreferredExtensionAndNoStableOne() {
        assertThat(ids(Semantics.GROUNDED.extensions(oddCycle))).containsExactly(List.of());
        assertThat(ids(Semantics.PREFERRED.extensions(oddCycle))).containsExactly(List.of());
        assertThat(Semantics.STABLE.extensions(oddCycle)).isEmpty();
        assertThat(Semantics.STABLE.someExtension(oddCycle)).isEmpty();
        assertThat(Semantics.STABLE.credulouslyAccepts(oddCycle, "a")).isFalse();
        // Vacuously: every one of the zero stable extensions contains a.
        assertThat(Semantics.STABLE.scepticallyAccepts(oddCycle, "a")).isTrue();
        assertThat(Semantics.PREFERRED.someExtension(oddCycle)).get().extracting(Extension::ids).isEqualTo(List.of());
    }

    // a <-> b, a -> c, b -> c, c -> d. Grounded decides nothing (every argument has an
    // undecided attacker). Preferred: {a, d} (a beats b and c, c's defeat frees d) and {b, d}
    // symmetrically. d is in both: sceptically accepted, "floating" — but not grounded.
    private final ArgumentationFramework floating = af("a b c d", "a>b", "b>a", "a>c", "b>c", "c>d");

    @Test
    void floatingAcceptance_isScepticalUnderPreferredButNotGrounded() {
        assertThat(ids(Semantics.PREFERRED.extensions(floating))).containsExactly(List.of("a", "d"), List.of("b", "d"));
        assertThat(Semantics.PREFERRED.scepticallyAccepts(floating, "d")).isTrue();
        assertThat(Semantics.PREFERRED.scepticallyAccepts(floating, "a")).isFalse();
        assertThat(Semantics.PREFERRED.credulouslyAccepts(floating, "c")).isFalse();
        assertThat(Semantics.GROUNDED.scepticallyAccepts(floating, "d")).isFalse();
        assertThat(Semantics.COMPLETE.scepticallyAccepts(floating, "d")).isFalse();
        assertThat(Semantics.groundedLabelling(floating).ids(Status.UNDECIDED)).containsExactly("a", "b", "c", "d");
        assertThat(ids(Semantics.STABLE.extensions(floating))).containsExactly(List.of("a", "d"), List.of("b", "d"));
    }

    // a -> b -> c: a is unattacked (IN), so b is OUT, so c's only attacker is OUT and c is IN.
    @Test
    void chain_groundedTakesEveryOtherArgument() {
        ArgumentationFramework chain = af("a b c", "a>b", "b>c");
        Labelling grounded = Semantics.groundedLabelling(chain);
        assertThat(grounded.ids(Status.ACCEPTED)).containsExactly("a", "c");
        assertThat(grounded.ids(Status.REJECTED)).containsExactly("b");
        assertThat(grounded.label("b")).isEqualTo(Status.REJECTED);
        assertThat(grounded.extension().ids()).containsExactly("a", "c");
        for (Semantics s : Semantics.values()) {
            assertThat(ids(s.extensions(chain))).as(s.name()).containsExactly(List.of("a", "c"));
        }
    }

    // A self-attacking argument is never IN; what it alone attacks stays UNDEC under grounded.
    @Test
    void selfAttack_isUndecidedAndBlocksWhatItAttacks() {
        ArgumentationFramework af = af("s t", "s>s", "s>t");
        Labelling grounded = Semantics.groundedLabelling(af);
        assertThat(grounded.ids(Status.UNDECIDED)).containsExactly("s", "t");
        assertThat(Semantics.STABLE.extensions(af)).isEmpty();
        assertThat(ids(Semantics.PREFERRED.extensions(af))).containsExactly(List.of());
    }

    @Test
    void groundedLabelling_ofAMillionLongChain_needsNoStack() {
        int n = 1_000_000;
        List<String> ids = new ArrayList<>(n);
        int[] from = new int[n - 1];
        int[] to = new int[n - 1];
        for (int i = 0; i < n; i++) {
            ids.add("c" + i);
        }
        for (int i = 0; i < n - 1; i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        Labelling grounded = Semantics.groundedLabelling(ArgumentationFramework.of(ids, from, to));
        // Even positions IN, odd OUT, down the whole chain.
        assertThat(grounded.count(Status.ACCEPTED)).isEqualTo(n / 2);
        assertThat(grounded.label(n - 1)).isEqualTo(Status.REJECTED);
        assertThat(grounded.label(n - 2)).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void emptyFramework_hasTheEmptyExtensionEverywhere() {
        ArgumentationFramework empty = ArgumentationFramework.of(List.of(), new int[0], new int[0]);
        for (Semantics s : Semantics.values()) {
            assertThat(ids(s.extensions(empty))).as(s.name()).containsExactly(List.of());
            assertThat(s.someExtension(empty)).as(s.name()).isPresent();
        }
    }
}
