package io.github.argmap.core.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphvizTest {
    private static final String NO_DOT = "Graphviz's dot is not on the PATH; CI installs it";

    @Test
    void render_writesAPictureInEachFormat(@TempDir Path dir) throws IOException {
        assumeTrue(Graphviz.isAvailable(), NO_DOT);
        Path dot = dir.resolve("g.dot");
        Files.writeString(dot, "digraph { \"a\" -> \"b\"; }\n");
        Graphviz.render(dot, dir.resolve("g.svg"), "svg");
        Graphviz.render(dot, dir.resolve("g.png"), "PNG");
        Graphviz.render(dot, dir.resolve("g.pdf"), "pdf");
        assertThat(Files.readString(dir.resolve("g.svg"))).contains("<svg").contains(">a</text>");
        byte[] png = Files.readAllBytes(dir.resolve("g.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readAllBytes(dir.resolve("g.pdf"))).startsWith('%', 'P', 'D', 'F');
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("g.dot", "g.svg", "g.png", "g.pdf");
    }

    @Test
    void render_treatsAWarningAsAFailureAndKeepsThePreviousPicture(@TempDir Path dir) throws IOException {
        assumeTrue(Graphviz.isAvailable(), NO_DOT);
        Path dot = dir.resolve("warn.dot");
        Files.writeString(dot, "digraph { \"a\" [shape=\"nosuchshape\"]; }\n");
        Path svg = dir.resolve("warn.svg");
        Files.writeString(svg, "previous");
        assertThatThrownBy(() -> Graphviz.render(dot, svg, "svg")).isInstanceOf(IOException.class)
                .hasMessageContaining("printed warnings").hasMessageContaining("nosuchshape");
        assertThat(Files.readString(svg)).isEqualTo("previous");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("warn.dot", "warn.svg");
    }

    @Test
    void render_reportsASyntaxErrorWithDotsMessage(@TempDir Path dir) throws IOException {
        assumeTrue(Graphviz.isAvailable(), NO_DOT);
        Path dot = dir.resolve("bad.dot");
        Files.writeString(dot, "digraph { \"a\" -> ; }\n");
        assertThatThrownBy(() -> Graphviz.render(dot, dir.resolve("bad.svg"), "svg")).isInstanceOf(IOException.class)
                .hasMessageContaining("failed with exit code").hasMessageContaining("syntax error");
        assertThat(dir.resolve("bad.svg")).doesNotExist();
    }

    @Test
    void render_rejectsAnUnknownFormat(@TempDir Path dir) {
        assertThatThrownBy(() -> Graphviz.render("dot", dir.resolve("g.dot"), dir.resolve("g.gif"), "gif", Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'gif'").hasMessageContaining("svg, png, pdf");
    }

    @Test
    void render_killsADotThatHangs(@TempDir Path dir) throws IOException {
        assumeTrue(File.separatorChar == '/', "needs a POSIX shell for the stand-in");
        Path hang = fakeDot(dir, "exec sleep 60");
        Path out = dir.resolve("g.svg");
        assertThatThrownBy(() -> Graphviz.render(hang.toString(), dir.resolve("g.dot"), out, "svg", Duration.ofMillis(300)))
                .isInstanceOf(IOException.class).hasMessageContaining("did not finish within");
        assertThat(out).doesNotExist();
    }

    @Test
    void render_drainsAFloodOfMessagesWithoutHanging(@TempDir Path dir) throws IOException {
        assumeTrue(File.separatorChar == '/', "needs a POSIX shell for the stand-in");
        // 1 MB on each stream, far beyond a pipe's buffer: undrained, the stand-in would block forever.
        Path flood = fakeDot(dir, "head -c 1000000 /dev/zero | tr '\\0' 'o'; head -c 1000000 /dev/zero | tr '\\0' 'e' >&2; exit 0");
        assertThatThrownBy(() -> Graphviz.render(flood.toString(), dir.resolve("g.dot"), dir.resolve("g.svg"), "svg",
                Duration.ofSeconds(60)))
                .isInstanceOf(IOException.class).hasMessageContaining("printed warnings").hasMessageContaining("eeee");
    }

    private static Path fakeDot(Path dir, String body) throws IOException {
        Path script = dir.resolve("fake-dot.sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
