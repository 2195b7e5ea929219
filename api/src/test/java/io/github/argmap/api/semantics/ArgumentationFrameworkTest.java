package io.github.argmap.api.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentationFrameworkTest {
    @Test
    void build_rejectsDuplicateId() {
        assertThatThrownBy(() -> ArgumentationFramework.builder().addArguments("a", "b", "a").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate argument id 'a'")
                .hasMessageContaining("argument 0");
    }

    @Test
    void build_rejectsAttackOnUnknownId() {
        assertThatThrownBy(() -> ArgumentationFramework.builder().addArguments("a").addAttack("a", "zz").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attack a -> zz names argument 'zz'");
    }

    @Test
    void build_rejectsInvalidIds() {
        for (String bad : List.of("", " a", "a ", "a\nb")) {
            assertThatThrownBy(() -> ArgumentationFramework.builder().addArgument(bad).build())
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not valid");
        }
        assertThat(ArgumentationFramework.isValidId("has inner space")).isTrue();
    }

    @Test
    void of_rejectsIndexOutOfRangeAndUnevenArrays() {
        assertThatThrownBy(() -> ArgumentationFramework.of(List.of("a", "b"), new int[] {0}, new int[] {2}))
                .hasMessageContaining("argument index 2 is out of range; the framework has 2 arguments");
        assertThatThrownBy(() -> ArgumentationFramework.of(List.of("a"), new int[] {0}, new int[0]))
                .hasMessageContaining("1 attackers but 0 targets");
    }

    @Test
    void of_keepsRepeatedAttacksOnceAndSortsRows() {
        ArgumentationFramework af = ArgumentationFramework.of(List.of("a", "b", "c"),
                new int[] {2, 0, 2, 1, 2}, new int[] {1, 1, 1, 1, 2});
        // Distinct attacks: c->b, a->b, b->b, c->c.
        assertThat(af.attackCount()).isEqualTo(4);
        assertThat(af.attackersOf(1)).containsExactly(0, 1, 2);
        assertThat(af.attackedBy(2)).containsExactly(1, 2);
        assertThat(af.attacks("c", "c")).isTrue();
        assertThat(af.attacks("b", "a")).isFalse();
        assertThat(af.indexOf("c")).hasValue(2);
        assertThat(af.indexOf("d")).isEmpty();
        assertThatThrownBy(() -> af.requireIndex("d")).hasMessageContaining("no argument has id 'd'");
    }

    @Test
    void equals_dependsOnIdsAndAttacksNotOnTheirOrder() {
        ArgumentationFramework x = ArgumentationFramework.builder().addArguments("a", "b")
                .addAttack("a", "b").addAttack("b", "a").build();
        ArgumentationFramework y = ArgumentationFramework.builder().addArguments("a", "b")
                .addAttack("b", "a").addAttack("a", "b").addAttack("a", "b").build();
        assertThat(x).isEqualTo(y).hasSameHashCodeAs(y);
        assertThat(x).isNotEqualTo(ArgumentationFramework.builder().addArguments("b", "a")
                .addAttack("a", "b").addAttack("b", "a").build());
    }
}
