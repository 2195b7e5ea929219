package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code argmap solve} as an ICCMA 2023 harness calls it. The framework: 1 and 2 attack each other,
 * 2 attacks 3, 3 and 4 attack each other; its stable extensions, worked out by hand, are {1,3},
 * {1,4} and {2,4}, and its grounded extension is empty.
 */
class SolveCommandTest {
    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    private String af() throws IOException {
        return file("af.i23", "p af 4\n# a comment\n1 2\n2 1\n2 3\n3 4\n4 3\n");
    }

    @Test
    void decisionTasksPrintTheAnswerAndTheCertificateAsIccma2023Asks() throws IOException {
        String f = af();
        assertThat(CliRun.run("solve", "-p", "DC-ST", "-f", f, "-fo", "i23", "-a", "3")).isEqualTo(new CliRun(0, "YES\nw 1 3\n", ""));
        assertThat(CliRun.run("solve", "-p", "DS-PR", "-f", f, "-fo", "i23", "-a", "1")).isEqualTo(new CliRun(0, "NO\nw 2 4\n", ""));
        assertThat(CliRun.run("solve", "-p", "DC-GR", "-f", f, "-fo", "i23", "-a", "1")).isEqualTo(new CliRun(0, "NO\n", ""));
        assertThat(CliRun.run("solve", "-fo", "i23", "-a", "2", "-p", "DS-CO", "-f", f)).isEqualTo(new CliRun(0, "NO\nw\n", ""));
    }

    @Test
    void someAndEveryExtensionPrintWLines() throws IOException {
        String f = af();
        assertThat(CliRun.run("solve", "-p", "SE-GR", "-f", f, "-fo", "i23")).isEqualTo(new CliRun(0, "w\n", ""));
        CliRun all = CliRun.run("solve", "-p", "EE-ST", "-f", f, "-fo", "i23");
        assertThat(all.code()).isZero();
        assertThat(all.out().split("\n")).containsExactlyInAnyOrder("w 1 3", "w 1 4", "w 2 4");
        String odd = file("odd.i23", "p af 3\n1 2\n2 3\n3 1\n");
        assertThat(CliRun.run("solve", "-p", "SE-ST", "-f", odd, "-fo", "i23")).isEqualTo(new CliRun(0, "NO\n", ""));
    }

    @Test
    void apxFilesNameArgumentsByTheirIds() throws IOException {
        String f = file("af.apx", "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\n");
        assertThat(CliRun.run("solve", "-p", "DC-CO", "-f", f, "-fo", "apx", "-a", "c")).isEqualTo(new CliRun(0, "YES\nw a c\n", ""));
        CliRun unknown = CliRun.run("solve", "-p", "DC-CO", "-f", f, "-fo", "apx", "-a", "z");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo(f + ": there is no argument 'z' in the framework\n");
    }

    @Test
    void problemsAndFormatsAreListed_andNoOptionsPrintsTheSolversName() {
        CliRun problems = CliRun.run("solve", "--problems");
        assertThat(problems.code()).isZero();
        assertThat(problems.out()).startsWith("[DC-GR,DC-CO,").contains("DS-PR", "SE-ST", "EE-SST").endsWith("]\n");
        assertThat(CliRun.run("solve", "--formats").out()).isEqualTo("[i23,apx]\n");
        assertThat(CliRun.run("solve").out()).startsWith("argmap ");
    }

    @Test
    void badFilesExitOneWithThePlace_andBadCommandLinesExitTwo() throws IOException {
        String bad = file("bad.i23", "p af 2\n1 x\n");
        CliRun invalid = CliRun.run("solve", "-p", "SE-PR", "-f", bad, "-fo", "i23");
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.out()).isEmpty();
        assertThat(invalid.err()).startsWith(bad + ":2:3: ");
        String f = af();
        CliRun range = CliRun.run("solve", "-p", "DC-CO", "-f", f, "-fo", "i23", "-a", "5");
        assertThat(range.code()).isEqualTo(1);
        assertThat(range.err()).isEqualTo(f + ": there is no argument 5: the framework's arguments are 1 to 4\n");
        assertThat(CliRun.run("solve", "-p", "DC-CO", "-f", f, "-fo", "i23").code()).isEqualTo(2);
        assertThat(CliRun.run("solve", "-p", "XX-CO", "-f", f).code()).isEqualTo(2);
        assertThat(CliRun.run("solve", "-p", "SE-PR", "-f", f, "-a", "1").code()).isEqualTo(2);
        assertThat(CliRun.run("solve", "-p", "SE-PR", "-f", f, "-fo", "tgf").code()).isEqualTo(2);
        assertThat(CliRun.run("solve", "-p", "DC-CO", "-f", f, "-a", "one").code()).isEqualTo(2);
        assertThat(CliRun.run("solve", "-p", "SE-PR", "-f", dir.resolve("missing.i23").toString()).code()).isEqualTo(1);
    }

    @Test
    void anEnumerationStopsWhenItsOutputIsClosed() throws IOException {
        // 20 independent pairs of mutual attacks: 2^20 preferred extensions, far more than the
        // reader takes before it closes the stream, as "argmap solve ... | head" does.
        StringBuilder af = new StringBuilder("p af 40\n");
        for (int i = 1; i <= 40; i += 2) {
            af.append(i).append(' ').append(i + 1).append('\n').append(i + 1).append(' ').append(i).append('\n');
        }
        Path f = dir.resolve("pairs.i23");
        Files.writeString(f, af.toString());
        java.io.OutputStream closing = new java.io.OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 1 << 16) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Argmap.run(new String[] {"solve", "-p", "EE-PR", "-f", f.toString(), "-fo", "i23"},
                java.io.InputStream.nullInputStream(), new java.io.PrintStream(closing, true, "UTF-8"),
                new java.io.PrintStream(err, true, "UTF-8"));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString("UTF-8")).isEqualTo("argmap solve: standard output was closed; the enumeration stopped\n");
    }
}
