package io.github.argmap.api.semantics.iccma;

import static io.github.argmap.api.internal.Messages.format;

import io.github.argmap.api.internal.Messages;
import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and writes abstract frameworks in ASPARTIX's {@code apx} format, as used by ICCMA up to
 * 2021: one fact per argument, {@code arg(a).}, and one per attack, {@code att(a,b).}.
 *
 * <p><b>Reading.</b> Whitespace (line breaks included) may appear between any two tokens, and
 * {@code %} starts a comment that runs to the end of the line. An id is either bare — any run of
 * characters other than whitespace, {@code ( ) , % "} (so {@code a1}, {@code Walk}, {@code c-1}
 * and {@code x.y} are all accepted) — or an ASP string in double quotes, in which {@code \"} and
 * {@code \\} stand for {@code "} and {@code \}. Attacks may name arguments declared further down,
 * as order does not matter in ASP. Every problem is reported as {@code FILE:LINE:COLUMN: message}
 * in one {@link InvalidMapException}: unknown statements, syntax errors, attacks naming undeclared
 * arguments, arguments declared twice.
 *
 * <p><b>Writing.</b> Arguments in framework order, then attacks ordered by attacker and then
 * target (framework order), one fact per line, {@code \n} line ends: the same framework always
 * gives the same bytes. An id is written bare when it is an ASP constant ({@code [a-z][A-Za-z0-9_]*})
 * or a natural number, and quoted otherwise, so the output is valid ASP for ASPARTIX and reads
 * back to the same ids.
 *
 * <pre>{@code
 * ArgumentationFramework af = ApxFormat.read(Path.of("nixon.apx"));
 * String apx = ApxFormat.write(af); // "arg(a).\narg(b).\natt(a,b).\natt(b,a).\n"
 * }</pre>
 */
public final class ApxFormat {
    private static final Pattern BARE = Pattern.compile("[a-z][A-Za-z0-9_]*|0|[1-9][0-9]*");

    private ApxFormat() {}

    /**
     * Reads a framework from an {@code apx} file.
     *
     * @param file the file, UTF-8; problems name it as given
     * @return the framework, arguments in the order declared
     * @throws IOException when the file cannot be read
     * @throws InvalidMapException when the content is not a valid framework
     */
    public static ArgumentationFramework read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a framework from a stream.
     *
     * @param in the {@code apx} text, UTF-8
     * @param name the name problems are reported under, such as {@code <stdin>}
     * @return the framework
     * @throws IOException when the stream fails
     * @throws InvalidMapException when the content is not a valid framework
     */
    public static ArgumentationFramework read(InputStream in, String name) throws IOException {
        return read(Problems.decode(in, name), name);
    }

    /**
     * Reads a framework from text.
     *
     * @param text the {@code apx} text
     * @param name the name problems are reported under
     * @return the framework
     * @throws InvalidMapException when the text is not a valid framework
     */
    public static ArgumentationFramework read(String text, String name) {
        return new Parser(text, name).run();
    }

    /**
     * Writes a framework as {@code apx} text.
     *
     * @param af the framework
     * @return the text
     */
    public static String write(ArgumentationFramework af) {
        StringBuilder out = new StringBuilder();
        try {
            write(af, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Writes a framework as {@code apx} text to an appendable.
     *
     * @param af the framework
     * @param out where to write
     * @throws IOException when {@code out} fails
     */
    public static void write(ArgumentationFramework af, Appendable out) throws IOException {
        int n = af.size();
        String[] atoms = new String[n];
        for (int a = 0; a < n; a++) {
            atoms[a] = atom(af.id(a));
            out.append("arg(").append(atoms[a]).append(").\n");
        }
        for (int a = 0; a < n; a++) {
            for (int b : af.attackedBy(a)) {
                out.append("att(").append(atoms[a]).append(',').append(atoms[b]).append(").\n");
            }
        }
    }

    /**
     * Writes a framework to an {@code apx} file atomically (see {@link AtomicFiles}).
     *
     * @param af the framework
     * @param file the file to create or replace
     * @throws IOException when the file cannot be written; a previous file is then unchanged
     */
    public static void write(ArgumentationFramework af, Path file) throws IOException {
        AtomicFiles.write(file, stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            write(af, writer);
            writer.flush();
        });
    }

    private static String atom(String id) {
        if (BARE.matcher(id).matches()) {
            return id;
        }
        return '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** One pass over one text; positions are 1-based lines and columns in characters. */
    private static final class Parser {
        private final String text;
        private final Problems problems;
        private int pos;
        private int line = 1;
        private int lineStart;

        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> declaredAt = new HashMap<>();
        private final List<String> attackIds = new ArrayList<>();
        private int[] attackPositions = new int[16];

        Parser(String text, String name) {
            this.text = text;
            this.problems = new Problems(name);
        }

        ArgumentationFramework run() {
            while (true) {
                skipBlank();
                if (pos >= text.length()) {
                    break;
                }
                try {
                    statement();
                } catch (SyntaxError e) {
                    problems.add(e.line, e.column, e.getMessage());
                    skipRestOfLine();
                }
            }
            int n = ids.size();
            Map<String, Integer> index = new HashMap<>(Math.max(16, 2 * n));
            for (int i = 0; i < n; i++) {
                index.put(ids.get(i), i);
            }
            int m = attackIds.size() / 2;
            int[] from = new int[m];
            int[] to = new int[m];
            for (int k = 0; k < m; k++) {
                for (int end = 0; end < 2; end++) {
                    String id = attackIds.get(2 * k + end);
                    Integer i = index.get(id);
                    if (i == null) {
                        problems.add(attackPositions[4 * k + 2 * end], attackPositions[4 * k + 2 * end + 1],
                                format(Messages.APX_UNKNOWN_ARGUMENT, atom(attackIds.get(2 * k)),
                                        atom(attackIds.get(2 * k + 1)), id, atom(id)));
                    } else if (end == 0) {
                        from[k] = i;
                    } else {
                        to[k] = i;
                    }
                }
            }
            problems.throwIfAny();
            return ArgumentationFramework.of(ids, from, to);
        }

        private void statement() {
            int startLine = line;
            int startColumn = column();
            int wordStart = pos;
            while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                pos++;
            }
            String word = text.substring(wordStart, pos);
            if (!word.equals("arg") && !word.equals("att")) {
                throw new SyntaxError(startLine, startColumn, word.isEmpty()
                        ? format(Messages.APX_EXPECTED, "arg(...) or att(...)", describeHere())
                        : format(Messages.APX_UNKNOWN_STATEMENT, word));
            }
            expect('(');
            int firstLine = line;
            int firstColumn = column();
            String first = id();
            if (word.equals("arg")) {
                expect(')');
                expect('.');
                declare(first, firstLine, firstColumn);
                return;
            }
            expect(',');
            int secondLine = line;
            int secondColumn = column();
            String second = id();
            expect(')');
            expect('.');
            int k = attackIds.size() / 2;
            if (4 * k + 4 > attackPositions.length) {
                attackPositions = Arrays.copyOf(attackPositions, 2 * attackPositions.length);
            }
            attackPositions[4 * k] = firstLine;
            attackPositions[4 * k + 1] = firstColumn;
            attackPositions[4 * k + 2] = secondLine;
            attackPositions[4 * k + 3] = secondColumn;
            attackIds.add(first);
            attackIds.add(second);
        }

        private void declare(String id, int atLine, int atColumn) {
            if (!ArgumentationFramework.isValidId(id)) {
                problems.add(atLine, atColumn, format(Messages.AF_INVALID_ID, "'" + id + "'"));
                return;
            }
            Integer earlier = declaredAt.putIfAbsent(id, atLine);
            if (earlier != null) {
                problems.add(atLine, atColumn, format(Messages.DUPLICATE_ARGUMENT, id, earlier));
                return;
            }
            ids.add(id);
        }

        private String id() {
            skipBlank();
            if (pos < text.length() && text.charAt(pos) == '"') {
                return quoted();
            }
            int start = pos;
            while (pos < text.length() && isBare(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw new SyntaxError(line, column(), format(Messages.APX_EXPECTED, "an argument id", describeHere()));
            }
            return text.substring(start, pos);
        }

        private String quoted() {
            int startLine = line;
            int startColumn = column();
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                    throw new SyntaxError(startLine, startColumn, Messages.APX_UNTERMINATED_STRING);
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char next = pos < text.length() ? text.charAt(pos) : ' ';
                    if (next != '"' && next != '\\') {
                        throw new SyntaxError(line, column() - 1, format(Messages.APX_BAD_ESCAPE, next));
                    }
                    pos++;
                    c = next;
                }
                out.append(c);
            }
        }

        private static boolean isBare(char c) {
            return !Character.isWhitespace(c) && c != '(' && c != ')' && c != ',' && c != '%' && c != '"'
                    && !Character.isISOControl(c);
        }

        private void expect(char wanted) {
            skipBlank();
            if (pos >= text.length() || text.charAt(pos) != wanted) {
                throw new SyntaxError(line, column(), format(Messages.APX_EXPECTED, "'" + wanted + "'", describeHere()));
            }
            pos++;
        }

        private String describeHere() {
            if (pos >= text.length()) {
                return "the end of the file";
            }
            char c = text.charAt(pos);
            return Character.isISOControl(c) ? String.format(java.util.Locale.ROOT, "character U+%04X", (int) c) : "'" + c + "'";
        }

        /** Skips whitespace and % comments, counting lines. */
        private void skipBlank() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    pos++;
                    newLine();
                } else if (c == '%') {
                    while (pos < text.length() && text.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else {
                    return;
                }
            }
        }

        private void skipRestOfLine() {
            while (pos < text.length() && text.charAt(pos) != '\n') {
                pos++;
            }
        }

        private void newLine() {
            line++;
            lineStart = pos;
        }

        private int column() {
            return pos - lineStart + 1;
        }
    }

    /** A syntax error at a place; caught by the parser, which records it and skips the line. */
    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        SyntaxError(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }
}
