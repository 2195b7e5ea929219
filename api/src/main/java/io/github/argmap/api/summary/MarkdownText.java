package io.github.argmap.api.summary;

/** Markdown escaping of user text: inline markup, table-cell ends, line breaks and leading block markers. */
final class MarkdownText {
    private MarkdownText() {}

    /** Escapes text for use inside a line; see {@link MarkdownSummary#escape(String)}. */
    static String escape(String text) {
        return escapeLeadingMarker(inline(text));
    }

    /** Escapes text that follows other text on its line, where block markers mean nothing. */
    static String inline(String text) {
        String flat = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        StringBuilder b = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ("\\*_`[]<|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A line that starts with a block marker would turn into a heading, quote, list or rule. */
    static String escapeLeadingMarker(String s) {
        int start = 0;
        while (start < s.length() && s.charAt(start) == ' ') {
            start++;
        }
        if (start == s.length()) {
            return s;
        }
        char c = s.charAt(start);
        if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=' || c == '~') {
            return s.substring(0, start) + '\\' + s.substring(start);
        }
        int d = start;
        while (d < s.length() && Character.isDigit(s.charAt(d)) && d - start < 9) {
            d++;
        }
        if (d > start && d < s.length() && (s.charAt(d) == '.' || s.charAt(d) == ')')) {
            return s.substring(0, d) + '\\' + s.substring(d);
        }
        return s;
    }
}
