package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.format.MapFormats;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void everyFileConvertsUnderTheSameRelativeNameAndAFailedFileIsReportedWithExitOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), "Discussion Title: T\n\n1. Thesis.\n1.1. Con: No.\n");
        Files.writeString(dir.resolve("in/micro_1.xml"), "<arggraph id='micro_1'><edu id='e1'>A.</edu>"
                + "<adu id='a1' type='pro'/><edge id='c1' src='e1' trg='a1' type='seg'/></arggraph>");
        Files.writeString(dir.resolve("in/bad.txt"), "Discussion Title: T\n\n1. Thesis.\n1.2. Pro: gap.\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("convert", dir.resolve("in").toString(), "--to", "json", "-o", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(dir.resolve("in/bad.txt") + ":4:1: claim 1.2. leaves a gap")
                .contains("converted 2 of 3 map files").doesNotContain("Exception");
        ArgumentMap kialo = MapFormats.byName("json").orElseThrow().read(out.resolve("sub/a.json")).map();
        assertThat(kialo.relations()).singleElement().matches(r -> r.isRebuttal() && r.source().equals("1.1"));
        assertThat(MapFormats.byName("json").orElseThrow().read(out.resolve("micro_1.json")).map().title())
                .isEqualTo("micro_1");
        assertThat(out.resolve("bad.json")).doesNotExist();
    }

    @Test
    void aCleanCorpusExitsZeroQuietly() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("a.txt"), "Discussion Name: T\n\n1. Thesis.\n");
        CliRun run = CliRun.run("convert", dir.resolve("in").toString(), "--to", "json", "-o", dir.resolve("o").toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(dir.resolve("o/a.json")).exists();
    }

    @Test
    void aDirectoryWithoutOutputIsAUsageError() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        CliRun run = CliRun.run("convert", dir.resolve("in").toString(), "--to", "json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("needs -o OUTDIR");
    }
}
