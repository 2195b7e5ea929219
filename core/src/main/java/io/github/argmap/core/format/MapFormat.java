package io.github.argmap.core.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file format argument maps can be read from or written to.
 *
 * <p>Every format writes deterministically (the same map gives the same bytes) and reads with
 * errors positioned as {@code FILE:LINE:COLUMN: message}. {@link MapFormats} lists the formats
 * argmap ships.
 *
 * <pre>{@code
 * MapFormat aif = MapFormats.byName("aif").orElseThrow();
 * ReadResult read = aif.read(Path.of("debate.aif.json"));
 * read.warnings().forEach(System.err::println);
 * MapFormats.byName("graphml").orElseThrow().write(read.map(), Path.of("debate.graphml"));
 * }</pre>
 */
public interface MapFormat {
    /**
     * The format's short name, as the command line's {@code --to} takes it.
     *
     * @return a lower-case name such as {@code aif}
     */
    String name();

    /**
     * The file name endings of the format, without the leading dot, the preferred one first.
     *
     * @return such as {@code [graphml]}; never empty
     */
    List<String> extensions();

    /**
     * Tells whether {@link #read(InputStream, String)} is supported.
     *
     * @return {@code true} when the format can be read; every format argmap ships can
     */
    default boolean canRead() {
        return true;
    }

    /**
     * Tells whether {@link #write(ArgumentMap, OutputStream)} is supported.
     *
     * @return {@code true} when the format can be written; every format argmap ships can, except
     *     the read-only corpus formats (kialo, microtexts)
     */
    default boolean canWrite() {
        return true;
    }

    /**
     * Tells whether a file's beginning looks like this format, for files whose name does not say
     * (a Kialo export is a {@code .txt}, a Microtexts graph or an AIFdb file a plain {@code .xml} or
     * {@code .json}); used by {@link Corpus} to read a directory of mixed files.
     *
     * @param head the file's first few kilobytes, decoded as UTF-8 (possibly cut mid-token)
     * @return {@code true} when the content is recognisably this format; {@code false} by default
     */
    default boolean recognizes(String head) {
        return false;
    }

    /**
     * Tells whether a file of this format under a corpus directory is a part meant to be included
     * into other files rather than a map of its own, so that {@link Corpus} skips it. Argdown's
     * convention: the Argdown CLI skips every file whose name, or a folder on whose path, starts with
     * {@code _} (such files are {@code @include}d by others). A file named directly is always read.
     *
     * @param relative the file's path relative to the corpus directory
     * @return {@code true} to skip it; {@code false} by default
     */
    default boolean isPartial(Path relative) {
        return false;
    }

    /**
     * Reads a map.
     *
     * @param in the file's bytes; read to the end, not closed
     * @param name the name problems are reported under, such as the file's path or {@code <stdin>}
     * @return the map and the warnings on what could not be carried over
     * @throws IOException when the stream fails
     * @throws InvalidMapException when the content is not a valid map in this format
     * @throws UnsupportedOperationException when {@link #canRead()} is {@code false}
     */
    ReadResult read(InputStream in, String name) throws IOException;

    /**
     * Writes a map; the same map always gives the same bytes.
     *
     * @param map the map
     * @param out the stream; flushed, not closed
     * @throws IOException when the stream fails
     * @throws UnsupportedOperationException when {@link #canWrite()} is {@code false}
     */
    void write(ArgumentMap map, OutputStream out) throws IOException;

    /**
     * Reads a map file; problems name the file as given.
     *
     * @param file the file
     * @return the map and its warnings
     * @throws IOException when the file cannot be read
     * @throws InvalidMapException when the file is not a valid map in this format
     */
    default ReadResult read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Writes a map file through a temporary file and an atomic move.
     *
     * @param map the map
     * @param file the target; on failure the previous file is unchanged
     * @throws IOException when the file cannot be written
     */
    default void write(ArgumentMap map, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(map, out));
    }

    /**
     * Renders a map as text; all argmap's formats are UTF-8 text.
     *
     * @param map the map
     * @return the file's content
     */
    default String toText(ArgumentMap map) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(map, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
