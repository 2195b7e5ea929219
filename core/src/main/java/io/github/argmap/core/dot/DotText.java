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
    // Compiled once: String.split compiles a multi-character pattern on every call.
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private DotText() {}

    /**
     * Replaces what XML 1.0 cannot hold by U+FFFD and tabs by spaces.
     *
     * @param text any string
     * @return the cleaned string
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '\t') {
                out.append(' ');
            } else if (c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
            i++;
        }
        return out.toString();
    }

    /**
     * Escapes text for the inside of an HTML-like label; line breaks become {@code <BR/>} and a
     * backslash is doubled, because Graphviz expands escapes such as {@code \N} there too.
     *
     * @param text any string
     * @return the escaped text
     */
    static String html(String text) {
        String cleaned = clean(text);
        StringBuilder out = new StringBuilder(cleaned.length() + 16);
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
        return out.toString();
    }

    /**
     * Writes text as a quoted DOT string that Graphviz reads back as the same text, also where it
     * expands escape sequences such as {@code \N} (labels, tooltips).
     *
     * @param text any string
     * @return the text in double quotes
     */
    static String quoted(String text) {
        String cleaned = clean(text);
        StringBuilder out = new StringBuilder(cleaned.length() + 2).append('"');
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
        return out.append('"').toString();
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
        for (String paragraph : LINE_BREAK.split(clean(text))) {
            StringBuilder line = new StringBuilder();
            int used = 0;
            for (String word : SPACES.split(paragraph)) {
                if (word.isEmpty()) {
                    continue;
                }
                List<String> pieces = null;
                int length;
                if (simple(word)) {
                    length = word.length();
                } else {
                    pieces = graphemes(word);
                    length = pieces.size();
                }
                if (used > 0 && used + 1 + length <= width) {
                    line.append(' ').append(word);
                    used += 1 + length;
                    continue;
                }
                if (used > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                if (length <= width) {
                    line.append(word);
                    used = length;
                    continue;
                }
                if (pieces == null) {
                    pieces = graphemes(word);
                }
                for (int start = 0; start < length; start += width) {
                    int end = Math.min(length, start + width);
                    String chunk = String.join("", pieces.subList(start, end));
                    if (end - start == width) {
                        lines.add(chunk);
                    } else {
                        line.append(chunk);
                        used = end - start;
                    }
                }
            }
            if (used > 0) {
                lines.add(line.toString());
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private static boolean simple(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x300) {
                return false;
            }
        }
        return true;
    }

    private static List<String> graphemes(String word) {
        if (simple(word)) {
            // Below U+0300 there are no combining marks, joiners or surrogates: one char, one grapheme.
            // Most words take this path, and \X is slow until the JIT has compiled it.
            List<String> pieces = new ArrayList<>(word.length());
            for (int i = 0; i < word.length(); i++) {
                pieces.add(String.valueOf(word.charAt(i)));
            }
            return pieces;
        }
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
        List<String> lines = wrap(text, width);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append("<BR/>");
            }
            out.append(html(lines.get(i)));
        }
        return out.toString();
    }
}
