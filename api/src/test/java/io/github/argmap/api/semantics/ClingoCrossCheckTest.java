package io.github.argmap.api.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.argmap.api.semantics.iccma.ApxFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reasoners against clingo running the ASPARTIX encodings in {@code bench/aspartix} (a second,
 * independent implementation) on random frameworks larger than brute force can check. Skipped,
 * saying so, where clingo is not installed; {@code .ci/run} installs it (Debian's {@code gringo}).
 */
class ClingoCrossCheckTest {
    private static final Path ENCODINGS = Path.of("..", "bench", "aspartix");
    private static final int FRAMEWORKS = 15;
    private static boolean clingo;

    @BeforeAll
    static void findClingo() {
        try {
            Process p = new ProcessBuilder("clingo", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            clingo = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            clingo = false;
        }
    }

    @Test
    void completePreferredAndStableAgreeWithClingoAndAspartix(@TempDir Path dir) throws Exception {
        assumeTrue(clingo, "clingo is not installed (Debian package gringo): the clingo cross-check is skipped");
        Random random = new Random(2023);
        for (int i = 0; i < FRAMEWORKS; i++) {
            ArgumentationFramework af = BruteForce.random(random, 16);
            Path file = dir.resolve("af" + i + ".apx");
            ApxFormat.write(af, file);
            check(Reasoner.complete(), "complete", af, file);
            check(Reasoner.preferred(), "preferred", af, file);
            check(Reasoner.stable(), "stable", af, file);
        }
    }

    private static void check(Reasoner reasoner, String encoding, ArgumentationFramework af, Path file) throws Exception {
        TreeSet<String> ours = new TreeSet<>();
        reasoner.forEachExtension(af, e -> ours.add(new TreeSet<>(e.ids()).toString()));
        assertThat(ours).as(encoding + " on " + Files.readString(file)).isEqualTo(clingo(encoding, file));
    }

    /** Every answer set's in/1 atoms, each as a sorted set of ids. */
    private static TreeSet<String> clingo(String encoding, Path file) throws Exception {
        Process p = new ProcessBuilder("clingo", "--outf=0", "-V0", ENCODINGS.resolve(encoding + ".lp").toString(),
                file.toString(), "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        TreeSet<String> sets = new TreeSet<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("SATISFIABLE") || line.startsWith("UNSATISFIABLE")) {
                continue;
            }
            TreeSet<String> members = new TreeSet<>();
            for (String atom : line.trim().split(" ")) {
                if (atom.startsWith("in(")) {
                    members.add(unquote(atom.substring(3, atom.length() - 1)));
                }
            }
            sets.add(members.toString());
        }
        return sets;
    }

    private static String unquote(String term) {
        return term.startsWith("\"") ? term.substring(1, term.length() - 1) : term;
    }

    @Test
    void theEncodingsAreWhereTheTestLooks() {
        List<String> missing = new ArrayList<>();
        for (String name : List.of("complete", "preferred", "stable")) {
            if (!Files.isRegularFile(ENCODINGS.resolve(name + ".lp"))) {
                missing.add(name);
            }
        }
        assertThat(missing).isEmpty();
    }
}
