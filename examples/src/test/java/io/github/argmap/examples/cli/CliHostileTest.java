package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad argument to the {@code argmap} command exits 1 (bad input) or 2 (usage), says
 * what is wrong in one line on standard error — a usage error's line starts {@code argmap:} and is
 * followed only by the synopsis and a pointer to {@code --help}; bad input prints one line per
 * problem, each naming the file — and never shows a stack trace unless {@code --debug} is given.
 */
@Timeout(120)
class CliHostileTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.run(args));
    }

    private static CliRun runWithInput(String stdin, String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.runWithInput(stdin, args));
    }

    private static void assertNoStackTrace(CliRun r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
    }

    /** Exit 2, and the first line of standard error says what is wrong, containing {@code what}. */
    private static void assertUsage(CliRun r, String what) {
        assertThat(r.code()).as(r.err()).isEqualTo(Argmap.USAGE);
        List<String> lines = r.err().lines().toList();
        assertThat(lines.get(0)).startsWith("argmap: ").contains(what);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l)
                .matches(s -> s.startsWith("Usage: ") || s.startsWith(" ") || s.startsWith("Try '"), "synopsis or --help pointer"));
        assertNoStackTrace(r);
        assertThat(r.out()).isEmpty();
    }

    /** Exit 1 and exactly one line on standard error, containing every part of {@code what}. */
    private static void assertBadInput(CliRun r, String... what) {
        assertThat(r.code()).as(r.err()).isEqualTo(Argmap.INVALID_INPUT);
        assertThat(r.err().lines().toList()).as(r.err()).singleElement().satisfies(l -> {
            for (String w : what) {
                assertThat(l).contains(w);
            }
        });
        assertNoStackTrace(r);
    }

    /** Exit 1 and every line of standard error a problem placed in {@code file}. */
    private static void assertPlacedProblems(CliRun r, String file) {
        assertThat(r.code()).as(r.err()).isEqualTo(Argmap.INVALID_INPUT);
        assertThat(r.err().lines().toList()).as(r.err()).isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith(file + ":"));
        assertNoStackTrace(r);
    }

    @Test
    void unknownCommandAndOption_areUsageErrors() {
        assertUsage(run("frobnicate"), "'frobnicate'");
        assertUsage(run("validate", "--frob", "panel"), "Unknown option: '--frob'");
        assertUsage(run("--frob"), "--frob");
        assertUsage(run(), "a command is required");
    }

    @Test
    void missingAndExtraParameters_areUsageErrors() {
        assertUsage(run("show"), "CLAIM");
        assertUsage(run("validate"), "MAP");
        assertUsage(run("convert", "panel"), "--to");
        assertUsage(run("extensions", "panel"), "--semantics");
        assertUsage(run("strength", "panel"), "--semantics");
        assertUsage(run("show", "panel", "a", "b"), "'b'");
        assertUsage(run("summary", "panel", "extra"), "'extra'");
        assertUsage(run("convert", "panel", "--to"), "--to");
    }

    @Test
    void badEnumValues_areUsageErrorsListingTheChoices() {
        assertUsage(run("summary", "--format", "yaml"), "use markdown, json or text");
        assertUsage(run("convert", "panel", "--to", "pdf"), "unknown format 'pdf'");
        assertUsage(run("convert", "panel", "--to", "json", "--reading", "sideways"), "use bipolar or attack-only");
        assertUsage(run("extensions", "panel", "--semantics", "ideal"), "use grounded, complete, preferred or stable");
        assertUsage(run("extensions", "panel", "--semantics", "GROUNDED "), "unknown semantics");
        assertUsage(run("strength", "--semantics", "pagerank"), "use h-categorizer or df-quad");
        assertUsage(run("dot", "--cluster", "party"), "use section, speaker or none");
        assertUsage(run("dot", "--color-by", "mood"), "use speaker, section, tag or status");
        assertUsage(run("dot", "--layout", "grid"), "use overview or free");
        assertUsage(run("dot", "--rankdir", "UP"), "use BT, TB, LR or RL");
        assertUsage(run("dot", "--status", "ideal"), "unknown semantics");
    }

    @Test
    void negativeAndOverflowingNumbers_areUsageErrors() {
        assertUsage(run("dot", "--focus", "walk", "--depth", "-1"), "--depth is -1");
        assertUsage(run("dot", "--focus", "walk", "--depth", "99999999999"), "99999999999");
        assertUsage(run("dot", "--focus", "walk", "--depth", "two"), "'two'");
        assertUsage(run("dot", "--wrap", "-5"), "--wrap is -5");
        assertUsage(run("dot", "--wrap", "2147483648"), "2147483648");
    }

    @Test
    void conflictingOptions_areUsageErrors() {
        // --depth bounds the distance from --focus; alone it would be silently ignored.
        assertUsage(run("dot", "--depth", "3"), "--depth needs --focus");
    }

    @Test
    void missingFiles_areBadInputNamingTheFile() {
        Path none = dir.resolve("none.json");
        assertBadInput(run("validate", none.toString()), none.toString(), "no such file");
        assertBadInput(run("summary", none.toString()), none.toString(), "no such file");
        assertBadInput(run("extensions", dir.resolve("none.apx").toString(), "--semantics", "grounded"),
                dir.resolve("none.apx").toString(), "no such file");
        assertBadInput(run("extensions", dir.resolve("none.af").toString(), "--semantics", "grounded"), "no such file");
        assertBadInput(run("validate", "--source", dir.resolve("none.txt").toString(), "panel"),
                dir.resolve("none.txt").toString(), "no such file");
    }

    @Test
    void directoriesGivenAsFiles_areBadInput() throws IOException {
        Path d = Files.createDirectory(dir.resolve("maps.json"));
        assertBadInput(run("validate", d.toString()), d.toString(), "is a directory");
        assertBadInput(run("summary", d.toString()), d.toString(), "is a directory");
        assertBadInput(run("show", d.toString(), "walk"), d.toString(), "is a directory");
        Path apx = Files.createDirectory(dir.resolve("af.apx"));
        assertBadInput(run("extensions", apx.toString(), "--semantics", "grounded"), apx.toString(), "is a directory");
        Path af = Files.createDirectory(dir.resolve("x.af"));
        assertBadInput(run("extensions", af.toString(), "--semantics", "grounded"), af.toString(), "is a directory");
        assertBadInput(run("validate", "--source", dir.toString(), "panel"),
                dir + ": is a directory; --source takes the source text's file");
    }

    @Test
    void unreadableFiles_areBadInput() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not apply to root");
        Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
        assertThat(locked.toFile().setReadable(false)).isTrue();
        assertBadInput(run("validate", locked.toString()), locked.toString(), "permission denied");
    }

    @Test
    void standardInput_emptyOrGarbage_isBadInputPlacedInStdin() {
        assertPlacedProblems(runWithInput("", "validate", "-"), "<stdin>");
        assertPlacedProblems(runWithInput("\u0000\u0001garbage", "summary", "-"), "<stdin>");
        assertPlacedProblems(runWithInput("{\"argmap\": 1, \"title\": ", "show", "-", "a"), "<stdin>");
        assertPlacedProblems(runWithInput("[[[[[[[[", "extensions", "-", "--semantics", "grounded"), "<stdin>");
    }

    @Test
    void badMapsInEveryInputFormat_areBadInputPlacedInTheFile() throws IOException {
        String[][] files = {
            {"bad.json", "{\"argmap\": 1, \"claims\": [{\"id\": \"a b\"}]"},
            {"bad.aif.json", "{\"nodes\": [{\"nodeID\": 1}], \"edges\": [{\"fromID\": 1, \"toID\": 9}]"},
            {"bad.graphml", "<?xml version=\"1.0\"?><graphml><graph><node id=\"a\"></graph>"},
            // The Argdown CLI refuses a paragraph that follows another without an empty line.
            {"bad.argdown", "[a]: A.\n  <+ [b]: B.\n[c]: C.\n"},
            {"bad.apx", "arg(a).\natt(a,b).\narg(\n"},
            {"bad.af", "p af 2\n1 3\n"},
            {"bad.i23", "1 2\n"},
            {"huge.af", "p af 10000000\n"},
        };
        for (String[] f : files) {
            Path file = Files.writeString(dir.resolve(f[0]), f[1], StandardCharsets.UTF_8);
            String name = file.toString();
            CliRun r = f[0].endsWith(".af") || f[0].endsWith(".i23") || f[0].endsWith(".apx")
                    ? run("extensions", name, "--semantics", "grounded")
                    : run("validate", name);
            assertPlacedProblems(r, name);
            if (!f[0].endsWith(".af") && !f[0].endsWith(".i23") && !f[0].endsWith(".apx")) {
                assertPlacedProblems(run("summary", name), name);
                assertPlacedProblems(run("convert", name, "--to", "iccma"), name);
            }
        }
        Path notUtf8 = Files.write(dir.resolve("latin1.apx"), new byte[] {'a', 'r', 'g', '(', (byte) 0xE9, ')', '.'});
        CliRun r = run("extensions", notUtf8.toString(), "--semantics", "preferred");
        assertPlacedProblems(r, notUtf8 + ":1:5");
    }

    @Test
    void outputIntoAMissingDirectoryOrOntoADirectory_isBadInputAndWritesNothing() throws IOException {
        Path missing = dir.resolve("no/such/dir/out.md");
        assertBadInput(run("summary", "panel", "-o", missing.toString()), missing + ": cannot write: no such directory "
                + missing.getParent() + "; create it first");
        assertThat(dir.resolve("no")).doesNotExist();
        Path target = Files.createDirectory(dir.resolve("out.json"));
        CliRun onto = run("convert", "panel", "--to", "json", "-o", target.toString());
        assertBadInput(onto, target + ": cannot write: it is a directory; the previous file, if any, is unchanged");
        assertThat(target).isEmptyDirectory();
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path under = file.resolve("out.md");
        CliRun r = run("summary", "panel", "-o", under.toString());
        assertBadInput(r, under + ": cannot write: " + file + " is a file, not a directory");
        assertThat(r.err()).doesNotContain(".tmp");
        assertThat(file).hasContent("x");
        CliRun demo = run("demo", "--out", file.toString());
        assertBadInput(demo, file + ": cannot write: " + file + " is a file, not a directory");
    }

    @Test
    void dotAndRenderOutputIntoAMissingDirectoryOrOntoADirectory_isBadInput() throws IOException {
        Path missing = dir.resolve("no/out.dot");
        assertBadInput(run("dot", "panel", "-o", missing.toString()), missing + ": cannot write: no such directory");
        Path svg = dir.resolve("no/out.svg");
        assertBadInput(run("render", "panel", "-o", svg.toString()), svg + ": cannot write: no such directory");
        Path onto = Files.createDirectory(dir.resolve("pic.svg"));
        assertBadInput(run("render", "panel", "-o", onto.toString()), onto + ": cannot write: it is a directory");
        assertUsage(run("render", "panel", "--format", "gif"), "unknown format 'gif'");
    }

    @Test
    void unknownClaimAndTag_areBadInputSayingWhereTheIdsAre() {
        assertBadInput(run("show", "panel", "no-such-claim"), "no claim has id 'no-such-claim'");
        assertBadInput(run("dot", "--focus", "no-such-claim"), "no claim has id 'no-such-claim'");
        assertBadInput(run("dot", "--tag", "no-such-tag"), "no claim has tag 'no-such-tag'");
    }

    @Test
    void debug_showsTheStackTraceThatIsOtherwiseHidden() {
        CliRun plain = run("validate", dir.resolve("none.json").toString());
        assertThat(plain.err()).doesNotContain("\tat ");
        CliRun debug = run("--debug", "summary", dir.resolve("none.json").toString());
        assertThat(debug.code()).isEqualTo(Argmap.INVALID_INPUT);
        assertThat(debug.err()).contains("\tat ").contains("no such file");
    }
}
