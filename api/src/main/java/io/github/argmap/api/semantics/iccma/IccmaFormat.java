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

/**
 * Reads and writes abstract frameworks in the ICCMA 2023 numeric format: a header
 * {@code p af N}, then one attack {@code i j} per line, arguments numbered 1 to N.
 *
 * <p><b>Ids.</b> The format has numbers only. So that ids survive a round trip, the writer adds a
 * comment {@code # id I NAME} for every argument {@code I} whose id is not the number itself, and
 * the reader names argument {@code I} after it; other tools ignore these lines as comments.
 * Without such a line, argument {@code I} is called {@code "I"}. A name runs from after the
 * number's single following space to the end of the line (trailing whitespace dropped), so it
 * may contain spaces.
 *
 * <p><b>Reading.</b> Lines starting with {@code #} are comments (only {@code # id} lines are
 * read), blank lines are skipped, and numbers are separated by spaces or tabs. The header must
 * come before the first attack; at most {@value #MAX_ARGUMENTS} arguments are accepted, so a
 * hostile header cannot exhaust memory. Every problem is reported as
 * {@code FILE:LINE:COLUMN: message} in one {@link InvalidMapException}: missing or bad header,
 * malformed attack lines, argument numbers out of range, argument named twice, two arguments
 * with the same id. Repeated attacks are kept once.
 *
 * <p><b>Writing.</b> The header, then the {@code # id} lines in framework order, then the
 * attacks ordered by attacker and target, argument {@code i} of the framework written as
 * {@code i + 1}, {@code \n} line ends: the same framework always gives the same bytes.
 *
 * <pre>{@code
 * String text = IccmaFormat.write(af);
 * // p af 2
 * // # id 1 walk
 * // # id 2 late
 * // 2 1
 * ArgumentationFramework back = IccmaFormat.read(text, "walk.af"); // equal to af
 * }</pre>
 */
public final class IccmaFormat {
    /** The most arguments a header may declare. */
    /**
     * The most arguments a header may declare. Every declared argument gets an id and an index
     * entry, attacked or not: 10,000,000 took about 2 GB before a single attack was read.
     * A million is as many as argmap's maps are tested with.
     */
    public static final int MAX_ARGUMENTS = 1_000_000;

    private static final String ID_COMMENT = "# id ";

    private IccmaFormat() {}

    /**
     * Reads a framework from an ICCMA 2023 file.
     *
     * @param file the file, UTF-8; problems name it as given
     * @return the framework, arguments in number order
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
     * @param in the text, UTF-8
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
     * @param text the text
     * @param name the name problems are reported under
     * @return the framework
     * @throws InvalidMapException when the text is not a valid framework
     */
    public static ArgumentationFramework read(String text, String name) {
        return new Parser(text, name).run();
    }

    /**
     * Writes a framework in the ICCMA 2023 format, with {@code # id} comments.
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
     * Writes a framework in the ICCMA 2023 format to an appendable.
     *
     * @param af the framework
     * @param out where to write
     * @throws IOException when {@code out} fails
     */
    public static void write(ArgumentationFramework af, Appendable out) throws IOException {
        int n = af.size();
        out.append("p af ").append(Integer.toString(n)).append('\n');
        for (int a = 0; a < n; a++) {
            String number = Integer.toString(a + 1);
            if (!af.id(a).equals(number)) {
                out.append(ID_COMMENT).append(number).append(' ').append(af.id(a)).append('\n');
            }
        }
        for (int a = 0; a < n; a++) {
            String number = Integer.toString(a + 1);
            for (int b : af.attackedBy(a)) {
                out.append(number).append(' ').append(Integer.toString(b + 1)).append('\n');
            }
        }
    }

    /**
     * Writes a framework to a file atomically (see {@link AtomicFiles}).
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

    /** One pass over one text. */
    private static final class Parser {
        private final String text;
        private final Problems problems;
        private int n = -1;
        private int headerLine;
        // After a missing or bad header every attack would be out of range; report the header only.
        private boolean ignoreAttacks;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private int m;
        // "# id" lines: argument number, line and column of the name, and the name.
        private final List<int[]> namePlaces = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        Parser(String text, String name) {
            this.text = text;
            this.problems = new Problems(name);
        }

        ArgumentationFramework run() {
            int lineNumber = 0;
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
                lineNumber++;
                line(text.substring(start, stop), lineNumber);
                start = end + 1;
            }
            if (n < 0) {
                problems.add(Math.max(1, lineNumber), 1, Messages.ICCMA_MISSING_HEADER);
                problems.throwIfAny();
            }
            List<String> ids = ids();
            problems.throwIfAny();
            return ArgumentationFramework.of(ids, Arrays.copyOf(from, m), Arrays.copyOf(to, m));
        }

        private List<String> ids() {
            String[] ids = new String[n];
            int[] namedAt = new int[n];
            for (int k = 0; k < names.size(); k++) {
                int[] place = namePlaces.get(k);
                int number = place[0];
                if (number < 1 || number > n) {
                    problems.add(place[1], place[3], format(Messages.ICCMA_INDEX_RANGE, number, n));
                } else if (ids[number - 1] != null) {
                    problems.add(place[1], place[2], format(Messages.ICCMA_DUPLICATE_NAME, number, namedAt[number - 1]));
                } else {
                    ids[number - 1] = names.get(k);
                    namedAt[number - 1] = place[1];
                }
            }
            Map<String, Integer> owner = new HashMap<>(Math.max(16, 2 * n));
            for (int a = 0; a < n; a++) {
                if (ids[a] == null) {
                    ids[a] = Integer.toString(a + 1);
                }
                Integer other = owner.putIfAbsent(ids[a], a);
                if (other != null) {
                    // Report at the "# id" line that made the clash.
                    int at = namedAt[a] > 0 ? namedAt[a] : namedAt[other];
                    problems.add(at, 1, format(Messages.ICCMA_NAME_CLASH, ids[a], other + 1, a + 1));
                }
            }
            return Arrays.asList(ids);
        }

        private void line(String line, int lineNumber) {
            if (line.startsWith(ID_COMMENT)) {
                name(line, lineNumber);
                return;
            }
            if (line.startsWith("#") || line.isBlank()) {
                return;
            }
            List<int[]> spans = tokens(line);
            String first = word(line, spans.get(0));
            if (first.equals("p")) {
                header(line, spans, lineNumber);
                return;
            }
            if (n < 0) {
                problems.add(lineNumber, spans.get(0)[0] + 1, Messages.ICCMA_MISSING_HEADER);
                n = 0;
                headerLine = lineNumber;
                ignoreAttacks = true;
                return;
            }
            if (ignoreAttacks) {
                return;
            }
            if (spans.size() != 2) {
                problems.add(lineNumber, spans.get(0)[0] + 1, format(Messages.ICCMA_BAD_ATTACK, line.strip()));
                return;
            }
            int i = number(line, spans.get(0), lineNumber);
            int j = number(line, spans.get(1), lineNumber);
            if (i > 0 && j > 0) {
                if (m == from.length) {
                    from = Arrays.copyOf(from, 2 * m);
                    to = Arrays.copyOf(to, 2 * m);
                }
                from[m] = i - 1;
                to[m] = j - 1;
                m++;
            }
        }

        private void header(String line, List<int[]> spans, int lineNumber) {
            if (n >= 0) {
                problems.add(lineNumber, spans.get(0)[0] + 1, format(Messages.ICCMA_SECOND_HEADER, headerLine));
                return;
            }
            headerLine = lineNumber;
            n = 0;
            String count = spans.size() == 3 ? word(line, spans.get(2)) : "";
            if (spans.size() != 3 || !word(line, spans.get(1)).equals("af") || !isDigits(count)) {
                problems.add(lineNumber, spans.get(0)[0] + 1, format(Messages.ICCMA_BAD_HEADER, line.strip(), MAX_ARGUMENTS));
                ignoreAttacks = true;
                return;
            }
            if (count.length() > 9 || Integer.parseInt(count) > MAX_ARGUMENTS) {
                problems.add(lineNumber, spans.get(2)[0] + 1, format(Messages.ICCMA_TOO_MANY, count, MAX_ARGUMENTS));
                ignoreAttacks = true;
                return;
            }
            n = Integer.parseInt(count);
        }

        /** Parses an argument number in 1..n; reports and returns 0 otherwise. */
        private int number(String line, int[] span, int lineNumber) {
            String word = word(line, span);
            if (!isDigits(word)) {
                problems.add(lineNumber, span[0] + 1, format(Messages.ICCMA_NOT_A_NUMBER, word, n));
                return 0;
            }
            int value = word.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(word);
            if (value < 1 || value > n) {
                problems.add(lineNumber, span[0] + 1, format(Messages.ICCMA_INDEX_RANGE, word, n));
                return 0;
            }
            return value;
        }

        private void name(String line, int lineNumber) {
            int numberStart = ID_COMMENT.length();
            int numberEnd = numberStart;
            while (numberEnd < line.length() && line.charAt(numberEnd) >= '0' && line.charAt(numberEnd) <= '9') {
                numberEnd++;
            }
            String name = numberEnd < line.length() ? line.substring(numberEnd + 1).stripTrailing() : "";
            if (numberEnd == numberStart || numberEnd - numberStart > 9 || numberEnd >= line.length()
                    || line.charAt(numberEnd) != ' ' || name.isEmpty()) {
                problems.add(lineNumber, 1, format(Messages.ICCMA_BAD_NAME, line.strip()));
                return;
            }
            if (!ArgumentationFramework.isValidId(name)) {
                problems.add(lineNumber, numberEnd + 2, format(Messages.AF_INVALID_ID, "'" + name + "'"));
                return;
            }
            namePlaces.add(new int[] {Integer.parseInt(line.substring(numberStart, numberEnd)), lineNumber, 1, numberStart + 1});
            names.add(name);
        }

        private static boolean isDigits(String word) {
            if (word.isEmpty()) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private static List<int[]> tokens(String line) {
            List<int[]> spans = new ArrayList<>(3);
            int i = 0;
            while (i < line.length()) {
                while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    spans.add(new int[] {start, i});
                }
            }
            return spans;
        }

        private static String word(String line, int[] span) {
            return line.substring(span[0], span[1]);
        }
    }
}
