package io.github.argmap.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The run the launcher ({@code examples/argmap}) makes once after each build, with
 * {@code -XX:ArchiveClassesAtExit}, so that later runs map the classes a typical command loads from a
 * class-data archive instead of reading and verifying them from the jar.
 *
 * <p>One JVM writes one archive at its exit, so the commands it should cover run here one after
 * another, their output thrown away: a diagram of the panel with its standings (reading a map, the
 * semantics, the DOT writer) and the ICCMA solver's tasks on a small framework (the CDCL solver,
 * the enumerations, the decision procedures). Training on the solver too made a short
 * {@code argmap solve} faster: EE-ST on a grid of 64 arguments went from 234 to 188 ms through the
 * launcher (docs/benchmarks.md, "Start-up").
 */
final class ArchiveTraining {

    /**
     * Six arguments in three mutually attacking pairs, each pair attacking the next: three
     * strongly connected components, so the SCC-recursive enumeration runs, with several
     * extensions of every semantics.
     */
    static final String FRAMEWORK = "p af 6\n1 2\n2 1\n2 3\n3 4\n4 3\n4 5\n5 6\n6 5\n";

    /** The ICCMA tasks the training asks of {@link #FRAMEWORK}, one solver path each. */
    static final List<String> TASKS = List.of("EE-ST", "EE-PR", "EE-CO", "EE-SST", "SE-GR", "SE-PR",
            "DC-CO", "DC-PR", "DS-PR", "DS-ST", "DC-SST");

    private ArchiveTraining() {
    }

    /**
     * Runs the training commands and exits with 0 if they all succeeded, else 1.
     *
     * @param args none are read
     * @throws IOException if the framework's temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        System.exit(train() == 0 ? 0 : 1);
    }

    /**
     * Runs every training command in this JVM.
     *
     * @return 0 if every command exited with 0, else the first other exit code
     * @throws IOException if the framework's temporary file cannot be written
     */
    static int train() throws IOException {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        InputStream nothing = InputStream.nullInputStream();
        int code = Argmap.run(new String[] {"dot", "panel", "--status", "grounded", "--strength"}, nothing,
                nowhere, nowhere);
        Path framework = Files.createTempFile("argmap-training", ".i23");
        try {
            Files.writeString(framework, FRAMEWORK, StandardCharsets.US_ASCII);
            for (String task : TASKS) {
                String[] solve = task.startsWith("D")
                        ? new String[] {"solve", "-p", task, "-f", framework.toString(), "-fo", "i23", "-a", "3"}
                        : new String[] {"solve", "-p", task, "-f", framework.toString(), "-fo", "i23"};
                int exit = Argmap.run(solve, nothing, nowhere, nowhere);
                code = code != 0 ? code : exit;
            }
        } finally {
            Files.deleteIfExists(framework);
        }
        return code;
    }
}
