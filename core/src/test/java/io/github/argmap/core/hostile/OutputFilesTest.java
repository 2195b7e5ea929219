package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.io.AtomicFiles;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails leaves the previous file as it was, leaves no temporary file, and says why.
 * Tests run as root here, so unwritable directories are made from paths rather than permissions.
 */
class OutputFilesTest {
    private static final ArgumentMap MAP = new RandomMaps(3).map(200);

    /** A disk that fills up after {@code room} bytes. */
    private static final class FullDisk extends FilterOutputStream {
        private long room;

        FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException("No space left on device");
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void write_diskFullPartWayKeepsPreviousMapAndNoTemporary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("map.json");
        ArgumentMap previous = new RandomMaps(4).map(5);
        JsonMapWriter.write(previous, target);
        byte[] before = Files.readAllBytes(target);
        long size = JsonMapWriter.toJson(MAP).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        // Fail at the first byte, in the middle, and one byte before the end.
        for (long room : new long[] {0, size / 2, size - 1}) {
            Throwable failure = catchThrowable(() -> AtomicFiles.write(target, out -> JsonMapWriter.write(MAP, new FullDisk(out, room))));
            assertThat(failure).as("room %d", room).isInstanceOf(IOException.class).hasMessage("No space left on device");
            assertThat(Files.readAllBytes(target)).isEqualTo(before);
            assertThat(names(dir)).containsExactly("map.json");
        }
        assertThat(JsonMapReader.read(target)).isEqualTo(previous);
        // With room for everything the same route writes the new map.
        AtomicFiles.write(target, out -> JsonMapWriter.write(MAP, new FullDisk(out, size)));
        assertThat(JsonMapReader.read(target)).isEqualTo(MAP);
    }

    @Test
    void write_whereParentIsARegularFileFailsSayingSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "keep me");
        Throwable failure = catchThrowable(() -> JsonMapWriter.write(MAP, file.resolve("map.json")));
        assertThat(failure).isInstanceOf(IOException.class).hasMessageContaining("Not a directory");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(names(dir)).containsExactly("notes.txt");
    }

    @Test
    void write_overADirectoryFailsSayingSoAndKeepsIt(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("map.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "keep me");
        Throwable failure = catchThrowable(() -> JsonMapWriter.write(MAP, target));
        assertThat(failure).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": it is a directory; the previous file, if any, is unchanged");
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("keep me");
        assertThat(names(dir)).containsExactly("map.json");

        Path empty = dir.resolve("empty.json");
        Files.createDirectory(empty);
        assertThat(catchThrowable(() -> JsonMapWriter.write(MAP, empty))).isInstanceOf(IOException.class)
                .hasMessageContaining("it is a directory");
        assertThat(empty).isEmptyDirectory();
        assertThat(names(dir)).containsExactly("empty.json", "map.json");
    }

    @Test
    void write_replacesPreviousMapWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("map.json");
        JsonMapWriter.write(new RandomMaps(4).map(500), target);
        JsonMapWriter.write(MAP, target);
        assertThat(JsonMapReader.read(target)).isEqualTo(MAP);
        assertThat(names(dir)).containsExactly("map.json");
    }
}
