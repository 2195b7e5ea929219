package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Problem;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.MapFormats;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.examples.ExampleMaps;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Turns a MAP argument (a file, {@code -}, a bundled name, or nothing) into a map. */
final class MapInput {
    /** The default when no MAP is given. */
    static final String PANEL = "panel";

    private MapInput() {}

    /** A map with the name it was given by and, for files, where it lies. */
    record Loaded(ArgumentMap map, String name, Optional<Path> file) {}

    /**
     * Loads a map; a file's format is told by its name (JSON when unknown), standard input is JSON.
     * Warnings of lossy readers go to {@code top.err}.
     */
    @SuppressWarnings("try") // the Progress resource is there for its close(), which ends the progress line
    static Loaded load(String spec, Argmap top) {
        String name = spec == null ? PANEL : spec;
        if (name.equals("-")) {
            try {
                return new Loaded(JsonMapReader.read(top.in, "<stdin>"), "<stdin>", Optional.empty());
            } catch (IOException e) {
                throw new CliException(format(CliMessages.CANNOT_READ, "<stdin>", reason(e)), e);
            }
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new CliException(format(CliMessages.NOT_A_FILE, name));
        }
        if (Files.exists(path)) {
            try (Progress p = Progress.start(top.err, "reading " + name)) {
                return new Loaded(readFile(path, null, top.err), name, Optional.of(path));
            }
        }
        return ExampleMaps.byName(name)
                .map(e -> new Loaded(e.map(), e.name(), Optional.empty()))
                .orElseThrow(() -> new CliException(format(CliMessages.NO_SUCH_MAP, ArgsParser.shown(name))));
    }

    static ArgumentMap readFile(Path path, Path sourceText, PrintStream warnings) {
        try {
            Optional<MapFormat> format = MapFormats.forFile(path);
            if (format.isEmpty() || format.get().name().equals("json")) {
                // The JSON reader also checks quotes against the source text beside the map.
                return JsonMapReader.read(path, sourceText);
            }
            if (!format.get().canRead()) {
                throw new CliException(format(CliMessages.FORMAT_CANNOT_READ, path, format.get().name(), readable()));
            }
            ReadResult result = format.get().read(path);
            for (Problem w : result.warnings()) {
                warnings.println(warning(w));
            }
            return result.map();
        } catch (IOException e) {
            throw new CliException(format(CliMessages.CANNOT_READ, path, reason(e)), e);
        }
    }

    private static String warning(Problem w) {
        String placed = w.toString();
        String message = w.message();
        return placed.substring(0, placed.length() - message.length()) + "warning: " + message;
    }

    static String readable() {
        return String.join(", ", MapFormats.all().stream().filter(MapFormat::canRead).map(MapFormat::name).toList());
    }

    /**
     * The part of an I/O error a user can act on, without Java class names or temporary files:
     * a missing directory, a file where a directory should be, a directory where a file should be.
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return CliMessages.REASON_DENIED;
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
            Path file = Path.of(((FileSystemException) e).getFile()).toAbsolutePath();
            Path blocker = file.getParent();
            while (blocker != null && !Files.exists(blocker)) {
                blocker = blocker.getParent();
            }
            if (blocker != null && !Files.isDirectory(blocker)) {
                return format(CliMessages.REASON_NOT_A_DIRECTORY, blocker);
            }
            if (e instanceof NoSuchFileException) {
                Path parent = file.getParent();
                return parent != null && !Files.isDirectory(parent)
                        ? format(CliMessages.REASON_NO_DIRECTORY, parent) : CliMessages.REASON_NO_FILE;
            }
            if (Files.isDirectory(file)) {
                return CliMessages.REASON_IS_DIRECTORY;
            }
            if (e instanceof FileAlreadyExistsException) {
                return format(CliMessages.REASON_NOT_A_DIRECTORY, file);
            }
        }
        if (e instanceof NoSuchFileException) {
            return CliMessages.REASON_NO_FILE;
        }
        String m = e.getMessage();
        if (m != null && m.contains(": it is a directory")) {
            // AtomicFiles' own refusal, which already names the file.
            return CliMessages.REASON_IS_DIRECTORY;
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
