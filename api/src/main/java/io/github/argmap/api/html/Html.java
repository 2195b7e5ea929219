package io.github.argmap.api.html;

/** Escaping of user text for HTML, SVG and JSON inside a page. */
final class Html {
    private Html() {}

    /**
     * Escapes text for an element's content.
     *
     * @param text any string
     * @return the text with {@code &}, {@code <} and {@code >} escaped
     */
    static String text(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> b.append(xmlChar(c) ? c : '\uFFFD');
            }
        }
        return b.toString();
    }

    /**
     * Escapes text for a double-quoted attribute value.
     *
     * @param text any string
     * @return the escaped text
     */
    static String attr(String text) {
        return text(text).replace("\"", "&quot;");
    }

    /**
     * A JSON string literal that is safe inside a {@code <script>} element: besides JSON's own
     * escapes, {@code <}, {@code >}, {@code &} and the line separators U+2028 and U+2029 are
     * written as {@code \}{@code uXXXX}, so no text can close the element or start a comment.
     *
     * @param text any string
     * @return the quoted literal
     */
    static String json(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                            || (Character.isSurrogate(c) && !pairedSurrogate(text, i))) {
                        b.append(String.format("\\u%04x", (int) (Character.isSurrogate(c) ? '\uFFFD' : c)));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static boolean xmlChar(char c) {
        return c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c <= 0xFFFD);
    }
}
