package io.github.argmap.core.argdown;

import static io.github.argmap.core.argdown.ArgdownLexer.*;

import io.github.argmap.core.argdown.ArgdownModel.Argument;
import io.github.argmap.core.argdown.ArgdownModel.EquivalenceClass;
import io.github.argmap.core.argdown.ArgdownModel.Inference;
import io.github.argmap.core.argdown.ArgdownModel.Member;
import io.github.argmap.core.argdown.ArgdownModel.Node;
import io.github.argmap.core.argdown.ArgdownModel.Relation;
import io.github.argmap.core.argdown.ArgdownModel.RelationType;
import io.github.argmap.core.argdown.ArgdownModel.Role;
import io.github.argmap.core.argdown.ArgdownModel.Section;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses Argdown tokens by the grammar of the Argdown CLI 1.7.5 ({@code @argdown/core}
 * {@code parser.js}) and builds an {@link ArgdownModel} by the rules of its ModelPlugin, so that the
 * statements, arguments and relations found are the ones the CLI's JSON export lists.
 *
 * <p>The grammar nests (a relation holds a statement that holds relations, and so on with each
 * indentation level; bold holds italic holds bold); this parser keeps that nesting on heap stacks,
 * never on the call stack, so a file of 10^5 indentation levels is read or refused like any other.
 * A file the CLI refuses (a syntax error, bad YAML, two premise-conclusion structures for one
 * argument, an unreadable link) is refused here too, at the place the problem starts.
 */
final class ArgdownParser {
    /** A syntax error at an offset of the text. */
    static final class ParseError extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        ParseError(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private final ArgdownLexer lx;
    private final String text;
    private final int[] kinds;
    private int pos;
    private final ArgdownModel m = new ArgdownModel();

    // The ModelPlugin's state, with its names.
    private Member currentStatement;
    private Heading currentHeading;
    private Section currentSection;
    private Inference currentInference;
    private Relation currentRelation;
    private final ArrayDeque<Node> relationParents = new ArrayDeque<>();
    /** The open relation blocks, reused: {@link #relations} does not nest in itself. */
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    /** The open bold and italic ranges of the text being read, reused. */
    private int[] open = new int[8];
    private int uniqueTitleCounter;
    /**
     * The relations read so far, by source, target and type, each packed into one long (see
     * {@link #key}): no object per relation, and no record, whose generated hashCode costs tens of
     * milliseconds of method-handle set-up in a short run.
     */
    private final LongSet seen = new LongSet();
    /** The serial number of the last node made; 0 stands for "any source" in {@link #seen}. */
    private int nodeSerial;
    private int sectionCounter;

    /** A heading being read: the target of its text and tags. */
    private static final class Heading {
        final StringBuilder text = new StringBuilder();
        final List<String> tags = new ArrayList<>();
        Map<String, Object> data;
    }

    private ArgdownParser(ArgdownLexer lx) {
        this.lx = lx;
        this.text = lx.text;
        this.kinds = lx.kind;
    }

    static ArgdownModel parse(ArgdownLexer lx) throws ParseError {
        ArgdownParser p = new ArgdownParser(lx);
        p.argdown();
        p.postProcess();
        return p.m;
    }

    // ---- tokens ----

    private int peek() {
        return kinds[pos];
    }

    private int peek(int ahead) {
        int i = Math.min(pos + ahead, lx.count - 1);
        return kinds[i];
    }

    private int offsetOf(int token) {
        if (kinds[token] == EOF && token > 0) {
            return lx.end[token - 1] > 0 ? lx.end[token - 1] - (lx.end[token - 1] > lx.start[token - 1] ? 1 : 0) : 0;
        }
        return lx.start[token];
    }

    private ParseError expected(String what) {
        int k = peek();
        String found = k == EOF ? "the end of the file" : k == INDENT ? "an indented line" : k == DEDENT
                ? "a line indented less" : "'" + shown(lx.image(pos).strip()) + "' (" + ArgdownLexer.name(k) + ")";
        return new ParseError(offsetOf(pos), "expected " + what + " but found " + found);
    }

    private void consume(int kind, String what) throws ParseError {
        if (peek() != kind) {
            throw expected(what);
        }
        pos++;
    }

    static String shown(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static boolean isFreestyle(int k) {
        return k == FREESTYLE || k == UNUSED_CONTROL_CHAR || k == ESCAPED_CHAR || k == SPECIAL_CHAR;
    }

    private static boolean isContentStart(int k) {
        return isFreestyle(k) || k == LINK || k == ASTERISK_BOLD_START || k == UNDERSCORE_BOLD_START
                || k == ASTERISK_ITALIC_START || k == UNDERSCORE_ITALIC_START || k == TAG || k == ARGUMENT_MENTION
                || k == STATEMENT_MENTION || k == NEWLINE;
    }

    private static boolean isStatementStart(int k) {
        return isContentStart(k) || k == STATEMENT_REFERENCE || k == STATEMENT_DEFINITION;
    }

    private static boolean isArgumentStart(int k) {
        return k == ARGUMENT_DEFINITION || k == ARGUMENT_REFERENCE;
    }

    private static boolean isRelation(int k) {
        return k >= INCOMING_SUPPORT && k <= OUTGOING_UNDERCUT;
    }

    // ---- the grammar ----

    private void argdown() throws ParseError {
        if (peek() == NEWLINE) {
            pos++;
        }
        if (peek() == EMPTYLINE) {
            pos++;
        }
        if (peek() == FRONT_MATTER) {
            frontMatter();
            pos++;
            if (peek() == NEWLINE) {
                pos++;
            }
            consume(EMPTYLINE, "an empty line after the front matter");
        }
        Member previousArgument = null;
        while (true) {
            previousArgument = block(previousArgument);
            if (peek() != EMPTYLINE) {
                break;
            }
            pos++;
        }
        if (peek() != EOF) {
            int k = peek();
            if (k == FRONT_MATTER) {
                throw new ParseError(offsetOf(pos), "front matter (===) is only allowed at the start of the file");
            }
            if (k == INDENT || isRelation(k) || k == DEDENT) {
                throw expected("a relation indented as the ones above it, or an empty line before a new paragraph");
            }
            throw expected("an empty line before a new paragraph");
        }
    }

    /** One top-level block; returns the argument description if the block was an argument. */
    private Member block(Member previousArgument) throws ParseError {
        int k = peek();
        if (k == HEADING_START) {
            heading();
            return null;
        }
        if (k == STATEMENT_NUMBER) {
            pcs(previousArgument);
            return null;
        }
        if (isArgumentStart(k)) {
            return element(true, true);
        }
        if (k == INDENT && (peek(1) == ORDERED_LIST_ITEM || peek(1) == UNORDERED_LIST_ITEM)) {
            list(peek(1));
            return null;
        }
        if (isStatementStart(k)) {
            element(false, true);
            return null;
        }
        if (k == INDENT && isRelation(peek(1)) || isRelation(k)) {
            throw expected("a statement, an argument, a heading or a list; a relation must follow the statement or"
                    + " argument it belongs to, with no empty line between");
        }
        throw expected("a statement, an argument, a heading or a list");
    }

    private void frontMatter() throws ParseError {
        String image = lx.image(pos);
        // The DataPlugin's own trimming: /^\s*={3,}/ and /={3,}\s*$/.
        int s = 0;
        while (s < image.length() && ArgdownLexer.isJsSpace(image.charAt(s))) {
            s++;
        }
        while (s < image.length() && image.charAt(s) == '=') {
            s++;
        }
        int e = image.length();
        while (e > s && ArgdownLexer.isJsSpace(image.charAt(e - 1))) {
            e--;
        }
        while (e > s && image.charAt(e - 1) == '=') {
            e--;
        }
        Object fm = frontMatterLines(image.substring(s, e));
        if (fm == null) {
            fm = yaml(image.substring(s, e), lx.start[pos] + s);
        }
        m.frontMatterOffset = lx.start[pos];
        if (fm instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> cast = (Map<String, Object>) map;
            m.frontMatter = cast;
        }
    }

    /**
     * Front matter as argmap writes it, one {@code key: JSON} a line, read exactly (see
     * {@link ArgdownYaml#parseJsonOrYaml}); null when the front matter is anything else.
     */
    private static Map<String, Object> frontMatterLines(String yaml) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String line : yaml.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String key;
            String rest;
            if (line.startsWith("\"")) {
                int colon = line.indexOf("\": ");
                Object k = colon < 0 ? null : ArgdownYaml.json(line.substring(0, colon + 1));
                if (!(k instanceof String ks)) {
                    return null;
                }
                key = ks;
                rest = line.substring(colon + 3);
            } else {
                int colon = line.indexOf(": ");
                if (colon <= 0 || !line.substring(0, colon).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    return null;
                }
                key = line.substring(0, colon);
                rest = line.substring(colon + 2);
            }
            Object v = rest.startsWith("\"") || rest.startsWith("{") || rest.startsWith("[") ? ArgdownYaml.json(rest) : null;
            if (v == null || out.put(key, v) != null) {
                return null;
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> data() throws ParseError {
        String image = lx.image(pos);
        int offset = lx.start[pos];
        String yaml = image;
        int shift = 0;
        // The DataPlugin reads "{\n key: value\n}" as block YAML: /^{[ \t]*(\n\r|\n)/ ... /}\s*$/.
        int i = 1;
        while (i < image.length() && (image.charAt(i) == ' ' || image.charAt(i) == '\t')) {
            i++;
        }
        if (i < image.length() && image.charAt(i) == '\n') {
            int start = i + 1 < image.length() && image.charAt(i + 1) == '\r' ? i + 2 : i + 1;
            int end = image.length() - 1; // the closing brace; only white space may follow it in a token
            yaml = image.substring(start, end);
            shift = start;
        }
        pos++;
        Object v = yaml(yaml, offset + shift);
        if (v instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        return null;
    }

    private Object yaml(String yaml, int offset) throws ParseError {
        try {
            return ArgdownYaml.parseJsonOrYaml(yaml);
        } catch (ArgdownYaml.YamlError e) {
            // Place the problem inside the YAML: its line and column from where the YAML starts.
            int at = offset;
            for (int line = 0; line < e.line && at < text.length(); at++) {
                if (text.charAt(at) == '\n') {
                    line++;
                }
            }
            at = Math.min(text.length(), at + (e.line == 0 ? e.column : e.column));
            throw new ParseError(at, "invalid YAML: " + e.getMessage());
        }
    }

    private void heading() throws ParseError {
        int start = lx.start[pos];
        int level = lx.end[pos] - lx.start[pos] - 1;
        Heading h = new Heading();
        currentHeading = h;
        pos++;
        content();
        if (peek() == DATA) {
            h.data = data();
            if (peek() == NEWLINE) {
                pos++;
            }
        }
        sectionCounter++;
        Section s = new Section();
        s.id = "s" + sectionCounter;
        s.level = level;
        s.title = h.text.toString().strip();
        s.tags = h.tags;
        s.data = h.data;
        s.offset = start;
        Section previous = currentSection;
        while (previous != null && previous.level >= level) {
            previous = previous.parent;
        }
        s.parent = previous;
        m.sections.add(s);
        currentSection = s;
        currentHeading = null;
    }

    private void list(int itemKind) throws ParseError {
        pos++; // the indent
        do {
            pos++; // the item marker
            int k = peek();
            if (isArgumentStart(k)) {
                element(true, false);
            } else if (isStatementStart(k)) {
                element(false, false);
            } else {
                throw expected("a statement or an argument after the list item marker");
            }
        } while (peek() == itemKind);
        consume(DEDENT, "another list item or an empty line");
    }

    private void pcs(Member previousArgument) throws ParseError {
        int start = lx.start[pos];
        Argument argument;
        if (previousArgument != null) {
            argument = m.arguments.get(previousArgument.title);
        } else {
            argument = getArgument(null, start);
        }
        if (currentSection != null) {
            argument.section = currentSection;
        }
        if (!argument.pcs.isEmpty()) {
            throw new ParseError(start, "a second premise-conclusion structure for argument <" + shown(argument.title)
                    + ">; Argdown allows one per argument");
        }
        List<Member> pcs = new ArrayList<>();
        argument.pcs = pcs;
        pcsStatement(argument, null);
        if (peek() != STATEMENT_NUMBER && peek() != INFERENCE_START) {
            throw expected("an inference line (----) between the premises and the conclusion");
        }
        while (peek() == STATEMENT_NUMBER || peek() == INFERENCE_START) {
            while (peek() == STATEMENT_NUMBER) {
                pcsStatement(argument, null);
            }
            if (peek() != INFERENCE_START) {
                throw expected("an inference line (----) between the premises and the conclusion");
            }
            Inference inference = inference();
            if (peek() != STATEMENT_NUMBER) {
                throw expected("a numbered conclusion, such as (3), after the inference line");
            }
            pcsStatement(argument, inference);
        }
        Member last = pcs.get(pcs.size() - 1);
        last.role = Role.MAIN_CONCLUSION;
    }

    private void pcsStatement(Argument argument, Inference inference) throws ParseError {
        pos++; // the number
        if (!isStatementStart(peek())) {
            throw expected("a statement after the statement number");
        }
        Member s = element(false, false);
        s.role = Role.PREMISE;
        if (inference != null) {
            s.role = Role.INTERMEDIARY_CONCLUSION;
            s.inference = inference;
            inference.conclusionIndex = argument.pcs.size();
            inference.argumentTitle = argument.title;
        }
        argument.pcs.add(s);
    }

    private Inference inference() throws ParseError {
        Inference inference = serial(new Inference());
        inference.offset = lx.start[pos];
        currentInference = inference;
        pos++; // the inference start
        if (isFreestyle(peek()) || (peek() == NEWLINE && isFreestyle(peek(1)))) {
            if (peek() == NEWLINE) {
                pos++;
            }
            while (true) {
                StringBuilder rule = new StringBuilder();
                freestyle(rule);
                inference.rules.add(rule.toString().strip());
                if (peek() != LIST_DELIMITER) {
                    break;
                }
                pos++;
                if (!isFreestyle(peek())) {
                    throw expected("an inference rule after the comma");
                }
            }
        }
        if (peek() == NEWLINE) {
            pos++;
        }
        if (peek() == DATA) {
            inference.data = data();
            if (peek() == NEWLINE) {
                pos++;
            }
        }
        consume(INFERENCE_END, "the end of the inference line (--)");
        consume(NEWLINE, "a line break after the inference line");
        if (peek() == INDENT) {
            relations(null, inference);
        }
        return inference;
    }

    /**
     * A statement or an argument with its relations, nested to any depth. Returns its member (the
     * statement, or the argument's description).
     */
    private Member element(boolean isArgument, boolean topLevel) throws ParseError {
        Member root = head(isArgument, topLevel);
        if (peek() == INDENT) {
            relations(root, null);
        }
        exit(root);
        return root;
    }

    /** One open relations block: whose relations they are, and the relation the owner is the far end of. */
    private static final class Frame {
        final Member owner;
        final Relation via;
        final boolean undercutsOnly;
        int count;

        Frame(Member owner, Relation via, boolean undercutsOnly) {
            this.owner = owner;
            this.via = via;
            this.undercutsOnly = undercutsOnly;
        }
    }

    /**
     * An indented block of relations under {@code owner} (or, for undercuts written under an
     * inference line, under {@code inference}), with everything nested in it. Iterative: the frames
     * of the open blocks are on a heap stack.
     */
    private void relations(Member owner, Inference inference) throws ParseError {
        ArrayDeque<Frame> stack = frames;
        stack.clear();
        relationParents.push(inference != null ? inference : getRelationMember(owner));
        pos++; // the indent
        stack.push(new Frame(owner, null, inference != null));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            int k = peek();
            if (isRelation(k) && (!f.undercutsOnly || k == OUTGOING_UNDERCUT)) {
                f.count++;
                Relation relation = relationEntry(k);
                relation.owner = f.owner;
                pos++;
                int c = peek();
                boolean argument = k != CONTRADICTION && isArgumentStart(c);
                if (!argument && !isStatementStart(c)) {
                    throw expected(k == CONTRADICTION ? "a statement after ><" : "a statement or an argument after the relation");
                }
                Member child = head(argument, false);
                if (peek() == INDENT) {
                    relationParents.push(getRelationMember(child));
                    pos++;
                    stack.push(new Frame(child, relation, false));
                    continue;
                }
                exit(child);
                relationExit(relation, child);
                continue;
            }
            if (f.count == 0) {
                throw expected(f.undercutsOnly ? "an undercut (<_) of the inference" : "a relation (+>, ->, <+, <-, ><, _>, <_)");
            }
            if (k != DEDENT) {
                throw expected(f.undercutsOnly ? "another undercut (<_) or an empty line"
                        : "another relation at this indentation, or a line indented less");
            }
            pos++;
            currentRelation = null;
            relationParents.pop();
            stack.pop();
            if (f.via != null) {
                exit(f.owner);
                relationExit(f.via, f.owner);
            }
        }
    }

    /** A statement's or an argument's own tokens: title, text, tags and data (rule entry and tokens). */
    private Member head(boolean isArgument, boolean topLevel) throws ParseError {
        Member s = new Member();
        s.offset = lx.start[pos];
        s.isArgument = isArgument;
        if (isArgument) {
            s.role = Role.ARGUMENT_DESCRIPTION;
            s.section = currentSection;
        } else {
            s.role = topLevel ? Role.TOP_LEVEL : currentRelation != null ? Role.RELATION : Role.OTHER;
        }
        currentStatement = s;
        int k = peek();
        if (k == STATEMENT_REFERENCE || k == ARGUMENT_REFERENCE) {
            String image = lx.image(pos);
            s.title = inner(image, 1, image.length() - 1);
            s.isReference = true;
            pos++;
            while (peek() == TAG) {
                tag();
            }
            if (peek() == NEWLINE) {
                pos++;
            }
        } else {
            if (k == STATEMENT_DEFINITION || k == ARGUMENT_DEFINITION) {
                String image = lx.image(pos);
                s.title = inner(image, 1, image.length() - 2);
                pos++;
            }
            s.textOffset = lx.start[pos];
            content();
        }
        if (peek() == DATA) {
            s.dataOffset = lx.start[pos];
            s.data = data();
            if (peek() == NEWLINE) {
                pos++;
            }
        }
        return s;
    }

    /**
     * A title between brackets, as the ModelPlugin's {@code /\[(.+)\]/} takes it: none when it
     * holds a line break, which its '.' does not match.
     */
    private static String inner(String image, int from, int to) {
        String t = image.substring(from, to);
        for (int i = 0; i < t.length(); i++) {
            if (ArgdownLexer.isLineTerminator(t.charAt(i))) {
                return null;
            }
        }
        return t.isEmpty() ? null : t;
    }

    private StringBuilder target() {
        return currentHeading != null ? currentHeading.text : currentStatement != null ? currentStatement.text() : null;
    }

    /** statementContent: text, links, bold, italic, tags, mentions and line breaks, one or more. */
    private void content() throws ParseError {
        if (!isContentStart(peek())) {
            throw expected("text");
        }
        int depth = 0;
        while (true) {
            int k = peek();
            if (depth > 0 && k == open[depth - 1]) {
                String image = lx.image(pos);
                pos++;
                depth--;
                if (image.endsWith(" ")) {
                    append(" ");
                }
                continue;
            }
            if (!isContentStart(k)) {
                if (depth > 0) {
                    throw expected("the closing " + ArgdownLexer.name(open[depth - 1]));
                }
                return;
            }
            switch (k) {
                case LINK -> link();
                case TAG -> tag();
                case ARGUMENT_MENTION, STATEMENT_MENTION -> {
                    append(lx.image(pos));
                    pos++;
                }
                case NEWLINE -> {
                    pos++;
                    StringBuilder t = target();
                    int next = peek();
                    boolean last = !(isContentStart(next) || (depth > 0 && next == open[depth - 1]));
                    if (t != null && !last && (t.length() == 0 || t.charAt(t.length() - 1) != ' ')) {
                        t.append(' ');
                    }
                }
                case ASTERISK_BOLD_START, UNDERSCORE_BOLD_START, ASTERISK_ITALIC_START, UNDERSCORE_ITALIC_START -> {
                    if (depth == open.length) {
                        open = java.util.Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = k - (ASTERISK_BOLD_START - ASTERISK_BOLD_END);
                    pos++;
                }
                default -> {
                    StringBuilder t = target();
                    freestyle(t == null ? new StringBuilder() : t);
                }
            }
        }
    }

    private void append(String s) {
        StringBuilder t = target();
        if (t != null) {
            t.append(s);
        }
    }

    /** freestyleText: plain text, escapes and shortcodes such as {@code .->.}. */
    private void freestyle(StringBuilder out) {
        while (isFreestyle(peek())) {
            int k = peek();
            int s = lx.start[pos];
            int e = lx.end[pos];
            if (k == ESCAPED_CHAR) {
                out.append(text, s + 1, e);
            } else if (k == SPECIAL_CHAR) {
                String image = text.substring(s, e);
                String code = Shortcodes.unicode(image.strip());
                if (code != null) {
                    out.append(code);
                    if (image.endsWith(" ")) {
                        out.append(' ');
                    }
                } else {
                    out.append(image);
                }
            } else {
                out.append(text, s, e);
            }
            pos++;
        }
    }

    private void link() throws ParseError {
        String image = lx.image(pos);
        int close = image.indexOf("](");
        int paren = image.lastIndexOf(')');
        String label = image.substring(1, close);
        String url = image.substring(close + 2, paren);
        if (inner(label, 0, label.length()) == null || inner(url, 0, url.length()) == null) {
            // The ModelPlugin's /\[(.+)\]\((.+)\)/ fails on a line break and stops the CLI with "Could not match link".
            throw new ParseError(lx.start[pos], "a link whose text or address holds a line break");
        }
        append(label);
        if (image.endsWith(" ") || image.endsWith("\t")) {
            append(" ");
        }
        pos++;
    }

    private void tag() {
        String image = lx.image(pos);
        String tag;
        if (image.length() > 1 && image.charAt(1) == '(') {
            tag = image.substring(2, image.indexOf(')'));
        } else {
            int e = 1;
            while (e < image.length() && ArgdownLexer.isTagChar(image.charAt(e))) {
                e++;
            }
            tag = image.substring(1, e);
        }
        List<String> tags = currentHeading != null ? currentHeading.tags : currentStatement != null ? currentStatement.tags() : null;
        if (tags != null && !tags.contains(tag)) {
            tags.add(tag);
        }
        // Tags stay out of the text (Argdown's model.removeTagsFromText): argmap keeps them as tags.
        pos++;
    }

    // ---- the ModelPlugin's rules ----

    private String uniqueTitle() {
        uniqueTitleCounter++;
        return "Untitled " + uniqueTitleCounter;
    }

    private EquivalenceClass getEquivalenceClass(String title, int offset) {
        EquivalenceClass ec = m.statements.get(title);
        if (ec == null) {
            ec = serial(new EquivalenceClass());
            ec.title = title;
            ec.offset = offset;
            m.statements.put(title, ec);
        }
        return ec;
    }

    private Argument getArgument(String title, int offset) {
        Argument a = title == null ? null : m.arguments.get(title);
        if (a == null) {
            a = serial(new Argument());
            a.title = title == null ? uniqueTitle() : title;
            a.untitled = title == null;
            a.offset = offset;
            m.arguments.put(a.title, a);
        }
        return a;
    }

    private Node getRelationMember(Member member) {
        if (member.node != null) {
            // Asked again (on entering its relations, on its exit, on its relation's exit): the same
            // node, and the untitled flags below were already set on the first call.
            return member.node;
        }
        member.node = lookUpRelationMember(member);
        return member.node;
    }

    private Node lookUpRelationMember(Member member) {
        if (member.title == null) {
            member.title = uniqueTitle();
            member.untitled = true;
        }
        if (member.isArgument) {
            Argument a = getArgument(member.title, member.offset);
            a.untitled |= member.untitled && a.members.isEmpty();
            return a;
        }
        EquivalenceClass ec = getEquivalenceClass(member.title, member.offset);
        ec.untitled |= member.untitled && ec.members.isEmpty();
        return ec;
    }

    /** The rule exit of a statement or an argument: it joins its equivalence class or argument. */
    private void exit(Member s) {
        if (s.title == null) {
            s.title = uniqueTitle();
            s.untitled = true;
        }
        Node node = getRelationMember(s);
        node.addTags(s.tags);
        if (s.data != null) {
            node.data = merge(node.data, s.data);
        }
        if (currentSection != null) {
            s.section = currentSection;
        }
        Object isInGroup = s.data == null ? null : s.data.get("isInGroup");
        if (node instanceof EquivalenceClass ec) {
            ec.members.add(s);
            boolean takes = "true".equals(isInGroup) || (!s.isReference && isInGroup == null && ec.section == null);
            if (takes) {
                ec.section = s.section;
            }
        } else {
            Argument a = (Argument) node;
            a.members.add(s);
            boolean takes = "true".equals(isInGroup) || (!s.isReference && isInGroup == null && a.section == null);
            if (takes) {
                a.section = s.section;
            }
        }
        currentStatement = null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> into, Map<String, Object> from) {
        Map<String, Object> out = into == null ? new java.util.LinkedHashMap<>() : into;
        for (Map.Entry<String, Object> e : from.entrySet()) {
            Object old = out.get(e.getKey());
            if (old instanceof Map<?, ?> o && e.getValue() instanceof Map<?, ?> n) {
                out.put(e.getKey(), merge(new java.util.LinkedHashMap<>((Map<String, Object>) o), (Map<String, Object>) n));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private Relation relationEntry(int token) {
        Node parent = relationParents.peek();
        Relation r = new Relation();
        r.offset = lx.start[pos];
        switch (token) {
            case INCOMING_SUPPORT -> {
                r.type = RelationType.SUPPORT;
                r.from = parent;
            }
            case INCOMING_ATTACK -> {
                r.type = RelationType.ATTACK;
                r.from = parent;
            }
            case OUTGOING_SUPPORT -> {
                r.type = RelationType.SUPPORT;
                r.to = parent;
            }
            case OUTGOING_ATTACK -> {
                r.type = RelationType.ATTACK;
                r.to = parent;
            }
            case CONTRADICTION -> {
                r.type = RelationType.CONTRADICTORY;
                r.from = parent;
            }
            case INCOMING_UNDERCUT -> {
                r.type = RelationType.UNDERCUT;
                r.from = parent;
            }
            default -> {
                r.type = RelationType.UNDERCUT;
                // The CLI's rule, kept for equal results: an undercut written under a statement
                // undercuts the last inference read so far, if there is one.
                r.to = parent instanceof EquivalenceClass && currentInference != null ? currentInference : parent;
            }
        }
        currentRelation = r;
        return r;
    }

    private void relationExit(Relation r, Member child) {
        Node target = getRelationMember(child);
        if (r.from != null) {
            r.to = target;
        } else {
            r.from = target;
        }
        // The ModelPlugin looks through the source's relations for one with the same target and type (or
        // the same contradiction the other way round); a set of those keys answers the same in O(1),
        // where the loop would be quadratic for a statement with thousands of relations.
        // Its list holds the relations ending at the source too, so a self-relation counts as a repeat
        // of any relation of its type into that node.
        if (seen.contains(key(r.from, r.to, r.type))
                || (r.type == RelationType.CONTRADICTORY && seen.contains(key(r.to, r.from, r.type)))
                || (r.from == r.to && seen.contains(key(null, r.to, r.type)))) {
            return;
        }
        seen.add(key(r.from, r.to, r.type));
        seen.add(key(null, r.to, r.type));
        m.relations.add(r);
        r.from.relations.add(r);
        r.to.relations.add(r);
    }

    /**
     * A relation's source, target and type as one long: serials below 2^29 (each node is an object of
     * well over 100 bytes, so no heap holds 2^29 of them), the type in the low 3 bits. Never 0.
     */
    private static long key(Node from, Node to, RelationType type) {
        long f = from == null ? 0 : from.serial;
        return f << 34 | (long) to.serial << 3 | type.ordinal();
    }

    private <N extends Node> N serial(N node) {
        node.serial = ++nodeSerial;
        return node;
    }

    /** A set of non-zero longs, open addressing with linear probing; 0 marks a free slot. */
    static final class LongSet {
        private long[] slots = new long[1024];
        private int size;

        boolean contains(long key) {
            int mask = slots.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                long k = slots[i];
                if (k == key) {
                    return true;
                }
                if (k == 0) {
                    return false;
                }
            }
        }

        /** Adds a key; returns whether it was new. */
        boolean add(long key) {
            if (size * 2 >= slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                size = 0;
                for (long k : old) {
                    if (k != 0) {
                        add(k);
                    }
                }
            }
            int mask = slots.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                long k = slots[i];
                if (k == key) {
                    return false;
                }
                if (k == 0) {
                    slots[i] = key;
                    size++;
                    return true;
                }
            }
        }

        int size() {
            return size;
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }

    // ---- the ModelPlugin's run(): sections, argument relations, strict mode, redundant attacks ----

    private void postProcess() {
        for (EquivalenceClass ec : m.statements.values()) {
            if (ec.section == null && !ec.members.isEmpty()) {
                ec.section = ec.members.get(0).section;
            }
        }
        for (Argument a : m.arguments.values()) {
            if (a.section == null && !a.members.isEmpty()) {
                a.section = a.members.get(0).section;
            }
        }
        Map<String, Object> model = m.frontMatter == null ? null : asMap(m.frontMatter.get("model"));
        boolean transformArgumentRelations = model == null || !"false".equals(model.get("transformArgumentRelations"));
        boolean strict = model != null && "strict".equals(model.get("mode"));
        if (transformArgumentRelations) {
            transformArgumentRelations();
        }
        if (strict) {
            transformStatementRelations();
        }
        removeRedundantAttacksOnArguments();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** JavaScript's {@code list.splice(list.indexOf(x), 1)}: with x absent, it removes the last element. */
    private static void jsRemove(List<Relation> list, Relation r) {
        int i = list.indexOf(r);
        if (i >= 0) {
            list.remove(i);
        } else if (!list.isEmpty()) {
            list.remove(list.size() - 1);
        }
    }

    private void transformArgumentRelations() {
        List<Relation> kept = new ArrayList<>();
        for (Relation r : m.relations) {
            boolean add = true;
            boolean fromReconstructed = r.from instanceof Argument a && a.isReconstructed();
            boolean toReconstructed = r.to instanceof Argument a && a.isReconstructed();
            if (fromReconstructed) {
                Argument argument = (Argument) r.from;
                r.movedFrom = argument;
                jsRemove(r.from.relations, r);
                Member conclusion = argument.pcs.get(argument.pcs.size() - 1);
                EquivalenceClass ec = m.statements.get(conclusion.title);
                r.from = ec;
                boolean exists = false;
                for (Relation existing : ec.relations) {
                    if (r.to == existing.to && r.type == existing.type) {
                        exists = true;
                        break;
                    }
                }
                if (!exists) {
                    ec.relations.add(r);
                } else {
                    jsRemove(r.to.relations, r);
                    add = false;
                }
            }
            if (toReconstructed && r.type == RelationType.UNDERCUT) {
                Argument argument = (Argument) r.to;
                Inference inference = argument.pcs.get(argument.pcs.size() - 1).inference;
                r.to = inference;
                jsRemove(r.to.relations, r);
                boolean exists = false;
                for (Relation existing : inference.relations) {
                    if (r.from == existing.from && r.type == existing.type) {
                        exists = true;
                        break;
                    }
                }
                if (!exists) {
                    inference.relations.add(r);
                } else {
                    jsRemove(r.from.relations, r);
                    add = false;
                }
            }
            if (add) {
                kept.add(r);
            }
        }
        m.relations = kept;
    }

    private void transformStatementRelations() {
        List<Relation> kept = new ArrayList<>();
        for (Relation r : m.relations) {
            boolean add = true;
            if (r.from instanceof EquivalenceClass && r.to instanceof EquivalenceClass) {
                if (r.type == RelationType.SUPPORT) {
                    r.type = RelationType.ENTAILS;
                } else if (r.type == RelationType.ATTACK) {
                    boolean exists = false;
                    for (Relation o : r.from.relations) {
                        if (o.type == RelationType.CONTRARY
                                && ((o.from == r.from && o.to == r.to) || (o.from == r.to && o.to == r.from))) {
                            exists = true;
                            break;
                        }
                    }
                    if (exists) {
                        jsRemove(r.from.relations, r);
                        jsRemove(r.to.relations, r);
                        add = false;
                    } else {
                        r.type = RelationType.CONTRARY;
                    }
                }
            }
            if (add) {
                kept.add(r);
            }
        }
        m.relations = kept;
    }

    private static Node other(Relation r, Node n) {
        return r.from == n ? r.to : r.from;
    }

    private void removeRedundantAttacksOnArguments() {
        List<Relation> kept = new ArrayList<>();
        for (Relation r : m.relations) {
            if (!(r.from instanceof EquivalenceClass ec) || r.type != RelationType.ATTACK || !(r.to instanceof Argument argument)) {
                kept.add(r);
                continue;
            }
            Relation redundant = null;
            for (Relation o : ec.relations) {
                Node other = other(o, ec);
                if (other instanceof EquivalenceClass
                        && ((o.type == RelationType.ATTACK && o.from == ec) || o.type == RelationType.CONTRADICTORY
                        || o.type == RelationType.CONTRARY)) {
                    for (Member s : argument.pcs) {
                        if (s.title.equals(other.title) && s.role == Role.PREMISE) {
                            redundant = o;
                            break;
                        }
                    }
                    if (redundant != null) {
                        break;
                    }
                }
            }
            if (redundant != null) {
                jsRemove(r.from.relations, r);
                jsRemove(r.to.relations, r);
                continue;
            }
            kept.add(r);
        }
        m.relations = kept;
    }
}
