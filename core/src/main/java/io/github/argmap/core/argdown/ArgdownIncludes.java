package io.github.argmap.core.argdown;

import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argdown's {@code @include(path)}: the Argdown CLI replaces each one, wherever it stands in the text,
 * by the named file's text (itself with its includes replaced), the path taken relative to the
 * directory of the file that includes it. A file is included once; a second include of it becomes
 * the comment the CLI writes ({@code <!-- Include failed: … already included … -->}), which is how
 * the CLI stops include loops. A file that cannot be read is an error at the include, as the CLI
 * cancels its export then.
 *
 * <p>Positions in the joined text are mapped back to the file and the line and column they came
 * from, so that a problem in an included file names that file.
 */
final class ArgdownIncludes {
    /** The CLI's pattern: {@code @include(} and anything up to the next {@code )}, newlines too. */
    private static final Pattern INCLUDE = Pattern.compile("@include\\(([^)]+)\\)");
    /** Deeper than this, includes are refused rather than followed on the stack. */
    static final int MAX_DEPTH = 64;

    /** A run of the joined text copied from one file, starting at {@code joined} and at {@code source} in that file. */
    private record Segment(int joined, String file, ArgdownLexer.Lines lines, int source) {}

    private final List<Segment> segments = new ArrayList<>();
    private final Set<Path> included = new HashSet<>();
    private final StringBuilder out = new StringBuilder();
    private final String text;

    private ArgdownIncludes(String text) {
        this.text = text;
    }

    /**
     * Replaces the includes of a file's text; a text without {@code @include(} is returned as it is.
     *
     * @param text the file's text
     * @param name the name the file is read under; when it is a path, includes are relative to its
     *     directory, else to the working directory
     * @return the joined text and where each of its positions came from
     * @throws InvalidMapException when an included file cannot be read or includes nest too deep
     */
    static ArgdownIncludes expand(String text, String name) {
        ArgdownIncludes x = new ArgdownIncludes(text);
        if (text.contains("@include(")) {
            x.append(text, name, ArgdownLexer.Lines.of(text), directoryOf(name), 0);
        }
        return x;
    }

    /**
     * Returns the text to read: the file's own, or its text with every include replaced.
     *
     * @return the text
     */
    String text() {
        return segments.isEmpty() ? text : out.toString();
    }

    /**
     * Places a problem at an offset of {@link #text()}: in the file the text there came from.
     *
     * @param name the name of the file that was read
     * @param lines the lines of {@link #text()}
     * @param offset an offset in {@link #text()}
     * @param message the problem
     * @return the problem, with its file, line and column
     */
    Problem at(String name, ArgdownLexer.Lines lines, int offset, String message) {
        if (segments.isEmpty()) {
            return new Problem(name, lines.line(offset), lines.column(offset), "", message);
        }
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).joined <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Segment s = segments.get(lo);
        int at = s.source + (offset - s.joined);
        return new Problem(s.file, s.lines.line(at), s.lines.column(at), "", message);
    }

    private void append(String source, String file, ArgdownLexer.Lines lines, Path dir, int depth) {
        Matcher m = INCLUDE.matcher(source);
        int from = 0;
        while (m.find()) {
            copy(source, from, m.start(), file, lines);
            from = m.end();
            Path target;
            try {
                target = dir.resolve(m.group(1)).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                throw fail(file, lines, m.start(), "cannot include '" + m.group(1) + "': not a file path");
            }
            if (!included.add(target)) {
                // The comment the Argdown CLI puts in place of a second include of a file.
                segments.add(new Segment(out.length(), file, lines, m.start()));
                out.append("<!-- Include failed: File '").append(target)
                        .append("' already included. To avoid infinite loops, each file can only be included once. -->");
                continue;
            }
            if (depth >= MAX_DEPTH) {
                throw fail(file, lines, m.start(), "includes nested more than " + MAX_DEPTH + " files deep; join some of the files");
            }
            String included;
            try {
                included = ArgdownReader.decode(Files.readAllBytes(target), target.toString());
            } catch (NoSuchFileException e) {
                throw fail(file, lines, m.start(), "cannot include '" + m.group(1) + "': there is no file " + target);
            } catch (IOException e) {
                throw fail(file, lines, m.start(), "cannot include '" + m.group(1) + "': " + target + " cannot be read");
            }
            append(included, target.toString(), ArgdownLexer.Lines.of(included), target.getParent(), depth + 1);
        }
        copy(source, from, source.length(), file, lines);
    }

    private void copy(String source, int start, int end, String file, ArgdownLexer.Lines lines) {
        if (start < end) {
            segments.add(new Segment(out.length(), file, lines, start));
            out.append(source, start, end);
        }
    }

    private static InvalidMapException fail(String file, ArgdownLexer.Lines lines, int offset, String message) {
        return new InvalidMapException(List.of(new Problem(file, lines.line(offset), lines.column(offset), "", message)));
    }

    private static Path directoryOf(String name) {
        try {
            Path parent = Path.of(name).toAbsolutePath().getParent();
            return parent != null ? parent : Path.of("").toAbsolutePath();
        } catch (InvalidPathException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
