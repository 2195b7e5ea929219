package io.github.argmap.core.kialo;

import java.util.ArrayList;
import java.util.List;

/**
 * Kialo's claim Markdown made readable: backslash escapes removed, {@code [text](url)} links kept as
 * their text with the address set aside.
 *
 * @param text the readable text
 * @param links the links' addresses, in order
 */
record Markdown(String text, List<String> links) {
    private static final String ESCAPABLE = "\\`*_{}[]()#+-.!<>|~\"'";

    Markdown {
        links = List.copyOf(links);
    }

    /**
     * Reads one claim's text; linear in its length, no regular expressions (lines may be megabytes).
     *
     * @param raw the text as exported
     * @return the readable text and its links
     */
    static Markdown readable(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        List<String> links = new ArrayList<>();
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < n && ESCAPABLE.indexOf(raw.charAt(i + 1)) >= 0) {
                out.append(raw.charAt(i + 1));
                i += 2;
            } else if (c == '[') {
                int close = closingBracket(raw, i);
                if (close > 0 && close + 1 < n && raw.charAt(close + 1) == '(') {
                    int end = closingParen(raw, close + 1);
                    if (end > 0) {
                        out.append(readable(raw.substring(i + 1, close)).text());
                        String url = raw.substring(close + 2, end).strip();
                        if (!url.isEmpty()) {
                            links.add(url);
                        }
                        i = end + 1;
                        continue;
                    }
                }
                out.append(c);
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Markdown(out.toString().strip(), links);
    }

    private static int closingBracket(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            } else if (c == '[' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            } else if (c == ' ' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
