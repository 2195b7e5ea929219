package io.github.argmap.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.iccma.ApxFormat;
import io.github.argmap.api.semantics.iccma.IccmaFormat;
import io.github.argmap.api.testing.SyntheticMaps;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ICCMA ({@code .af}/{@code .i23}) and ASPARTIX ({@code .apx}) readers on damaged files: random
 * byte changes, inserted fragments, deleted and repeated spans, and every truncation of valid files
 * are either read — and then written and read back to the same framework — or rejected with an
 * {@link InvalidMapException} whose every problem has a FILE:LINE:COLUMN place. Nothing else is
 * thrown, and each case must finish within a few seconds (a hang guard).
 */
class FrameworkFilesFuzzTest {
    private static final long SEED = 10L;
    private static final int CASES = 1_500;
    private static final Duration HANG_GUARD = Duration.ofSeconds(5);
    /**
     * The case being read, for the message when a loop outlasts its limit. Each loop has one
     * watchdog thread (assertTimeoutPreemptively around the loop, not around each case, where its
     * thread per call cost more than the reads), and each case's time is checked when it returns.
     */
    private static volatile String current = "(before the first case)";

    private static void guarded(Runnable loop) {
        assertTimeoutPreemptively(Duration.ofMinutes(3), loop::run, () -> current + " hung");
    }
    private static final String[] FRAGMENTS = {
        "p af 99999999999", "p af 10000000", "p af -3", "-1 2", "2 -1", "99999999999999999999 1", "1 0", "0 0",
        "# id 1 ", "# id 99999999999 x", "# id 2 a\n# id 3 a", "\u0000", "\r", "\t", "\n\n", " ", "#", "p af 2\np af 3",
        "arg(", "att(a,", "att(zz,yy).", "arg(\"x\\q\").", "\"", "%", ").", ",", "arg(a).arg(a).", "att(a,a).att(a,a).",
        "é", "\uFEFF", "\u2028", "\uD83D\uDE00"};

    private interface Reader {
        ArgumentationFramework read(byte[] bytes, String name) throws IOException;
    }

    private static final Reader ICCMA = (bytes, name) -> IccmaFormat.read(new ByteArrayInputStream(bytes), name);
    private static final Reader APX = (bytes, name) -> ApxFormat.read(new ByteArrayInputStream(bytes), name);

    private static byte[] mutate(byte[] valid, Random r) {
        byte[] b = valid.clone();
        switch (r.nextInt(6)) {
            case 0: { // flip bits in a few bytes
                for (int k = 0, count = 1 + r.nextInt(4); k < count && b.length > 0; k++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
            case 1: { // random bytes anywhere
                for (int k = 0, count = 1 + r.nextInt(4); k < count && b.length > 0; k++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return b;
            }
            case 2: { // insert a hostile fragment
                byte[] f = FRAGMENTS[r.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8);
                int at = r.nextInt(b.length + 1);
                byte[] out = new byte[b.length + f.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(f, 0, out, at, f.length);
                System.arraycopy(b, at, out, at + f.length, b.length - at);
                return out;
            }
            case 3: { // delete a span
                int from = r.nextInt(b.length + 1);
                int to = Math.min(b.length, from + r.nextInt(20));
                byte[] out = new byte[b.length - (to - from)];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, to, out, from, b.length - to);
                return out;
            }
            case 4: { // repeat a span
                int from = r.nextInt(b.length + 1);
                int to = Math.min(b.length, from + r.nextInt(30));
                byte[] out = new byte[b.length + (to - from)];
                System.arraycopy(b, 0, out, 0, to);
                System.arraycopy(b, from, out, to, b.length - from);
                return out;
            }
            default: // truncate
                return Arrays.copyOf(b, r.nextInt(b.length + 1));
        }
    }

    /** Reads, and checks the outcome: a framework that round-trips, or placed problems only. */
    private static void check(Reader reader, boolean iccma, byte[] bytes, String name, String what) {
        current = what;
        long start = System.nanoTime();
        Object outcome;
        try {
            outcome = reader.read(bytes, name);
        } catch (InvalidMapException e) {
            outcome = e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("%s: time to read", what).isLessThan(HANG_GUARD);
        if (outcome instanceof ArgumentationFramework) {
            ArgumentationFramework af = (ArgumentationFramework) outcome;
            String again = iccma ? IccmaFormat.write(af) : ApxFormat.write(af);
            assertThat(iccma ? IccmaFormat.read(again, name) : ApxFormat.read(again, name)).as("%s: round trip", what).isEqualTo(af);
            return;
        }
        List<Problem> problems = ((InvalidMapException) outcome).problems();
        assertThat(problems).as("%s: problems", what).isNotEmpty();
        for (Problem p : problems) {
            assertThat(p.file()).as(what).isEqualTo(name);
            assertThat(p.line()).as("%s: line of %s", what, p).isPositive();
            assertThat(p.column()).as("%s: column of %s", what, p).isPositive();
            assertThat(p.toString()).as(what).startsWith(name + ":" + p.line() + ":" + p.column() + ": ");
        }
    }

    private static byte[] validIccma(long seed) {
        ArgumentationFramework af = SyntheticMaps.framework(12, 20, seed);
        return IccmaFormat.write(af).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] validApx(long seed) {
        ArgumentationFramework af = SyntheticMaps.framework(12, 20, seed);
        return ApxFormat.write(af).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void read_damagedFrameworkFilesAreReadOrRejectedWithPlacedProblems() {
        Random r = new Random(SEED);
        guarded(() -> {
            for (int k = 0; k < CASES; k++) {
                boolean iccma = k % 2 == 0;
                byte[] valid = iccma ? validIccma(k) : validApx(k);
                byte[] damaged = mutate(valid, r);
                check(iccma ? ICCMA : APX, iccma, damaged, iccma ? "f.af" : "f.apx",
                        "case " + k + " of seed " + SEED + ": " + new String(damaged, StandardCharsets.ISO_8859_1));
            }
        });
    }

    @Test
    void read_everyTruncationIsReadOrRejectedWithAPlace() {
        byte[] iccma = validIccma(1);
        byte[] apx = validApx(1);
        guarded(() -> {
            for (int n = 0; n <= iccma.length; n++) {
                check(ICCMA, true, Arrays.copyOf(iccma, n), "t.af", "iccma prefix of " + n + " bytes");
            }
            for (int n = 0; n <= apx.length; n++) {
                check(APX, false, Arrays.copyOf(apx, n), "t.apx", "apx prefix of " + n + " bytes");
            }
        });
    }

    @Test
    void read_headerOfTenMillionArgumentsIsRefusedAtOnceWithoutAllocating() {
        // It used to build ten million ids and an index of them, about 2 GB, before reading on.
        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> IccmaFormat.read("p af 10000000\n", "big.af")))
                .isInstanceOf(InvalidMapException.class)
                .hasMessage("big.af:1:6: the header declares 10000000 arguments; argmap reads at most 1000000,"
                        + " as each argument costs memory whether attacked or not");
        assertThatThrownBy(() -> IccmaFormat.read("p af 99999999999999999999999\n1 2\n", "big.af"))
                .isInstanceOf(InvalidMapException.class).hasMessageStartingWith("big.af:1:6: the header declares 99999999999999999999999");
        ArgumentationFramework million = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> IccmaFormat.read("p af " + IccmaFormat.MAX_ARGUMENTS + "\n1 1000000\n", "m.af"));
        assertThat(million.size()).isEqualTo(1_000_000);
        assertThat(million.attacks("1", "1000000")).isTrue();
    }

    @Test
    void read_hostileNumbersAreRejectedAtTheirPlace() {
        assertThat(problems("p af 3\n1 99999999999999999999\n-1 2\n2 0\n1 4\n")).containsExactly(
                "n.af:2:3: argument 99999999999999999999 is out of range; this framework has arguments 1 to 3 (see the 'p af' header)",
                "n.af:3:1: '-1' is not an argument number; arguments are numbered 1 to 3",
                "n.af:4:3: argument 0 is out of range; this framework has arguments 1 to 3 (see the 'p af' header)",
                "n.af:5:3: argument 4 is out of range; this framework has arguments 1 to 3 (see the 'p af' header)");
        assertThat(problems("p af -3\n")).singleElement().asString().startsWith("n.af:1:1: bad header 'p af -3'");
    }

    @Test
    void read_duplicateAttacksAreKeptOnce() {
        ArgumentationFramework af = IccmaFormat.read("p af 2\n1 2\n1 2\n1\t2\n2 1\n", "d.af");
        assertThat(af.attackCount()).isEqualTo(2);
        ArgumentationFramework apx = ApxFormat.read("arg(a). arg(b). att(a,b). att(a, b). att( a ,b ).", "d.apx");
        assertThat(apx.attackCount()).isEqualTo(1);
    }

    @Test
    void read_attacksOnUndeclaredArgumentsAreRejectedAtTheirPlace() {
        assertThatThrownBy(() -> ApxFormat.read("arg(a).\natt(a,ghost).\natt(ghost2,a).\n", "u.apx"))
                .isInstanceOf(InvalidMapException.class)
                .hasMessage("u.apx:2:7: att(a,ghost) names argument 'ghost', which no arg(ghost). declares; declare it or fix the attack\n"
                        + "u.apx:3:5: att(ghost2,a) names argument 'ghost2', which no arg(ghost2). declares; declare it or fix the attack");
    }

    @Test
    void read_bytesThatAreNotUtf8ArePlacedAtTheFirstBadByte() {
        byte[] bad = "p af 2\n1 2\n2 \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> IccmaFormat.read(new ByteArrayInputStream(bad), "l.af"))
                .isInstanceOf(InvalidMapException.class)
                .hasMessage("l.af:3:3: the file is not UTF-8 text: byte 0xE9 here cannot start or continue a UTF-8 character;"
                        + " save the file as UTF-8");
        // Columns count characters: "% é😀 " is 5 characters (6 UTF-16 units) but 9 bytes.
        byte[] good = "arg(a).\n% \u00e9\uD83D\uDE00 ".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = Arrays.copyOf(good, good.length + 1);
        withBad[good.length] = (byte) 0xFF;
        assertThatThrownBy(() -> ApxFormat.read(new ByteArrayInputStream(withBad), "e.apx"))
                .isInstanceOf(InvalidMapException.class).hasMessageStartingWith("e.apx:2:7: the file is not UTF-8 text: byte 0xFF");
    }

    private static List<String> problems(String text) {
        try {
            IccmaFormat.read(text, "n.af");
            return List.of();
        } catch (InvalidMapException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }
}
