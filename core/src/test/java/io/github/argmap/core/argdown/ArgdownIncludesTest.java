package io.github.argmap.core.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.RelationKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @include(path)} as the Argdown CLI 1.7.5 reads it: replaced by the file's text, relative to
 * the including file's directory, each file once. The counts below were worked out by hand and are
 * the ones {@code argdown json} gives for the same files.
 */
class ArgdownIncludesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static ArgumentMap read(Path p) throws IOException {
        return new ArgdownFormat().read(p).map();
    }

    private static long count(ArgumentMap m, RelationKind kind) {
        return m.relations().stream().filter(r -> r.kind() == kind).count();
    }

    @Test
    void includedFilesAreReadInPlaceRelativeToTheIncludingFileAndEachOnlyOnce() throws IOException {
        Path main = write("main.argdown", "# Main\n\n[Claim A]: Coalitions act faster.\n  + [Claim B]: Unanimity is slow.\n\n"
                + "@include(sub/a.argdown)\n\n@include(b.argdown)\n");
        write("sub/a.argdown", "[Claim C]: Non-EU members bring capabilities.\n  - [Claim A]\n\n@include(../b.argdown)\n");
        write("b.argdown", "[Claim D]: The UK is the key partner.\n  + [Claim C]\n");

        ArgumentMap m = read(main);

        // A, B from main; C from sub/a; D from b, included from sub/a; main's own include of b is
        // the second and becomes a comment, so D's support of C is there once.
        assertThat(m.claims()).extracting(c -> c.title().orElse(c.id()))
                .containsExactlyInAnyOrder("Claim A", "Claim B", "Claim C", "Claim D");
        assertThat(count(m, RelationKind.SUPPORT)).isEqualTo(2);
        assertThat(count(m, RelationKind.REBUTTAL)).isEqualTo(1);
    }

    @Test
    void includeLoopsEndBecauseAFileIsIncludedOnce() throws IOException {
        Path a = write("a.argdown", "[A]: a\n\n@include(b.argdown)\n");
        write("b.argdown", "[B]: b\n  + [A]\n\n@include(a.argdown)\n");

        ArgumentMap m = read(a);

        // a's text, b's text, then a again (the first include of a), whose include of b is the second.
        assertThat(m.claims()).hasSize(2);
        assertThat(count(m, RelationKind.SUPPORT)).isEqualTo(1);
    }

    @Test
    void aMissingIncludedFileIsAnErrorAtTheInclude() throws IOException {
        Path main = write("m.argdown", "[X]: x\n\n  @include(nothere.argdown)\n");

        assertThatThrownBy(() -> read(main)).isInstanceOf(InvalidMapException.class)
                .hasMessageContaining(main + ":3:3: cannot include 'nothere.argdown': there is no file "
                        + dir.resolve("nothere.argdown"));
    }

    @Test
    void aProblemInAnIncludedFileNamesThatFileAndItsLine() throws IOException {
        Path main = write("m.argdown", "[X]: x\n\n@include(part.argdown)\n\n[Y]: y\n");
        Path part = write("part.argdown", "[P]: p\n\n[Q]: q\n  + \\");

        assertThatThrownBy(() -> read(main)).isInstanceOf(InvalidMapException.class)
                .hasMessageStartingWith(part + ":4:");
    }

    @Test
    void includesNestedDeeperThanTheLimitAreRefusedNotFollowedOnTheStack() throws IOException {
        int n = ArgdownIncludes.MAX_DEPTH + 5;
        for (int i = 0; i < n; i++) {
            write("f" + i + ".argdown", "[S" + i + "]: s" + i + "\n\n@include(f" + (i + 1) + ".argdown)\n");
        }
        write("f" + n + ".argdown", "[Last]: last\n");

        assertThatThrownBy(() -> read(dir.resolve("f0.argdown"))).isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("includes nested more than " + ArgdownIncludes.MAX_DEPTH + " files deep");
    }

    @Test
    void aChainWithinTheLimitIsReadWhole() throws IOException {
        int n = ArgdownIncludes.MAX_DEPTH - 1;
        for (int i = 0; i < n; i++) {
            write("g" + i + ".argdown", "[T" + i + "]: t" + i + "\n\n@include(g" + (i + 1) + ".argdown)\n");
        }
        write("g" + n + ".argdown", "[Last]: last\n");

        assertThat(read(dir.resolve("g0.argdown")).claims()).hasSize(n + 1);
    }
}
