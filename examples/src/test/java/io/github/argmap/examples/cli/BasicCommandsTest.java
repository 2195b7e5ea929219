package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import io.github.argmap.examples.NixonExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasicCommandsTest {

    private static final String DANGLING =
            "{\"argmap\": 1, \"title\": \"x\",\n \"claims\": [{\"id\": \"a\", \"text\": \"A\"}],\n"
                    + " \"relations\": [{\"from\": \"a\", \"to\": \"c\", \"kind\": \"support\"}]}\n";

    @Test
    void list_namesEveryBundledMap() {
        CliRun r = CliRun.run("list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("panel ", "toulmin ", "nixon ");
    }

    @Test
    void version_printsVersion() {
        CliRun r = CliRun.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("argmap ");
    }

    @Test
    void unknownCommand_isUsageErrorWithUsageLine() {
        CliRun r = CliRun.run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("argmap: unknown command 'frobnicate'; 'argmap --help' lists the commands")
                .contains("Usage: argmap");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void noCommand_isUsageError() {
        CliRun r = CliRun.run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a command is required");
    }

    @Test
    void unknownOption_isUsageError() {
        CliRun r = CliRun.run("validate", "--frob", "nixon");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frob'").contains("Usage: argmap validate");
    }

    @Test
    void validate_validMapsExitZero() {
        CliRun r = CliRun.run("validate", "toulmin", "nixon");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("toulmin: valid (6 claims, 1 argument, 4 relations of which 2 undercuts)\nnixon: valid (4 claims, 5 relations)\n");
    }

    @Test
    void validate_reportsEveryProblemWithFileLineColumn(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, DANGLING);
        CliRun r = CliRun.run("validate", bad.toString(), "nixon");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(bad + ":3:36: support a -> c: no claim or argument has id 'c'; add it or fix the relation's \"to\"\n");
        assertThat(r.out()).isEqualTo("nixon: valid (4 claims, 5 relations)\n");
    }

    @Test
    void validate_readsStandardInput() {
        CliRun r = CliRun.runWithInput(DANGLING, "validate", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("<stdin>:3:36: support a -> c");
    }

    @Test
    void validate_missingFileAndDirectory(@TempDir Path dir) {
        CliRun r = CliRun.run("validate", dir.resolve("none.json").toString(), dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(dir.resolve("none.json") + ": no such file")
                .contains(dir + ": is a directory, not a map file");
    }

    @Test
    void validate_checksQuotesAgainstGivenSource(@TempDir Path dir) throws IOException {
        Path map = dir.resolve("m.json");
        Files.writeString(map, "{\"argmap\": 1, \"title\": \"x\",\n \"claims\": [{\"id\": \"a\", \"text\": \"A\", \"quote\": \"sunny day\"}]}\n");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "It was a sunny day.");
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "It rained.");
        assertThat(CliRun.run("validate", map.toString(), "--source", good.toString()).out())
                .isEqualTo(map + ": valid (1 claims, 0 relations, every quote found in " + good + ")\n");
        CliRun r = CliRun.run("validate", map.toString(), "--source", other.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(map + ":2:47: the quote of claim 'a' does not occur verbatim in " + other
                + "; copy the exact span from the source\n");
    }

    @Test
    void convert_toJsonWritesFileAtomicallyAndLosslessly(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("nixon.json");
        CliRun r = CliRun.run("convert", "nixon", "--to", "json", "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(JsonMapWriter.toJson(NixonExample.map()));
        assertThat(JsonMapReader.read(out)).isEqualTo(NixonExample.map());
    }

    @Test
    void convert_invalidInputLeavesPreviousOutput(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, DANGLING);
        Path out = dir.resolve("out.json");
        Files.writeString(out, "previous");
        CliRun r = CliRun.run("convert", bad.toString(), "--to", "json", "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("previous");
    }

    @Test
    void convert_unwritableTargetSaysWhy(@TempDir Path dir) throws IOException {
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x");
        CliRun r = CliRun.run("convert", "nixon", "--to", "json", "-o", notADir.resolve("out.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith(notADir.resolve("out.json") + ": cannot write:").doesNotContain("\tat ");
    }

    @Test
    void help_worksAfterEveryCommand() {
        for (String command : new String[] {"demo", "summary", "dot", "render", "show", "validate", "convert",
            "extensions", "strength", "list"}) {
            CliRun r = CliRun.run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: argmap " + command);
        }
    }

    @Tag("scale") // slow: runs under -Pscale
    @Test
    void aMapWhoseBipolarReadingIsTooLarge_failsInOneLineSayingWhatToDo(@TempDir Path dir) throws IOException {
        // s_i+1 supports s_i and x_i rebuts s_i: x_i attacks all of s_0..s_i under the bipolar
        // reading, 20,000 steps about 200 million attacks, past MapFramework.MAX_ATTACKS.
        StringBuilder claims = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            claims.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"text\":\"S\"},{\"id\":\"x")
                    .append(i).append("\",\"text\":\"X\"}");
            relations.append(i == 0 ? "" : ",").append("{\"from\":\"x").append(i).append("\",\"to\":\"s").append(i)
                    .append("\",\"kind\":\"rebuttal\"}");
            if (i > 0) {
                relations.append(",{\"from\":\"s").append(i).append("\",\"to\":\"s").append(i - 1)
                        .append("\",\"kind\":\"support\"}");
            }
        }
        Path map = dir.resolve("ladder.json");
        Files.writeString(map, "{\"argmap\":1,\"title\":\"ladder\",\"claims\":[" + claims + "],\"relations\":[" + relations + "]}");
        // The default reading (attack-only) has one attack per rebuttal, so the summary stands.
        CliRun summary = CliRun.run("summary", map.toString());
        assertThat(summary.code()).isZero();
        assertThat(CliRun.run("summary", map.toString(), "--no-standing").code()).isZero();
        CliRun bipolar = CliRun.run("extensions", map.toString(), "--semantics", "grounded", "--reading", "bipolar");
        assertThat(bipolar.code()).isEqualTo(1);
        assertThat(bipolar.err()).contains("use the attack-only reading").doesNotContain("internal error").hasLineCount(1);
        CliRun attackOnly = CliRun.run("extensions", map.toString(), "--semantics", "grounded");
        assertThat(attackOnly.code()).isZero();
        assertThat(attackOnly.out()).startsWith("[[\"x0\",\"x1\",");
    }
}
