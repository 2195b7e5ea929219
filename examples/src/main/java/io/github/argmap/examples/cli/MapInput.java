package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.examples.ExampleMaps;
import java.io.IOException;
import java.io.InputStream;
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

    static Loaded load(String spec, InputStream stdin) {
        String name = spec == null ? PANEL : spec;
        if (name.equals("-")) {
            try {
                return new Loaded(JsonMapReader.read(stdin, "<stdin>"), "<stdin>", Optional.empty());
            } catch (IOException e) {
                throw new CliException(format(CliMessages.CANNOT_READ, "<stdin>", reason(e)), e);
            }
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new CliException(format(CliMessages.NOT_A_FILE, name));
        }
        if (Files.exists(path)) {
            return new Loaded(readFile(path), name, Optional.of(path));
        }
        return ExampleMaps.byName(name)
                .map(e -> new Loaded(e.map(), e.name(), Optional.empty()))
                .orElseThrow(() -> new CliException(format(CliMessages.NO_SUCH_MAP, name)));
    }

    static ArgumentMap readFile(Path path) {
        return readFile(path, null);
    }

    static ArgumentMap readFile(Path path, Path sourceText) {
        try {
            return JsonMapReader.read(path, sourceText);
        } catch (IOException e) {
            throw new CliException(format(CliMessages.CANNOT_READ, path, reason(e)), e);
        }
    }

    /** The part of an I/O error a user can act on, without Java class names. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
