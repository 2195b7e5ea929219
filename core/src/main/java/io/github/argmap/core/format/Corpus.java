package io.github.argmap.core.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a whole corpus directory, one map (or the problems that stopped it) per file.
 *
 * <p>{@code try (Stream<Corpus.Entry> s = Corpus.read(Path.of("arg-microtexts/corpus/en"))) {
 * s.forEach(e -> ...); }}
 *
 * <p>Files are found recursively and visited in the order of their paths (so the same directory
 * always gives the same sequence); hidden files, those no format recognises and those their format
 * keeps for inclusion into others ({@link MapFormat#isPartial}: Argdown's {@code _part.argdown}) are
 * skipped. Each
 * file's format is told by its name ({@link MapFormats#forFile}) unless that name is generic
 * ({@code .json}, {@code .xml}, {@code .txt}) and the file's first kilobytes say otherwise
 * ({@link MapFormat#recognizes}): a directory of AIFdb {@code .json} files, Kialo {@code .txt}
 * exports or Microtexts {@code .xml} graphs reads without being told. Maps are read lazily, one at a
 * time as the stream is consumed, so memory holds one map whatever the corpus's size; a file that
 * fails gives an entry with its problems instead of stopping the stream. Cost: one directory walk,
 * then each file read once.
 */
public final class Corpus {
    private static final int HEAD_BYTES = 4096;

    private Corpus() {}

    /**
     * One file of a corpus: its map and warnings, or the problems that kept it from being read.
     *
     * @param file the file
     * @param format the format it was read as
     * @param map the map, empty when the file had problems
     * @param warnings what the reader left out or changed
     * @param problems why the file could not be read; empty when {@code map} is present
     */
    public record Entry(Path file, String format, Optional<ArgumentMap> map, List<Problem> warnings,
            List<Problem> problems) {
        /**
         * Checks the components.
         *
         * @param file the file
         * @param format the format it was read as
         * @param map the map, empty when the file had problems
         * @param warnings what the reader left out or changed
         * @param problems why the file could not be read; empty when {@code map} is present
         */
        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(map, "map");
            warnings = List.copyOf(warnings);
            problems = List.copyOf(problems);
        }

        /**
         * Tells whether the file was read.
         *
         * @return {@code true} when {@link #map()} is present
         */
        public boolean ok() {
            return map.isPresent();
        }
    }

    /**
     * Reads every file of a directory that some format reads, each in the format its name or content
     * says.
     *
     * @param directory the corpus directory
     * @return the entries in path order; close the stream (it holds no open file between entries,
     *     but closing is the habit for file streams)
     * @throws IOException when the directory cannot be listed
     */
    public static Stream<Entry> read(Path directory) throws IOException {
        return read(directory, null);
    }

    /**
     * Reads every file of a directory in one format (other files are still visited and reported when
     * they fail to read as that format).
     *
     * @param directory the corpus directory
     * @param format the format every file is in, or {@code null} to tell each file's format
     * @return the entries in path order
     * @throws IOException when the directory cannot be listed
     */
    public static Stream<Entry> read(Path directory, MapFormat format) throws IOException {
        return files(directory).stream().map(f -> readOne(directory, f, format)).filter(Objects::nonNull);
    }

    /**
     * The regular files under a directory, hidden ones left out, sorted by path.
     *
     * @param directory the directory
     * @return the files
     * @throws IOException when the directory cannot be listed
     */
    public static List<Path> files(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !directory.relativize(p).toString().startsWith(".")
                            && !p.getFileName().toString().startsWith("."))
                    .forEach(files::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(null);
        return files;
    }

    /**
     * The format a file is read as: its name's, unless the name is generic and the content says
     * otherwise; empty when no format reads it.
     *
     * @param file the file
     * @return the format
     * @throws IOException when the file cannot be read
     */
    public static Optional<MapFormat> formatOf(Path file) throws IOException {
        Optional<MapFormat> byName = MapFormats.forFile(file);
        String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean generic = byName.isEmpty() || byName.get().name().equals("json");
        if (!generic) {
            return byName;
        }
        String head = head(file);
        for (MapFormat f : MapFormats.all()) {
            if (f.canRead() && f.recognizes(head)) {
                return Optional.of(f);
            }
        }
        if (byName.isEmpty() && lower.endsWith(".json")) {
            return MapFormats.byName("json");
        }
        return byName;
    }

    private static String head(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(HEAD_BYTES);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    private static Entry readOne(Path directory, Path file, MapFormat given) {
        MapFormat format = given;
        try {
            if (format == null) {
                format = formatOf(file).orElse(null);
                if (format == null) {
                    return null;
                }
            }
            if (format.isPartial(directory.relativize(file))) {
                return null;
            }
            ReadResult r = format.read(file);
            return new Entry(file, format.name(), Optional.of(r.map()), r.warnings(), List.of());
        } catch (InvalidMapException | UncheckedIOException e) {
            if (e instanceof UncheckedIOException u) {
                String why = u.getCause().getMessage() == null ? "I/O error" : u.getCause().getMessage();
                return new Entry(file, format == null ? "" : format.name(), Optional.empty(), List.of(),
                        List.of(new Problem(file.toString(), 0, 0, "", "cannot read the file: " + why)));
            }
            InvalidMapException ime = (InvalidMapException) e;
            List<Problem> placed = new ArrayList<>();
            for (Problem p : ime.problems()) {
                placed.add(p.file().isEmpty() ? p.inFile(file.toString()) : p);
            }
            return new Entry(file, format.name(), Optional.empty(), List.of(), placed);
        } catch (RuntimeException e) {
            // A reader must not fail this way; one file's bug does not stop the rest of the corpus.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Entry(file, format == null ? "" : format.name(), Optional.empty(), List.of(),
                    List.of(new Problem(file.toString(), 0, 0, "", "could not be read: " + why)));
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Entry(file, format == null ? "" : format.name(), Optional.empty(), List.of(),
                    List.of(new Problem(file.toString(), 0, 0, "", "cannot read the file: " + why)));
        }
    }
}
