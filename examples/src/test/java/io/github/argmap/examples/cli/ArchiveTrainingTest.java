package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTrainingTest {

    @Test
    void everyTrainingCommandSucceeds_soTheArchiveCoversWhatItNames() throws IOException {
        // A command that failed (a renamed option, say) would leave its classes out of the
        // launcher's archive without anyone noticing: the launcher throws the output away.
        assertThat(ArchiveTraining.train()).isZero();
    }

    @Test
    void everyTrainingTaskIsOneTheSolverLists() {
        String listed = CliRun.run("solve", "--problems").out().trim();
        assertThat(Arrays.asList(listed.substring(1, listed.length() - 1).split(",")))
                .containsAll(ArchiveTraining.TASKS);
    }

    @Test
    void theTrainingFrameworkHasSeveralStableExtensions(@TempDir Path dir) throws IOException {
        // Worked out by hand: one of each mutual pair {1,2}, {3,4}, {5,6}, where 2 attacks 3 and 4
        // attacks 5.
        Path af = Files.writeString(dir.resolve("training.i23"), ArchiveTraining.FRAMEWORK, StandardCharsets.US_ASCII);
        CliRun stable = CliRun.run("solve", "-p", "EE-ST", "-f", af.toString(), "-fo", "i23");
        assertThat(stable.code()).isZero();
        assertThat(stable.out().lines().map(l -> Arrays.stream(l.substring(2).split(" ")).sorted().toList()))
                .containsExactlyInAnyOrder(
                        List.of("1", "3", "5"), List.of("1", "3", "6"),
                        List.of("1", "4", "6"), List.of("2", "4", "6"));
    }
}
