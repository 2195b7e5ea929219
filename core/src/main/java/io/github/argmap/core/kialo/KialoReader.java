package io.github.argmap.core.kialo;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Ids;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.format.ReadResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text file Kialo's "Export discussion" writes into an argument map.
 *
 * <p>The export is a numbered outline: a {@code Discussion Title:} (or {@code Discussion Name:})
 * line, the thesis {@code 1. text}, and one line per claim, {@code 1.2.1. Pro: text} or
 * {@code 1.2.1. Con: text}; a line that starts with no number continues the claim above it. A claim
 * whose text is {@code -> See 1.4.} is a link: it becomes a relation from the referenced claim to the
 * parent, not a claim of its own. Pro becomes a support, Con a rebuttal of the parent; a line with no
 * stance below the thesis is read as a support of its parent (arguebuf reads it as a rephrase; argmap
 * has no such relation). A discussion has one thesis, {@code 1.}: a later line {@code N. …} with one
 * number is Markdown list text of the claim above it.
 *
 * <p>The numbering is kept as the claim id without its last dot ({@code 1.2.1}); a numbering
 * longer than an id may be ({@value Ids#MAX_LENGTH} characters, from depth about 60) gets the id
 * {@code k-N} (N the claim's place in the file) and keeps the numbering in the claim's note.
 * Kialo's Markdown is made readable: backslash escapes are removed and a link {@code [text](url)}
 * keeps its text in the claim, its address in the note.
 *
 * <p>The reader reads line by line in one pass with no recursion: cost linear in the file, memory
 * linear in the claims, whatever the depth. A number out of order (a gap, a child before its
 * parent, a repeated number) is a positioned error, {@code FILE:LINE:COLUMN: message}.
 */
final class KialoReader {
    private static final String[] TITLE_PREFIXES = {"Discussion Title:", "Discussion Name:"};

    private final String name;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    /** Numbering (without trailing dot) to node. */
    private final Map<String, Node> nodes = new HashMap<>();
    private final List<Node> order = new ArrayList<>();
    private String title;

    KialoReader(String name) {
        this.name = name;
    }

    /** One numbered line and what follows it. */
    private static final class Node {
        final String number;
        final int line;
        final Node parent;
        final String stance; // "Pro", "Con" or null
        final StringBuilder text = new StringBuilder();
        int children;
        String id;

        Node(String number, int line, Node parent, String stance) {
            this.number = number;
            this.line = line;
            this.parent = parent;
            this.stance = stance;
        }
    }

    ReadResult read(Reader source) throws IOException {
        BufferedReader in = source instanceof BufferedReader b ? b : new BufferedReader(source, 1 << 16);
        Node current = null;
        int lineNo = 0;
        boolean seenContent = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (!seenContent && title == null) {
                String t = titleOf(line);
                if (t != null) {
                    title = t;
                    seenContent = true;
                    continue;
                }
            }
            int numberEnd = numberEnd(line);
            if (numberEnd > 0 && roots > 0 && line.indexOf('.') == numberEnd - 1) {
                // A second "N." line: Markdown list text of the claim above (a discussion has one thesis).
                numberEnd = 0;
            }
            if (numberEnd > 0) {
                seenContent = true;
                Node node = startNode(line, numberEnd, lineNo);
                if (node == null) {
                    if (problems.size() >= 50) {
                        break;
                    }
                    current = null;
                    continue;
                }
                current = node;
            } else if (!line.isBlank()) {
                if (current == null) {
                    if (seenContent || problems.isEmpty()) {
                        problems.add(problem(lineNo, 1, "text before the thesis: a Kialo export starts with "
                                + "'Discussion Title: …' and then '1. thesis'"));
                    }
                    seenContent = true;
                    continue;
                }
                if (current.text.length() > 0) {
                    current.text.append('\n');
                }
                current.text.append(line.strip());
            }
        }
        if (problems.isEmpty() && order.isEmpty()) {
            problems.add(problem(Math.max(lineNo, 1), 1, "no thesis: a Kialo export has a line '1. thesis'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMapException(problems);
        }
        return build();
    }

    private static String titleOf(String line) {
        for (String p : TITLE_PREFIXES) {
            if (line.regionMatches(true, 0, p, 0, p.length())) {
                return line.substring(p.length()).strip();
            }
        }
        return null;
    }

    /**
     * The index just past the numbering's final {@code ". "} (or end of line), or 0 when the line does
     * not start with a numbering {@code d+.(d+.)*}.
     */
    private static int numberEnd(String line) {
        int i = 0;
        int n = line.length();
        boolean any = false;
        while (i < n) {
            int start = i;
            while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i >= n || line.charAt(i) != '.') {
                return 0;
            }
            i++; // the dot
            any = true;
            if (i == n || line.charAt(i) == ' ' || line.charAt(i) == '\t') {
                return any ? i : 0;
            }
        }
        return 0;
    }

    private Node startNode(String line, int numberEnd, int lineNo) {
        String number = line.substring(0, numberEnd - 1);
        String rest = line.substring(numberEnd).strip();
        String stance = null;
        if (rest.startsWith("Pro:")) {
            stance = "Pro";
            rest = rest.substring(4).strip();
        } else if (rest.startsWith("Con:")) {
            stance = "Con";
            rest = rest.substring(4).strip();
        }
        int lastDot = number.lastIndexOf('.');
        Node parent = null;
        int index;
        try {
            index = Integer.parseInt(number.substring(lastDot + 1));
        } catch (NumberFormatException e) {
            problems.add(problem(lineNo, 1, "claim number '" + abbreviate(number) + ".' is too large"));
            return null;
        }
        if (lastDot < 0) {
            if (index != 1) {
                problems.add(problem(lineNo, 1, "the thesis is numbered " + abbreviate(number)
                        + ".: a Kialo export starts with '1. thesis'"));
                return null;
            }
        } else {
            String parentNumber = number.substring(0, lastDot);
            parent = nodes.get(parentNumber);
            if (parent == null) {
                problems.add(problem(lineNo, 1, "claim " + abbreviate(number) + ". comes before its parent "
                        + abbreviate(parentNumber) + ".: each claim follows the claim it answers"));
                return null;
            }
            if (index != parent.children + 1) {
                String what = index <= parent.children ? "repeats or goes back" : "leaves a gap";
                problems.add(problem(lineNo, 1, "claim " + abbreviate(number) + ". " + what
                        + ": the next answer to " + abbreviate(parentNumber) + ". is " + abbreviate(parentNumber)
                        + "." + (parent.children + 1) + "."));
                return null;
            }
        }
        if (nodes.containsKey(number)) {
            problems.add(problem(lineNo, 1, "claim " + abbreviate(number) + ". appears twice"));
            return null;
        }
        Node node = new Node(number, lineNo, parent, stance);
        node.text.append(rest);
        if (parent != null) {
            parent.children++;
        } else {
            roots++;
        }
        nodes.put(number, node);
        order.add(node);
        return node;
    }

    private int roots;

    private ReadResult build() {
        // Ids first: the numbering where it is a valid id, else k-N.
        Set<String> used = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            n.id = Ids.isValid(n.number) ? n.number : "k-" + (i + 1);
            used.add(n.id);
        }
        ArgumentMap.Builder b = ArgumentMap.builder();
        if (title != null && !title.isEmpty()) {
            b.title(title);
        }
        Map<String, Relation> relations = new LinkedHashMap<>();
        List<Problem> linkProblems = new ArrayList<>();
        for (Node n : order) {
            String raw = n.text.toString();
            String target = linkTarget(raw);
            if (target != null) {
                Node referenced = nodes.get(target);
                if (referenced == null || linkTarget(referenced.text.toString()) != null) {
                    linkProblems.add(problem(n.line, 1, "claim " + abbreviate(n.number) + ". links to "
                            + abbreviate(target) + ". which is not a claim of this discussion"));
                    continue;
                }
                if (n.parent == null) {
                    warnings.add(problem(n.line, 1, "a thesis that is only a link is left out"));
                    continue;
                }
                Node to = resolve(n.parent);
                if (to == null) {
                    continue;
                }
                addRelation(relations, referenced, to, n, true);
                continue;
            }
            Markdown md = Markdown.readable(raw);
            String text = md.text().isBlank() ? "(empty claim " + n.number + ".)" : md.text();
            Claim c = Claim.of(n.id, text);
            List<String> notes = new ArrayList<>();
            if (!n.id.equals(n.number)) {
                notes.add("Kialo " + n.number + ".");
            }
            if (!md.links().isEmpty()) {
                notes.add("Links: " + String.join(" ", md.links()));
            }
            if (!notes.isEmpty()) {
                c = c.withNote(String.join("\n", notes));
            }
            b.addClaim(c);
            if (n.parent != null) {
                Node to = resolve(n.parent);
                if (to != null) {
                    addRelation(relations, n, to, n, false);
                }
            }
        }
        if (!linkProblems.isEmpty()) {
            throw new InvalidMapException(linkProblems);
        }
        b.addRelations(relations.values());
        return new ReadResult(b.build(), warnings);
    }

    /** A link's parent is the claim it links to: answers to a link answer that claim. */
    private Node resolve(Node n) {
        String target = linkTarget(n.text.toString());
        if (target == null) {
            return n;
        }
        Node referenced = nodes.get(target);
        return referenced == null || linkTarget(referenced.text.toString()) != null ? null : referenced;
    }

    private void addRelation(Map<String, Relation> relations, Node from, Node to, Node line, boolean link) {
        if (from == to) {
            warnings.add(problem(line.line, 1, "claim " + abbreviate(line.number) + ". links a claim to itself; left out"));
            return;
        }
        String key = from.id + "\u0000" + to.id;
        if (relations.containsKey(key)) {
            warnings.add(problem(line.line, 1, "claim " + abbreviate(line.number) + ". repeats the relation from "
                    + abbreviate(from.number) + ". to " + abbreviate(to.number) + ".; kept once"));
            return;
        }
        Relation r = "Con".equals(line.stance) ? Relation.rebuttal(from.id, to.id) : Relation.support(from.id, to.id);
        if (link) {
            r = r.withNote("Kialo link " + line.number + ".");
        }
        relations.put(key, r);
    }

    /** The number a link {@code -> See 1.2.} points to (without trailing dot), or null. */
    static String linkTarget(String text) {
        String t = text.strip();
        if (!t.startsWith("->")) {
            return null;
        }
        t = t.substring(2).strip();
        if (!t.startsWith("See ") && !t.startsWith("see ")) {
            return null;
        }
        t = t.substring(4).strip();
        int end = numberEnd(t + " ");
        if (end <= 0) {
            return null;
        }
        return t.substring(0, end - 1);
    }

    private static String abbreviate(String number) {
        return number.length() <= 60 ? number : number.substring(0, 28) + "…" + number.substring(number.length() - 28);
    }

    private Problem problem(int line, int column, String message) {
        return new Problem(name, line, column, "", message);
    }
}
