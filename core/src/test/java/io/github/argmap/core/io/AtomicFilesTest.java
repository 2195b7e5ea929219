package io.github.argmap.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void write_failingPartWayLeavesPreviousFileAndNoTemporary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("map.json");
        Files.writeString(target, "previous");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(Files.readString(target)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void write_intoReadOnlyDirectoryFailsAndKeepsPreviousFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("map.json");
        Files.writeString(target, "previous");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(dir), "running as a user who can write anywhere");
            assertThatThrownBy(() -> AtomicFiles.writeString(target, "new")).isInstanceOf(IOException.class);
            assertThat(Files.readString(target)).isEqualTo("previous");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void write_newFileIsReadableByOthersLikeAnOrdinaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("panel.dot");
        AtomicFiles.writeString(target, "digraph {}\n");
        assertThat(Files.readString(target)).isEqualTo("digraph {}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void write_keepsPermissionsOfReplacedFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(target, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
    }
}
