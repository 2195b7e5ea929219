package io.github.argmap.core.argdown;

import java.util.Arrays;

/**
 * Splits Argdown text into tokens exactly as the Argdown CLI 1.7.5's lexer ({@code @argdown/core}
 * {@code lexer.js}) does: the same token kinds, tried in the same order, with the same
 * line-start rules, indentation stack and bold/italic range stack.
 *
 * <p>The reference lexer is a list of JavaScript regular expressions; here each is a hand-written
 * scan, because several of them ({@code {((?!}\s[^,}])(.|\n))*}}, the lazy comment and front
 * matter patterns) recurse or backtrack in {@code java.util.regex} and would overflow the stack or
 * take quadratic time on hostile input. The scans that look ahead for a closing delimiter cache
 * where it is, so a file of ten million unclosed brackets still lexes in linear time.
 *
 * <p>Tokens are kept in parallel arrays (kind and offsets), not objects: a 10^5-statement file has
 * about a million of them.
 */
final class ArgdownLexer {
    // Token kinds. Skipped kinds (comments, spaces) never reach the token list.
    static final int FRONT_MATTER = 1;
    static final int DATA = 2;
    static final int ESCAPED_CHAR = 3;
    static final int SPECIAL_CHAR = 4;
    static final int EMPTYLINE = 5;
    static final int NEWLINE = 6;
    static final int DEDENT = 7;
    static final int INDENT = 8;
    static final int INFERENCE_START = 9;
    /** {@code +>}: the line's element is supported by the element above (from parent to child). */
    static final int INCOMING_SUPPORT = 10;
    /** {@code ->}: the element above attacks the line's element. */
    static final int INCOMING_ATTACK = 11;
    /** {@code <+} or {@code +}: the line's element supports the element above. */
    static final int OUTGOING_SUPPORT = 12;
    /** {@code <-} or {@code -}: the line's element attacks the element above. */
    static final int OUTGOING_ATTACK = 13;
    static final int CONTRADICTION = 14;
    /** {@code _>}: the element above undercuts the line's element. */
    static final int INCOMING_UNDERCUT = 15;
    /** {@code <_} or {@code _}: the line's element undercuts the element above. */
    static final int OUTGOING_UNDERCUT = 16;
    static final int HEADING_START = 17;
    static final int STATEMENT_NUMBER = 18;
    static final int ORDERED_LIST_ITEM = 19;
    static final int UNORDERED_LIST_ITEM = 20;
    static final int ASTERISK_BOLD_END = 21;
    static final int UNDERSCORE_BOLD_END = 22;
    static final int ASTERISK_ITALIC_END = 23;
    static final int UNDERSCORE_ITALIC_END = 24;
    static final int ASTERISK_BOLD_START = 25;
    static final int UNDERSCORE_BOLD_START = 26;
    static final int ASTERISK_ITALIC_START = 27;
    static final int UNDERSCORE_ITALIC_START = 28;
    static final int LINK = 29;
    static final int TAG = 30;
    static final int STATEMENT_DEFINITION = 31;
    static final int STATEMENT_REFERENCE = 32;
    static final int STATEMENT_MENTION = 33;
    static final int ARGUMENT_DEFINITION = 34;
    static final int ARGUMENT_REFERENCE = 35;
    static final int ARGUMENT_MENTION = 36;
    static final int FREESTYLE = 37;
    static final int UNUSED_CONTROL_CHAR = 38;
    static final int INFERENCE_END = 39;
    static final int LIST_DELIMITER = 40;
    static final int EOF = 41;

    private static final String[] NAMES = {
        "", "front matter", "data", "escaped character", "special character", "empty line", "line break",
        "dedent", "indent", "inference start (--)", "+>", "->", "<+", "<-", "><", "_>", "<_", "heading (#)",
        "statement number", "ordered list item", "unordered list item", "** (bold end)", "__ (bold end)",
        "* (italic end)", "_ (italic end)", "** (bold start)", "__ (bold start)", "* (italic start)",
        "_ (italic start)", "link", "tag", "statement definition", "statement reference", "statement mention",
        "argument definition", "argument reference", "argument mention", "text", "text", "inference end (--)",
        ",", "end of file"
    };

    static String name(int kind) {
        return NAMES[kind];
    }

    /** Thrown when no token matches at a position, as the reference lexer then fails the whole file. */
    static final class LexError extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        LexError(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private static final int RANGE_ASTERISK_BOLD = 1;
    private static final int RANGE_UNDERSCORE_BOLD = 2;
    private static final int RANGE_ASTERISK_ITALIC = 3;
    private static final int RANGE_UNDERSCORE_ITALIC = 4;

    final String text;
    private final int n;
    int count;
    int[] kind = new int[1024];
    int[] start = new int[1024];
    int[] end = new int[1024];

    private int[] indentStack = new int[16];
    private int indentDepth;
    private int[] ranges = new int[16];
    private int rangeDepth;
    private boolean inferenceMode;

    // Caches for the scans that look ahead for a closing delimiter (see the class comment).
    private final NextIndex nextCommentClose;
    private final NextIndex nextBlockCommentClose;
    private final NextIndex nextParagraphSeparator;
    private final NextIndex nextCloseBracket;
    private final NextIndex nextCloseParen;
    private final NextIndex nextCloseAngle;
    private final NextIndex nextDefinitionClose;
    private final NextIndex nextArgumentDefinitionClose;
    private final NextIndex nextLineTerminator;
    private final NextIndex nextCarriageReturnOrLf;
    private final NextIndex nextTripleEquals;
    private int dataFrom = -1;
    private int dataBlock = -1;
    private int dataClose = -1;

    private ArgdownLexer(String text) {
        this.text = text;
        this.n = text.length();
        nextCommentClose = new NextIndex(text, "-->");
        nextBlockCommentClose = new NextIndex(text, "*/");
        nextParagraphSeparator = new NextIndex(text, c -> c == '\u2028' || c == '\u2029');
        nextCloseBracket = new NextIndex(text, "]");
        nextCloseParen = new NextIndex(text, ")");
        nextCloseAngle = new NextIndex(text, ">");
        nextDefinitionClose = new NextIndex(text, "]:");
        nextArgumentDefinitionClose = new NextIndex(text, ">:");
        nextLineTerminator = new NextIndex(text, c -> isLineTerminator((char) c));
        nextCarriageReturnOrLf = new NextIndex(text, c -> c == '\n' || c == '\r');
        nextTripleEquals = new NextIndex(text, "===");
    }

    /**
     * Tokenizes a whole text, ending with an {@link #EOF} token.
     *
     * @throws LexError at the first position no token matches
     */
    static ArgdownLexer tokenize(String text) throws LexError {
        ArgdownLexer l = new ArgdownLexer(text);
        l.run();
        return l;
    }

    String image(int i) {
        return text.substring(start[i], end[i]);
    }

    private void run() throws LexError {
        indentStack[0] = 0;
        indentDepth = 1;
        int pos = 0;
        while (pos < n) {
            int next = inferenceMode ? inferenceToken(pos) : defaultToken(pos);
            if (next < 0) {
                throw new LexError(pos);
            }
            pos = next;
        }
        if (count > 0 && kind[count - 1] == EMPTYLINE) {
            count--;
        }
        emitRemainingDedents(n);
        add(EOF, n, n);
    }

    // ---- the token list ----

    private void add(int k, int s, int e) {
        if (count == kind.length) {
            int size = count * 2;
            kind = Arrays.copyOf(kind, size);
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
        }
        kind[count] = k;
        start[count] = s;
        end[count] = e;
        count++;
    }

    private int last() {
        return count == 0 ? 0 : kind[count - 1];
    }

    private boolean atLineStart() {
        int k = last();
        return count == 0 || k == NEWLINE || k == EMPTYLINE;
    }

    private void emitRemainingDedents(int at) {
        while (indentDepth > 1) {
            add(DEDENT, at, at);
            indentDepth--;
        }
    }

    private void emitIndentOrDedent(int level, int at) {
        int lastLevel = indentStack[indentDepth - 1];
        if (level > lastLevel) {
            if (indentDepth == indentStack.length) {
                indentStack = Arrays.copyOf(indentStack, indentDepth * 2);
            }
            indentStack[indentDepth++] = level;
            add(INDENT, at, at);
        } else if (level < lastLevel) {
            while (indentDepth > 1 && level < lastLevel) {
                indentDepth--;
                lastLevel = indentStack[indentDepth - 1];
                add(DEDENT, at, at);
            }
        }
    }

    // ---- the two modes ----

    /** Tries the default mode's tokens in the reference order; returns the next position, or -1. */
    private int defaultToken(int p) {
        int e;
        if ((e = comment(p)) >= 0) {
            return e;
        }
        char c = text.charAt(p);
        if (c == '=' && (e = frontMatter(p)) >= 0) {
            add(FRONT_MATTER, p, e);
            return e;
        }
        if (c == '{' && (e = data(p)) >= 0) {
            add(DATA, p, e);
            return e;
        }
        if (c == '\\' && (e = escapedChar(p)) >= 0) {
            add(ESCAPED_CHAR, p, e);
            return e;
        }
        if ((c == '.' || c == ':') && (e = specialChar(p)) >= 0) {
            add(SPECIAL_CHAR, p, e);
            return e;
        }
        if ((e = emptyline(p)) >= 0) {
            return e;
        }
        if ((e = newline(p)) >= 0) {
            add(NEWLINE, p, e);
            return e;
        }
        boolean lineStart = atLineStart();
        if (lineStart && last() != EMPTYLINE) {
            // Inference start: only after a line break (not an empty line) or at the very start.
            int q = skipIndent(p);
            if (q + 1 < n && text.charAt(q) == '-' && text.charAt(q + 1) == '-') {
                emitRemainingDedents(p);
                add(INFERENCE_START, p, q + 2);
                inferenceMode = true;
                return q + 2;
            }
        }
        if (lineStart && (e = relation(p)) >= 0) {
            return e;
        }
        if (c == '#' && (count == 0 || last() == EMPTYLINE || last() == NEWLINE)) {
            int q = p;
            while (q < n && text.charAt(q) == '#') {
                q++;
            }
            if (q < n && text.charAt(q) == ' ') {
                add(HEADING_START, p, q + 1);
                return q + 1;
            }
        }
        if (lineStart) {
            int q = skipIndent(p);
            if (q < n && text.charAt(q) == '(') {
                int d = digits(q + 1);
                if (d > q + 1 && d < n && text.charAt(d) == ')') {
                    emitRemainingDedents(p);
                    add(STATEMENT_NUMBER, p, d + 1);
                    return d + 1;
                }
            }
            int d = digits(q);
            if (d > q && d + 1 < n && text.charAt(d) == '.' && isJsSpace(text.charAt(d + 1))) {
                emitIndentOrDedent(q - p + 1, p);
                add(ORDERED_LIST_ITEM, p, d + 1);
                return d + 1;
            }
            if (q + 1 < n && text.charAt(q) == '*' && isJsSpace(text.charAt(q + 1))) {
                emitIndentOrDedent(q - p + 1, p);
                add(UNORDERED_LIST_ITEM, p, q + 1);
                return q + 1;
            }
        }
        if (c == '*' || c == '_') {
            if ((e = rangeEnd(p)) >= 0) {
                return e;
            }
            if ((e = rangeStart(p)) >= 0) {
                return e;
            }
        }
        if (c == '[') {
            if ((e = link(p)) >= 0) {
                add(LINK, p, e);
                return e;
            }
        }
        if (c == '#' && (e = tag(p)) >= 0) {
            add(TAG, p, e);
            return e;
        }
        if (c == '[' || c == '<') {
            char close = c == '[' ? ']' : '>';
            if ((e = definition(p, close)) >= 0) {
                add(c == '[' ? STATEMENT_DEFINITION : ARGUMENT_DEFINITION, p, e);
                return e;
            }
            if ((e = reference(p, close)) >= 0) {
                add(c == '[' ? STATEMENT_REFERENCE : ARGUMENT_REFERENCE, p, e);
                return e;
            }
        }
        if (c == '@' && p + 1 < n && (text.charAt(p + 1) == '[' || text.charAt(p + 1) == '<')) {
            boolean statement = text.charAt(p + 1) == '[';
            if ((e = mention(p, statement ? ']' : '>')) >= 0) {
                add(statement ? STATEMENT_MENTION : ARGUMENT_MENTION, p, e);
                return e;
            }
        }
        if (c == ' ' || c == '\t') {
            return skipBlanks(p);
        }
        if ((e = freestyle(p)) > p) {
            add(FREESTYLE, p, e);
            return e;
        }
        if ((e = unusedControlChar(p)) >= 0) {
            add(UNUSED_CONTROL_CHAR, p, e);
            return e;
        }
        return -1;
    }

    private int inferenceToken(int p) {
        int e;
        if ((e = comment(p)) >= 0) {
            return e;
        }
        if ((e = newline(p)) >= 0) {
            add(NEWLINE, p, e);
            return e;
        }
        char c = text.charAt(p);
        if (c == '\\' && (e = escapedChar(p)) >= 0) {
            add(ESCAPED_CHAR, p, e);
            return e;
        }
        if ((c == '.' || c == ':') && (e = specialChar(p)) >= 0) {
            add(SPECIAL_CHAR, p, e);
            return e;
        }
        if (c == '-' && p + 1 < n && text.charAt(p + 1) == '-') {
            e = p;
            while (e < n && text.charAt(e) == '-') {
                e++;
            }
            add(INFERENCE_END, p, e);
            inferenceMode = false;
            return e;
        }
        if (c == '{' && (e = data(p)) >= 0) {
            add(DATA, p, e);
            return e;
        }
        if (c == ',') {
            add(LIST_DELIMITER, p, p + 1);
            return p + 1;
        }
        if (c == ' ' || c == '\t') {
            return skipBlanks(p);
        }
        if ((e = freestyle(p)) > p) {
            add(FREESTYLE, p, e);
            return e;
        }
        if ((e = unusedControlChar(p)) >= 0) {
            add(UNUSED_CONTROL_CHAR, p, e);
            return e;
        }
        return -1;
    }

    // ---- the token patterns ----

    /**
     * {@code <!-- … -->}, {@code /* … *}{@code /} or {@code // …} up to a line break, with the
     * trailing line breaks the reference lexer swallows after an empty line (all of them) or after a
     * line break (one, unless a blank line follows).
     */
    private int comment(int p) {
        char c = text.charAt(p);
        int e = -1;
        if (c == '<' && text.startsWith("<!--", p)) {
            int close = nextCommentClose.from(p + 4);
            if (close >= 0 && nextParagraphSeparator.before(p + 4, close)) {
                close = -1;
            }
            e = close < 0 ? -1 : close + 3;
        }
        if (e < 0 && c == '/' && p + 1 < n) {
            char d = text.charAt(p + 1);
            if (d == '*') {
                int close = nextBlockCommentClose.from(p + 2);
                if (close >= 0 && nextParagraphSeparator.before(p + 2, close)) {
                    close = -1;
                }
                e = close < 0 ? -1 : close + 2;
            } else if (d == '/') {
                // `//.*?(?=\r\n|\n|\r)`: the comment needs a line break after it, and '.' stops at U+2028/9.
                int lt = nextLineTerminator.from(p + 2);
                e = lt >= 0 && (text.charAt(lt) == '\n' || text.charAt(lt) == '\r') ? lt : -1;
            }
        }
        if (e < 0) {
            return -1;
        }
        if (count > 0 && last() == EMPTYLINE) {
            // (?:[ \t]*\r\n|\n|\r)*
            while (true) {
                int q = skipBlanks(e);
                if (q + 1 < n && text.charAt(q) == '\r' && text.charAt(q + 1) == '\n') {
                    e = q + 2;
                } else if (e < n && (text.charAt(e) == '\n' || text.charAt(e) == '\r')) {
                    e++;
                } else {
                    break;
                }
            }
        } else if (count > 0 && last() == NEWLINE) {
            int after = lineBreakAfterBlanks(e);
            if (after >= 0 && lineBreakAfterBlanks(after) < 0) {
                e = after;
            }
        }
        return e;
    }

    /** The end of {@code [ \t]*(?:\r\n|\n|\r)} at p, or -1. */
    private int lineBreakAfterBlanks(int p) {
        int q = skipBlanks(p);
        if (q < n && text.charAt(q) == '\r') {
            return q + 1 < n && text.charAt(q + 1) == '\n' ? q + 2 : q + 1;
        }
        return q < n && text.charAt(q) == '\n' ? q + 1 : -1;
    }

    /** {@code ===+[\s\S]*?===+}, anywhere (the parser accepts it only at the start). */
    private int frontMatter(int p) {
        int run = p;
        while (run < n && text.charAt(run) == '=') {
            run++;
        }
        if (run - p < 3) {
            return -1;
        }
        int close = nextTripleEquals.from(run);
        if (close < 0) {
            return run - p >= 6 ? run : -1;
        }
        int e = close;
        while (e < n && text.charAt(e) == '=') {
            e++;
        }
        return e;
    }

    /**
     * {@code {((?!}\s[^,}])(.|\n))*}(?!\s*(,|}))}: from the brace, the longest stretch that crosses
     * no carriage return, no U+2028/9 and no closing brace followed by a space and a character other
     * than a comma or brace, ending at a closing brace that is not followed by optional spaces and a
     * comma or brace.
     */
    private int data(int p) {
        if (!(dataFrom >= 0 && dataFrom <= p + 1 && p + 1 <= dataBlock)) {
            int block = p + 1;
            while (block < n) {
                char c = text.charAt(block);
                if (c == '\r' || c == '\u2028' || c == '\u2029') {
                    break;
                }
                if (c == '}' && block + 2 < n && isJsSpace(text.charAt(block + 1))
                        && text.charAt(block + 2) != ',' && text.charAt(block + 2) != '}') {
                    break;
                }
                block++;
            }
            int close = -1;
            for (int e = Math.min(block, n - 1); e > p; e--) {
                if (text.charAt(e) == '}') {
                    int q = e + 1;
                    while (q < n && isJsSpace(text.charAt(q))) {
                        q++;
                    }
                    if (q >= n || (text.charAt(q) != ',' && text.charAt(q) != '}')) {
                        close = e;
                        break;
                    }
                }
            }
            dataFrom = p + 1;
            dataBlock = block;
            dataClose = close;
        }
        return dataClose > p ? dataClose + 1 : -1;
    }

    private int escapedChar(int p) {
        if (p + 1 >= n || isLineTerminator(text.charAt(p + 1))) {
            return -1;
        }
        int e = p + 2;
        while (e < n && text.charAt(e) == ' ') {
            e++;
        }
        return e;
    }

    /** {@code .name.} or {@code :name:} with no white space inside, plus one optional blank. */
    private int specialChar(int p) {
        char mark = text.charAt(p);
        for (int k = p + 1; k < n; k++) {
            char c = text.charAt(k);
            if (isJsSpace(c)) {
                return -1;
            }
            if (k >= p + 2 && c == mark) {
                int e = k + 1;
                return e < n && (text.charAt(e) == ' ' || text.charAt(e) == '\t') ? e + 1 : e;
            }
        }
        return -1;
    }

    private int emptyline(int p) {
        if (count > 0 && last() == EMPTYLINE) {
            return -1;
        }
        int units = 0;
        int e = p;
        while (true) {
            int q = skipBlanks(e);
            if (q < n && text.charAt(q) == '\n') {
                e = q + 1;
            } else if (q + 1 < n && text.charAt(q) == '\r' && text.charAt(q + 1) == '\n') {
                e = q + 2;
            } else {
                break;
            }
            units++;
        }
        if (units < 2) {
            return -1;
        }
        if (e < n) {
            emitRemainingDedents(p);
        }
        add(EMPTYLINE, p, e);
        return e;
    }

    private int newline(int p) {
        return lineBreakAfterBlanks(p);
    }

    /** The seven relation arrows at a line start, with the indentation before them. */
    private int relation(int p) {
        int q = skipIndent(p);
        if (q >= n) {
            return -1;
        }
        char c = text.charAt(q);
        char d = q + 1 < n ? text.charAt(q + 1) : '\0';
        int k;
        int len;
        if (c == '+' && d == '>') {
            k = INCOMING_SUPPORT;
            len = 2;
        } else if (c == '-' && d == '>') {
            k = INCOMING_ATTACK;
            len = 2;
        } else if (c == '<' && d == '+') {
            k = OUTGOING_SUPPORT;
            len = 2;
        } else if (c == '+') {
            k = OUTGOING_SUPPORT;
            len = 1;
        } else if (c == '<' && d == '-') {
            k = OUTGOING_ATTACK;
            len = 2;
        } else if (c == '-') {
            k = OUTGOING_ATTACK;
            len = 1;
        } else if (c == '>' && d == '<') {
            k = CONTRADICTION;
            len = 2;
        } else if (c == '_' && d == '>') {
            k = INCOMING_UNDERCUT;
            len = 2;
        } else if (c == '<' && d == '_') {
            k = OUTGOING_UNDERCUT;
            len = 2;
        } else if (c == '_' && q + 1 < n && isJsSpace(d)) {
            k = OUTGOING_UNDERCUT;
            len = 1;
        } else {
            return -1;
        }
        emitIndentOrDedent(q - p, p);
        add(k, p, q + len);
        return q + len;
    }

    private int rangeEnd(int p) {
        if (rangeDepth == 0 || count == 0) {
            return -1;
        }
        int type = ranges[rangeDepth - 1];
        char c = text.charAt(p);
        boolean bold = type == RANGE_ASTERISK_BOLD || type == RANGE_UNDERSCORE_BOLD;
        char mark = type == RANGE_ASTERISK_BOLD || type == RANGE_ASTERISK_ITALIC ? '*' : '_';
        if (c != mark) {
            return -1;
        }
        int e = p + 1;
        if (bold) {
            if (e >= n || text.charAt(e) != mark) {
                return -1;
            }
            e++;
        }
        // (?:[ \t]|(?=\n|\r|\)|\}|_|\.|,|!|\?|;|:|-|\*|$))
        if (e < n) {
            char f = text.charAt(e);
            if (f == ' ' || f == '\t') {
                e++;
            } else if ("\n\r)}_.,!?;:-*".indexOf(f) < 0) {
                return -1;
            }
        }
        rangeDepth--;
        int k = switch (type) {
            case RANGE_ASTERISK_BOLD -> ASTERISK_BOLD_END;
            case RANGE_UNDERSCORE_BOLD -> UNDERSCORE_BOLD_END;
            case RANGE_ASTERISK_ITALIC -> ASTERISK_ITALIC_END;
            default -> UNDERSCORE_ITALIC_END;
        };
        add(k, p, e);
        return e;
    }

    private int rangeStart(int p) {
        char c = text.charAt(p);
        boolean doubled = p + 1 < n && text.charAt(p + 1) == c;
        int k;
        int type;
        int e;
        if (doubled && (p + 2 >= n || !isJsSpace(text.charAt(p + 2)))) {
            k = c == '*' ? ASTERISK_BOLD_START : UNDERSCORE_BOLD_START;
            type = c == '*' ? RANGE_ASTERISK_BOLD : RANGE_UNDERSCORE_BOLD;
            e = p + 2;
        } else if (p + 1 >= n || !isJsSpace(text.charAt(p + 1))) {
            k = c == '*' ? ASTERISK_ITALIC_START : UNDERSCORE_ITALIC_START;
            type = c == '*' ? RANGE_ASTERISK_ITALIC : RANGE_UNDERSCORE_ITALIC;
            e = p + 1;
        } else {
            return -1;
        }
        if (rangeDepth == ranges.length) {
            ranges = Arrays.copyOf(ranges, rangeDepth * 2);
        }
        ranges[rangeDepth++] = type;
        add(k, p, e);
        return e;
    }

    /** {@code \[[^\]]+?\]\([^\)]+?\)[ \t]?}. */
    private int link(int p) {
        int close = nextCloseBracket.from(p + 1);
        if (close <= p + 1 || close + 1 >= n || text.charAt(close + 1) != '(') {
            return -1;
        }
        int paren = nextCloseParen.from(close + 2);
        if (paren <= close + 2) {
            return -1;
        }
        int e = paren + 1;
        return e < n && (text.charAt(e) == ' ' || text.charAt(e) == '\t') ? e + 1 : e;
    }

    /** {@code #(?:\([^\)]+\)|[tag characters]+)[ \t]?}. */
    private int tag(int p) {
        int e = -1;
        if (p + 1 < n && text.charAt(p + 1) == '(') {
            int close = nextCloseParen.from(p + 2);
            if (close > p + 2) {
                e = close + 1;
            }
        }
        if (e < 0) {
            int q = p + 1;
            while (q < n && isTagChar(text.charAt(q))) {
                q++;
            }
            if (q == p + 1) {
                return -1;
            }
            e = q;
        }
        return e < n && (text.charAt(e) == ' ' || text.charAt(e) == '\t') ? e + 1 : e;
    }

    static boolean isTagChar(char c) {
        return (c >= 'A' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c >= '\u00A0' && c <= '\uD7FF')
                || (c >= '\uF900' && c <= '\uFDCF') || (c >= '\uFDF0' && c <= '\uFFEF');
    }

    /** {@code \[.+?\]\:} (or with angle brackets): the first {@code ]:} on the line, at least one character in. */
    private int definition(int p, char close) {
        int k = (close == ']' ? nextDefinitionClose : nextArgumentDefinitionClose).from(p + 2);
        if (k < 0) {
            return -1;
        }
        int lt = nextLineTerminator.from(p + 1);
        return lt >= 0 && lt < k ? -1 : k + 2;
    }

    /** {@code \[[^-].*?\]}: any character but a hyphen, then the first closing bracket on the line. */
    private int reference(int p, char close) {
        if (p + 1 >= n || text.charAt(p + 1) == '-') {
            return -1;
        }
        NextIndex closes = close == ']' ? nextCloseBracket : nextCloseAngle;
        int k = closes.from(p + 2);
        if (k < 0) {
            return -1;
        }
        int lt = nextLineTerminator.from(p + 2);
        return lt >= 0 && lt < k ? -1 : k + 1;
    }

    /** {@code \@\[.+?\][ \t]?} (or with angle brackets). */
    private int mention(int p, char close) {
        NextIndex closes = close == ']' ? nextCloseBracket : nextCloseAngle;
        int k = closes.from(p + 3);
        if (k < 0) {
            return -1;
        }
        int lt = nextLineTerminator.from(p + 2);
        if (lt >= 0 && lt < k) {
            return -1;
        }
        int e = k + 1;
        return e < n && (text.charAt(e) == ' ' || text.charAt(e) == '\t') ? e + 1 : e;
    }

    private int freestyle(int p) {
        int e = p;
        while (e < n && !isControl(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static boolean isControl(char c) {
        switch (c) {
            case '\\': case '@': case '#': case '*': case '_': case '[': case ']': case ',': case '.': case ':':
            case ';': case '<': case '/': case '>': case '-': case '\r': case '\n': case '(': case ')': case '{': case '}':
                return true;
            default:
                return false;
        }
    }

    private int unusedControlChar(int p) {
        char c = text.charAt(p);
        if (c == '\\' || c == '\r' || c == '\n' || !isControl(c)) {
            return -1;
        }
        int e = p + 1;
        return e < n && (text.charAt(e) == ' ' || text.charAt(e) == '\t') ? e + 1 : e;
    }

    // ---- helpers ----

    private int skipBlanks(int p) {
        while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /**
     * Skips the indentation of a line-start pattern. The reference lexer writes it {@code [' '\t]*},
     * a character class that holds the apostrophe too, so {@code '+> [a]} is a relation there and here.
     */
    private int skipIndent(int p) {
        while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\'')) {
            p++;
        }
        return p;
    }

    private int digits(int p) {
        while (p < n && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
            p++;
        }
        return p;
    }

    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** JavaScript's {@code \s}. */
    static boolean isJsSpace(char c) {
        switch (c) {
            case ' ': case '\t': case '\n': case '\u000B': case '\f': case '\r': case '\u00A0': case '\u1680':
            case '\u2028': case '\u2029': case '\u202F': case '\u205F': case '\u3000': case '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    /**
     * The next index of a string or character class at or after a position, remembered: asked again
     * from a later position before the remembered index, it answers in O(1). Forward scans thus cost
     * O(text) in total, however many openers are left unclosed.
     */
    static final class NextIndex {
        private final String text;
        private final String needle;
        private final java.util.function.IntPredicate chars;
        private int askedFrom = Integer.MAX_VALUE;
        private int found = -2;

        NextIndex(String text, String needle) {
            this.text = text;
            this.needle = needle;
            this.chars = null;
        }

        NextIndex(String text, java.util.function.IntPredicate chars) {
            this.text = text;
            this.needle = null;
            this.chars = chars;
        }

        int from(int p) {
            if (found != -2 && p >= askedFrom && (found < 0 || p <= found)) {
                return found;
            }
            if (found != -2 && p < askedFrom) {
                // A step back: only the window before the remembered question needs a look.
                int limit = Math.min(askedFrom, text.length());
                for (int i = p; i < limit; i++) {
                    if (matchesAt(i)) {
                        askedFrom = p;
                        found = i;
                        return i;
                    }
                }
                askedFrom = p;
                if (found < 0 || p <= found) {
                    return found;
                }
            }
            askedFrom = p;
            if (needle != null) {
                found = p >= text.length() ? -1 : text.indexOf(needle, p);
            } else {
                int i = p;
                while (i < text.length() && !chars.test(text.charAt(i))) {
                    i++;
                }
                found = i < text.length() ? i : -1;
            }
            return found;
        }

        private boolean matchesAt(int i) {
            return needle != null ? text.startsWith(needle, i) : chars.test(text.charAt(i));
        }

        /** Tells whether the next match at or after {@code p} lies before {@code limit}. */
        boolean before(int p, int limit) {
            int f = from(p);
            return f >= 0 && f < limit;
        }
    }

    /** Line starts of a text, for turning offsets into lines and columns. */
    static final class Lines {
        private final int[] starts;
        private final int count;

        private Lines(int[] starts, int count) {
            this.starts = starts;
            this.count = count;
        }

        static Lines of(String text) {
            int[] s = new int[64];
            int c = 1;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (c == s.length) {
                        s = Arrays.copyOf(s, c * 2);
                    }
                    s[c++] = i + 1;
                }
            }
            return new Lines(s, c);
        }

        /** The 1-based line of an offset. */
        int line(int offset) {
            int i = Arrays.binarySearch(starts, 0, count, offset);
            return i >= 0 ? i + 1 : -i - 1;
        }

        /** The 1-based column of an offset, in UTF-16 units as Argdown counts them. */
        int column(int offset) {
            return offset - starts[line(offset) - 1] + 1;
        }
    }
}
