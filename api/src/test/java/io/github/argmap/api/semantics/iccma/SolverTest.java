package io.github.argmap.api.semantics.iccma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Extension;
import io.github.argmap.api.semantics.Reasoner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ICCMA 2023 answers and their output, worked out by hand on one framework: 1 and 2 attack
 * each other, 2 attacks 3, 3 and 4 attack each other. Its complete extensions are {}, {1}, {4},
 * {1,3}, {1,4} and {2,4}; the preferred, stable and semi-stable ones are {1,3}, {1,4} and {2,4}; the
 * grounded one is {}. (The reasoners themselves are checked against brute force in ReasonerTest.)
 */
class SolverTest {
    private static final ArgumentationFramework AF = IccmaFormat.read("p af 4\n1 2\n2 1\n2 3\n3 4\n4 3\n", "t.i23");
    private static final ArgumentationFramework ODD = IccmaFormat.read("p af 3\n1 2\n2 3\n3 1\n", "odd.i23");

    @Test
    void credulousYesPrintsYesAndAnExtensionContainingTheArgument() {
        Answer answer = Solver.solve(Task.DC_ST, AF, 2);
        assertThat(answer.yes()).isTrue();
        assertThat(answer.iccmaOutput()).isEqualTo("YES\nw 1 3\n");
    }

    @Test
    void credulousNoPrintsNoAlone() {
        assertThat(Solver.solve(Task.DC_GR, AF, 0).iccmaOutput()).isEqualTo("NO\n");
        assertThat(Solver.solve(Task.DC_ST, ODD, 0).iccmaOutput()).isEqualTo("NO\n");
    }

    @Test
    void scepticalNoPrintsNoAndAnExtensionWithoutTheArgument() {
        for (Task task : List.of(Task.DS_PR, Task.DS_ST, Task.DS_SST)) {
            Answer answer = Solver.solve(task, AF, 0);
            assertThat(answer.yes()).as(task.code()).isFalse();
            assertThat(answer.iccmaOutput()).as(task.code()).isEqualTo("NO\nw 2 4\n");
        }
        assertThat(Solver.solve(Task.DS_CO, AF, 0).iccmaOutput()).isEqualTo("NO\nw\n");
    }

    @Test
    void scepticalYesPrintsYesAlone_vacuouslyWhenThereIsNoStableExtension() {
        assertThat(Solver.solve(Task.DS_ST, ODD, 1).iccmaOutput()).isEqualTo("YES\n");
        ArgumentationFramework chain = IccmaFormat.read("p af 2\n1 2\n", "chain.i23");
        assertThat(Solver.solve(Task.DS_PR, chain, 0).iccmaOutput()).isEqualTo("YES\n");
    }

    @Test
    void someExtensionPrintsItsWLine_orNoWhenThereIsNone() {
        assertThat(Solver.solve(Task.SE_GR, AF).iccmaOutput()).isEqualTo("w\n");
        assertThat(Solver.solve(Task.SE_CO, AF).iccmaOutput()).isEqualTo("w\n");
        assertThat(Solver.solve(Task.SE_ST, ODD).iccmaOutput()).isEqualTo("NO\n");
        assertThat(Solver.solve(Task.SE_SST, ODD).iccmaOutput()).isEqualTo("w\n");
        assertThat(List.of("w 1 3\n", "w 1 4\n", "w 2 4\n")).contains(Solver.solve(Task.SE_PR, AF).iccmaOutput());
    }

    @Test
    void enumerationStreamsEveryExtensionOnce() {
        List<List<String>> found = new ArrayList<>();
        long count = Solver.enumerate(Task.EE_CO, AF, e -> found.add(e.ids()));
        assertThat(count).isEqualTo(6);
        assertThat(found).containsExactlyInAnyOrder(List.of(), List.of("1"), List.of("4"), List.of("1", "3"),
                List.of("1", "4"), List.of("2", "4"));
        found.clear();
        Solver.enumerate(Task.EE_SST, AF, e -> found.add(e.ids()));
        assertThat(found).containsExactlyInAnyOrder(List.of("1", "3"), List.of("1", "4"), List.of("2", "4"));
    }

    @Test
    void everyTaskIsItsSemanticsAndItsMode() {
        for (Task task : Task.values()) {
            assertThat(Task.parse(task.code().toLowerCase(java.util.Locale.ROOT))).contains(task);
            assertThat(task.code()).endsWith("-" + task.reasoner().code());
            assertThat(task.needsArgument()).isEqualTo(task.code().startsWith("D"));
        }
        assertThat(Task.parse("DC-XYZ")).isEmpty();
    }

    @Test
    void answersRefuseTheWrongCallAndAMisplacedCertificate() {
        assertThatThrownBy(() -> Solver.solve(Task.SE_PR, AF, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Solver.solve(Task.DC_PR, AF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Solver.enumerate(Task.DC_PR, AF, e -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Solver.solve(Task.DC_PR, AF, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        Optional<Extension> some = Reasoner.grounded().someExtension(AF);
        assertThatThrownBy(() -> new Answer(Task.DC_CO, false, some)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Answer(Task.DS_CO, true, some)).isInstanceOf(IllegalArgumentException.class);
    }
}
