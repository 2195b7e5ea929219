package io.github.argmap.core.dot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping and wrapping of user text for DOT: HTML-like labels, quoted strings and line breaks.
 *
 * <p>Everything a user wrote passes through {@link #clean(String)} first, because Graphviz hands
 * HTML-like labels to an XML parser and copies tooltips into SVG: a character XML forbids (most
 * control characters, lone surrogates, U+FFFE, U+FFFF) would make {@code dot} fail or write a
 * broken SVG, so it becomes U+FFFD, which shows that something was there.
 */
final class DotText {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private DotText() {}

    /**
     * Replaces what XML 1.0 cannot hold by U+FFFD and tabs by spaces.
     *
     * @param text any string
     * @return the cleaned string; the same instance when nothing needed replacing
     */
    static String clean(String text) {
        int first = firstUnclean(text);
        if (first == text.length()) {
            return text; // almost every text: no copy
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        int i = first;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '\t') {
                out.append(' ');
            } else if (xmlChar(c)) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
            i++;
        }
        return out.toString();
    }

    /** The index of the first char {@link #clean(String)} would change, or the length. */
    private static int firstUnclean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c == '\t' || !xmlChar(c)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean xmlChar(char c) {
        return c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /**
     * Escapes text for the inside of an HTML-like label; line breaks become {@code <BR/>} and a
     * backslash is doubled, because Graphviz expands escapes such as {@code \N} there too.
     *
     * @param text any string
     * @return the escaped text
     */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendHtml(out, text);
        return out.toString();
    }

    /**
     * Appends text escaped as by {@link #html(String)}.
     *
     * @param out where to append
     * @param text any string
     */
    static void appendHtml(StringBuilder out, String text) {
        String cleaned = clean(text);
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                // Graphviz expands \N, \G, \E, \T, \H in HTML-like labels too, and reads \\ as \.
                case '\\' -> out.append("\\\\");
                case '\r' -> {
                    if (i + 1 < cleaned.length() && cleaned.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.append("<BR/>");
                }
                case '\n' -> out.append("<BR/>");
                default -> out.append(c);
            }
        }
    }

    /**
     * Writes text as a quoted DOT string that Graphviz reads back as the same text, also where it
     * expands escape sequences such as {@code \N} (labels, tooltips).
     *
     * @param text any string
     * @return the text in double quotes
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendQuoted(out, text);
        return out.toString();
    }

    /**
     * Appends text quoted as by {@link #quoted(String)}.
     *
     * @param out where to append
     * @param text any string
     */
    static void appendQuoted(StringBuilder out, String text) {
        String cleaned = clean(text);
        out.append('"');
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 < cleaned.length() && cleaned.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.append("\\n");
                }
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /**
     * Breaks text into lines of at most {@code width} characters at spaces; a word longer than a
     * line is cut into pieces. Line breaks in the text are kept, blank lines dropped, and runs of
     * white space shrink to one space. A character is what a reader sees as one (a grapheme
     * cluster), so an emoji or an accented letter is never cut in two.
     *
     * @param text any string
     * @param width the longest line, at least 1
     * @return the lines, at least one
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean any = wrapInto(text, width, new Lines() {
            @Override
            public void breakLine() {
                lines.add(line.toString());
                line.setLength(0);
            }

            @Override
            public void text(String s, int start, int end) {
                line.append(s, start, end);
            }
        });
        lines.add(any ? line.toString() : "");
        return lines;
    }

    /** Where {@link #wrapInto} puts the lines: pieces of the current line, and breaks between lines. */
    private interface Lines {
        /** Ends the current line; never called before the first line or after the last. */
        void breakLine();

        /** Adds {@code s[start, end)}, which holds no line break, to the current line. */
        void text(String s, int start, int end);
    }

    /**
     * The one wrapping loop behind {@link #wrap} and {@link #appendHtmlWrapped}: a single scan, no
     * regular expression; words end at white space, paragraphs at line breaks, and a word's length
     * is counted in graphemes only when it has a char from U+0300 up (most words have none).
     *
     * @return whether any line was written
     */
    private static boolean wrapInto(String text, int width, Lines out) {
        String cleaned = clean(text);
        int n = cleaned.length();
        int used = 0;
        boolean first = true;
        int i = 0;
        while (i < n) {
            char c = cleaned.charAt(i);
            if (c == '\n' || c == '\r') {
                used = 0;
                i++;
                continue;
            }
            if (space(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean simple = true;
            while (i < n && !space(c = cleaned.charAt(i)) && c != '\n' && c != '\r') {
                simple &= c < 0x300;
                i++;
            }
            List<String> pieces = simple ? null : graphemes(cleaned.substring(start, i));
            int length = simple ? i - start : pieces.size();
            if (used > 0 && used + 1 + length <= width) {
                out.text(" ", 0, 1);
                word(out, cleaned, start, pieces, 0, length);
                used += 1 + length;
                continue;
            }
            // A new line for the word; a word longer than a line is cut into pieces of width.
            for (int p = 0; p < length; p += width) {
                int end = Math.min(length, p + width);
                if (!first) {
                    out.breakLine();
                }
                first = false;
                word(out, cleaned, start, pieces, p, end);
                used = end - p;
            }
        }
        return !first;
    }

    /** Graphemes {@code [from, to)} of the word at {@code start}: chars when {@code pieces} is null. */
    private static void word(Lines out, String text, int start, List<String> pieces, int from, int to) {
        if (pieces == null) {
            out.text(text, start + from, start + to);
            return;
        }
        for (int k = from; k < to; k++) {
            String g = pieces.get(k);
            out.text(g, 0, g.length());
        }
    }

    /** White space between words: what {@code \s} matches, and the no-break spaces. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** The grapheme clusters of a word; only for words with a char from U+0300 up, as \X is slow until compiled. */
    private static List<String> graphemes(String word) {
        // \X, not BreakIterator: on Java 17 only the regex knows emoji ZWJ sequences as one character.
        List<String> pieces = new ArrayList<>(word.length());
        Matcher m = GRAPHEME.matcher(word);
        while (m.find()) {
            pieces.add(m.group());
        }
        return pieces;
    }


    /**
     * Escapes and wraps text for an HTML-like label.
     *
     * @param text any string
     * @param width the longest line
     * @return escaped lines joined by {@code <BR/>}
     */
    static String htmlWrapped(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendHtmlWrapped(out, text, width);
        return out.toString();
    }

    /**
     * Appends text escaped and wrapped as by {@link #htmlWrapped(String, int)}.
     *
     * @param out where to append
     * @param text any string
     * @param width the longest line
     */
    static void appendHtmlWrapped(StringBuilder out, String text, int width) {
        // Every claim's label passes through here: wrapped, escaped and joined in one pass
        // straight into out, without a list of lines.
        wrapInto(text, width, new Lines() {
            @Override
            public void breakLine() {
                out.append("<BR/>");
            }

            @Override
            public void text(String s, int start, int end) {
                appendHtmlLine(out, s, start, end);
            }
        });
    }

    /** Appends {@code text[start, end)}, which holds no line break, escaped as by {@link #appendHtml}. */
    private static void appendHtmlLine(StringBuilder out, String text, int start, int end) {
        int from = start;
        for (int i = start; i < end; i++) {
            String escape;
            switch (text.charAt(i)) {
                case '&' -> escape = "&amp;";
                case '<' -> escape = "&lt;";
                case '>' -> escape = "&gt;";
                case '"' -> escape = "&quot;";
                case '\\' -> escape = "\\\\";
                default -> escape = null;
            }
            if (escape != null) {
                out.append(text, from, i).append(escape);
                from = i + 1;
            }
        }
        out.append(text, from, end);
    }
}
