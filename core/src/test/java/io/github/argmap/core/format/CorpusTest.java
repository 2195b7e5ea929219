package io.github.argmap.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @TempDir
    Path dir;

    private static final String MICRO = "<arggraph id='micro_x'><edu id='e1'>A.</edu><edu id='e2'>B.</edu>"
            + "<adu id='a1' type='pro'/><adu id='a2' type='opp'/><edge id='c1' src='e1' trg='a1' type='seg'/>"
            + "<edge id='c2' src='e2' trg='a2' type='seg'/><edge id='c3' src='a2' trg='a1' type='reb'/></arggraph>";

    @Test
    void eachFileIsReadInTheFormatItsContentSaysInPathOrderWithPerFileProblems() throws IOException {
        Files.writeString(dir.resolve("b.xml"), MICRO);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.txt"), "Discussion Title: T\n\n1. Thesis.\n1.1. Pro: A.\n");
        Files.writeString(dir.resolve("c.txt"), "Discussion Title: T\n\n1. Thesis.\n1.2. Pro: gap.\n");
        Files.writeString(dir.resolve("notes.md"), "not a map");
        Files.writeString(dir.resolve(".hidden.json"), "{}");
        List<Corpus.Entry> entries;
        try (Stream<Corpus.Entry> s = Corpus.read(dir)) {
            entries = s.toList();
        }
        assertThat(entries).extracting(e -> dir.relativize(e.file()).toString().replace('\\', '/'))
                .containsExactly("b.xml", "c.txt", "sub/a.txt");
        assertThat(entries).extracting(Corpus.Entry::format).containsExactly("microtexts", "kialo", "kialo");
        assertThat(entries.get(0).map()).get().satisfies(m -> assertThat(m.claims()).hasSize(2));
        assertThat(entries.get(1).ok()).isFalse();
        assertThat(entries.get(1).problems()).singleElement().asString().startsWith(dir.resolve("c.txt") + ":4:1: ");
        assertThat(entries.get(2).map()).get().satisfies(m -> assertThat(m.relations()).hasSize(1));
    }

    @Test
    void argdownPartsForIncludingAreSkippedAsTheArgdownCliSkipsThem() throws IOException {
        Path root = dir.resolve("argdown");
        Files.createDirectories(root.resolve("_parts"));
        Files.writeString(root.resolve("main.argdown"), "[A]: a\n\n@include(_part.argdown)\n\n@include(_parts/b.argdown)\n");
        Files.writeString(root.resolve("_part.argdown"), "[P]: p\n  + [A]\n");
        Files.writeString(root.resolve("_parts/b.argdown"), "[B]: b\n");

        List<Corpus.Entry> entries;
        try (Stream<Corpus.Entry> s = Corpus.read(root)) {
            entries = s.toList();
        }

        // Only main.argdown is a map; the parts are read into it through its includes.
        assertThat(entries).extracting(e -> root.relativize(e.file()).toString()).containsExactly("main.argdown");
        assertThat(entries.get(0).map().orElseThrow().claims()).hasSize(3);
        // Named directly, a part is read like any file.
        assertThat(MapFormats.byName("argdown").orElseThrow().read(root.resolve("_part.argdown")).map().claims())
                .hasSize(2);
    }

    @Test
    void aGivenFormatReadsEveryFileAsThatFormat() throws IOException {
        Files.writeString(dir.resolve("x.data"), "Discussion Title: T\n\n1. Thesis.\n");
        try (Stream<Corpus.Entry> s = Corpus.read(dir, MapFormats.byName("kialo").orElseThrow())) {
            assertThat(s.toList()).singleElement().matches(Corpus.Entry::ok);
        }
    }
}
