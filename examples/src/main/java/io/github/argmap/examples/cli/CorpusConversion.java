package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.core.Problem;
import io.github.argmap.core.format.Corpus;
import io.github.argmap.core.format.MapFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code argmap convert DIR --to FORMAT -o OUTDIR}: every file of a corpus directory converted, one
 * at a time (memory holds one map), each output written atomically under the same relative path
 * with the target's extension. A file that cannot be read is reported on standard error with its
 * problems and the others still convert; the exit code is then 1. When the run takes more than a
 * second and a person watches standard error, a {@code converted N/M} line counts the files.
 */
final class CorpusConversion {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REFRESH_NANOS = 200_000_000L;

    private CorpusConversion() {}

    static int run(Path directory, MapFormat target, Path outputDir, PrintStream err, boolean watched) {
        List<Path> files;
        try {
            files = Corpus.files(directory);
        } catch (IOException e) {
            throw new CliException(format(CliMessages.CANNOT_READ, directory, MapInput.reason(e)), e);
        }
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new CliException(format(CliMessages.CANNOT_WRITE, outputDir, MapInput.reason(e)), e);
        }
        String extension = "." + target.extensions().get(0);
        Set<Path> written = new HashSet<>();
        int converted = 0;
        int failed = 0;
        int seen = 0;
        long started = System.nanoTime();
        long shownAt = 0;
        boolean shown = false;
        try (Stream<Corpus.Entry> entries = Corpus.read(directory)) {
            for (Corpus.Entry e : (Iterable<Corpus.Entry>) entries::iterator) {
                seen++;
                for (Problem w : e.warnings()) {
                    err.println(placed(w, e.file()) + "warning: " + w.message());
                }
                if (!e.ok()) {
                    failed++;
                    for (Problem p : e.problems()) {
                        err.println(placed(p, e.file()) + p.message());
                    }
                } else {
                    Path out = outputFor(directory, e.file(), outputDir, extension, written);
                    try {
                        Files.createDirectories(out.getParent());
                        target.write(e.map().orElseThrow(), out);
                        converted++;
                    } catch (IOException io) {
                        failed++;
                        err.println(format(CliMessages.CANNOT_WRITE, out, MapInput.reason(io)));
                    }
                }
                long now = System.nanoTime();
                if (watched && now - started > QUIET_NANOS && now - shownAt > REFRESH_NANOS) {
                    err.print("\rargmap: converted " + seen + "/" + files.size() + " files\u001B[K");
                    err.flush();
                    shownAt = now;
                    shown = true;
                }
            }
        } catch (IOException e) {
            throw new CliException(format(CliMessages.CANNOT_READ, directory, MapInput.reason(e)), e);
        }
        if (shown) {
            err.print("\r\u001B[K");
        }
        if (failed > 0 || converted == 0) {
            err.println("argmap: converted " + converted + " of " + seen + " map files in " + directory
                    + (failed > 0 ? "; " + failed + " failed" : "") + (seen == 0 ? " (no file any format reads)" : ""));
        }
        return failed > 0 || seen == 0 ? 1 : 0;
    }

    private static String placed(Problem p, Path file) {
        Problem q = p.file().isEmpty() ? p.inFile(file.toString()) : p;
        String s = q.toString();
        return s.substring(0, s.length() - q.message().length());
    }

    /** OUTDIR/relative/name with the target's extension; a name taken already keeps its own extension too. */
    private static Path outputFor(Path directory, Path file, Path outputDir, String extension, Set<Path> written) {
        Path relative = directory.relativize(file);
        String fileName = relative.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        Path parent = relative.getParent();
        Path out = outputDir.resolve(parent == null ? Path.of(stem + extension) : parent.resolve(stem + extension));
        if (!written.add(key(out))) {
            out = outputDir.resolve(parent == null ? Path.of(fileName + extension) : parent.resolve(fileName + extension));
            written.add(key(out));
        }
        return out;
    }

    private static Path key(Path p) {
        return Path.of(p.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT));
    }
}
