package io.github.argmap.core.aif;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Ids;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.aif.AifReader.Draft;
import io.github.argmap.core.aif.AifReader.Edge;
import io.github.argmap.core.aif.AifReader.EdgeExtra;
import io.github.argmap.core.aif.AifReader.Node;
import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.internal.PositionedJson.Kind;
import io.github.argmap.core.internal.PositionedJson.Value;
import io.github.argmap.core.internal.RelationIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an AIF graph's scheme nodes: RA and CA nodes become relations (supports, rebuttals, and
 * undercuts where a CA node attacks another scheme node), MA and PA nodes notes on the map. Split
 * from {@link AifReader}, which reads the nodes, the speakers and the claims, and reports what this
 * class leaves out through the reader's warnings.
 */
final class AifSchemes {
    private final AifReader reader;

    AifSchemes(AifReader reader) {
        this.reader = reader;
    }

    /**
     * The inference or conflict scheme an RA/CA node names: its {@code "scheme"} field (OVA, AIFdb),
     * unless that is a number (AIFdb often puts the scheme's number there and its name in the text),
     * else its text when that is not the default ("Default Inference", "Default Conflict").
     *
     * @param field the node's {@code "scheme"} field, if it is a string or an integer
     * @param text the node's text
     * @param type RA or CA
     * @return the scheme's name, if the node names one
     */
    static Optional<String> schemeName(Optional<String> field, String text, String type) {
        Optional<String> named = field.map(String::trim).filter(t -> !t.isEmpty() && !isNumber(t));
        if (named.isPresent()) {
            return named;
        }
        return AifWriter.isDefaultText(text, type) ? Optional.empty() : Optional.of(text.trim());
    }

    static boolean isNumber(String t) {
        return t.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The number AIFdb gives a node's scheme: its {@code "schemeID"}, else a numeric {@code "scheme"}; 0 means none. */
    private static Optional<String> schemeNumber(Node n) {
        Optional<String> field = n.at().field("scheme").filter(v -> v.is(Kind.STRING) || v.is(Kind.INTEGER))
                .map(v -> v.text().trim());
        return n.at().field("schemeID").filter(v -> v.is(Kind.STRING) || v.is(Kind.INTEGER)).map(v -> v.text().trim())
                .or(() -> field.filter(AifSchemes::isNumber))
                .filter(t -> !t.isEmpty() && !t.equals("0"));
    }

    /** One RA or CA node as read: its premises, its conclusion, and whether it gives a relation. */
    private static final class SchemeNode {
        final Node node;
        final List<Draft> premises = new ArrayList<>();
        Draft conclusion;
        SchemeNode target;
        /** 0 = not decided, 1 = being decided, 2 = gives a relation, 3 = left out. */
        int state;
        int index = -1;

        SchemeNode(Node node) {
            this.node = node;
        }

        boolean undercut() {
            return target != null;
        }
    }

    void relations(Map<String, Node> nodes, Map<String, List<Edge>> in, Map<String, List<Edge>> out,
            Map<String, Draft> drafts, AifExtension ext, Set<Edge> used, ArgumentMap.Builder b, List<Value> relationAt) {
        Map<String, SchemeNode> schemes = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            if (n.type().equals("RA") || n.type().equals("CA")) {
                schemes.put(n.id(), new SchemeNode(n));
            }
        }
        for (SchemeNode s : schemes.values()) {
            Node n = s.node;
            boolean ca = n.type().equals("CA");
            List<Edge> premises = filter(in.get(n.id()), e -> e.from().type().equals("I"));
            List<Edge> conclusions = filter(out.get(n.id()),
                    e -> e.to().type().equals("I") || (ca && (e.to().type().equals("RA") || e.to().type().equals("CA"))));
            if (premises.isEmpty() || conclusions.isEmpty()) {
                // Its edges are reported as fitting no pattern, as nothing is read from them.
                reader.drop(n.at(), "incomplete " + n.type(), k -> format(Messages.AIF_INCOMPLETE_SCHEME, k, n.type()));
                s.state = 3;
                continue;
            }
            used.addAll(conclusions);
            conclusions = firstConclusion(n, conclusions);
            {
                Node to = conclusions.get(0).to();
                if (to.type().equals("I")) {
                    s.conclusion = drafts.get(to.id());
                } else {
                    s.target = schemes.get(to.id());
                }
            }
            for (Edge p : premises) {
                used.add(p);
                Draft from = drafts.get(p.from().id());
                if (from == s.conclusion) {
                    reader.warn(n.at(), format(Messages.AIF_SELF_RELATION, n.type(), n.id(), from.id));
                } else if (!s.premises.contains(from)) {
                    s.premises.add(from);
                }
            }
            if (s.premises.isEmpty()) {
                // Its only premise was its conclusion.
                s.state = 3;
            }
        }
        // An undercut gives a relation when what it attacks does; followed without recursion, as a
        // chain of undercuts may be as long as the file.
        for (SchemeNode s : schemes.values()) {
            List<SchemeNode> chain = new ArrayList<>();
            SchemeNode at = s;
            while (at != null && at.state == 0) {
                at.state = 1;
                chain.add(at);
                at = at.undercut() ? at.target : null;
            }
            // The chain ends at a decided node (2 or 3), at a node on the chain itself (a loop), or at
            // a relation of claims (null after the last, which is then decided as giving a relation).
            boolean gives = at == null || at.state == 2;
            for (SchemeNode c : chain) {
                if (!gives) {
                    reader.drop(c.node.at(), "undercut target", k -> format(Messages.AIF_UNDERCUT_TARGET, k, c.node.type()));
                }
                c.state = gives ? 2 : 3;
            }
        }
        List<SchemeNode> kept = new ArrayList<>();
        Set<List<Object>> keys = new HashSet<>();
        for (SchemeNode s : schemes.values()) {
            if (s.state != 2) {
                continue;
            }
            List<String> premiseIds = new ArrayList<>();
            s.premises.forEach(d -> premiseIds.add(d.id));
            Object to = s.undercut() ? s.target : s.conclusion.id;
            if (!keys.add(List.of(s.undercut(), new java.util.TreeSet<>(premiseIds), to))) {
                reader.warn(s.node.at(), format(Messages.AIF_SECOND_RELATION, s.node.type(), s.node.id(), String.join(" + ", premiseIds),
                        s.undercut() ? s.target.node.id() : s.conclusion.id));
                s.state = 3;
                continue;
            }
            s.index = kept.size();
            kept.add(s);
        }
        // Undercuts of a relation that was left out as a repeat are left out with it.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (SchemeNode s : kept) {
                if (s.state == 2 && s.undercut() && s.target.state != 2) {
                    reader.drop(s.node.at(), "undercut target", k -> format(Messages.AIF_UNDERCUT_TARGET, k, s.node.type()));
                    s.state = 3;
                    changed = true;
                }
            }
        }
        kept.removeIf(s -> s.state != 2);
        for (int i = 0; i < kept.size(); i++) {
            kept.get(i).index = i;
        }
        // Ids: the extension's; for foreign AIF, a relation that is undercut is named after its node.
        Set<SchemeNode> attacked = new HashSet<>();
        kept.stream().filter(SchemeNode::undercut).forEach(s -> attacked.add(s.target));
        String[] ids = new String[kept.size()];
        List<Optional<String>> notes = new ArrayList<>();
        Set<String> explicit = new HashSet<>();
        for (int i = 0; i < kept.size(); i++) {
            SchemeNode s = kept.get(i);
            AifExtension.RelationExtra extra = ext == null ? null : ext.relations.get(s.node.id());
            Optional<String> note = Optional.empty();
            String id = "";
            if (extra != null) {
                id = extra.id();
                note = extra.note();
            } else if (ext != null) {
                // Extension version 1 kept a relation's note and id (as a group) on its premise edges.
                for (Edge p : filter(in.get(s.node.id()), e -> e.from().type().equals("I"))) {
                    EdgeExtra old = ext.edges.get(p.id());
                    if (old == null) {
                        continue;
                    }
                    if (old.note().isPresent() && !note.equals(old.note())) {
                        note = Optional.of(note.map(x -> x + "; ").orElse("") + old.note().get());
                    }
                    if (id.isEmpty() && old.group().isPresent() && Ids.isValid(old.group().get())
                            && !explicit.contains(old.group().get())) {
                        id = old.group().get();
                    }
                }
            }
            ids[i] = id;
            notes.add(note);
            if (!id.isEmpty()) {
                explicit.add(id);
            }
        }
        if (ext == null) {
            Map<String, Integer> suffix = new HashMap<>();
            for (int i = 0; i < kept.size(); i++) {
                SchemeNode s = kept.get(i);
                if (attacked.contains(s)) {
                    ids[i] = AifNames.unique(s.node.type().toLowerCase(Locale.ROOT) + AifNames.sanitize(s.node.id()), explicit, suffix);
                }
            }
        }
        String[] effective = RelationIds.of(ids);
        Map<String, String> schemeNumbers = new HashMap<>();
        if (ext != null) {
            schemeNumbers.putAll(ext.metadata);
        }
        for (int i = 0; i < kept.size(); i++) {
            SchemeNode s = kept.get(i);
            Node n = s.node;
            List<String> premiseIds = new ArrayList<>();
            s.premises.forEach(d -> premiseIds.add(d.id));
            RelationKind kind = s.undercut() ? RelationKind.UNDERCUT
                    : n.type().equals("RA") ? RelationKind.SUPPORT : RelationKind.REBUTTAL;
            String to = s.undercut() ? effective[s.target.index] : s.conclusion.id;
            AifExtension.RelationExtra extra = ext == null ? null : ext.relations.get(n.id());
            Optional<String> field = n.at().field("scheme").filter(v -> v.is(Kind.STRING) || v.is(Kind.INTEGER)).map(Value::text);
            Optional<String> scheme = extra != null && extra.scheme().isPresent() ? extra.scheme()
                    : schemeName(field, n.text(), n.type());
            if (scheme.isPresent()) {
                Optional<String> number = schemeNumber(n);
                String key = AifWriter.schemeIdKey(scheme.get());
                if (number.isPresent() && !schemeNumbers.containsKey(key)) {
                    schemeNumbers.put(key, number.get());
                    b.putMetadata(key, number.get());
                }
            }
            b.addRelation(new Relation(ids[i], premiseIds, to, kind, notes.get(i), scheme));
            relationAt.add(n.at());
        }
    }

    /** MA (rephrase) and PA (preference) nodes have no relation in argmap; they become notes on the map. */
    void kept(Node n, Map<String, List<Edge>> in, Map<String, List<Edge>> out, Map<String, Draft> drafts,
            Set<Edge> used, ArgumentMap.Builder b) {
        List<Edge> sources = filter(in.get(n.id()), e -> e.from().type().equals("I"));
        List<Edge> targets = filter(out.get(n.id()), e -> e.to().type().equals("I"));
        if (sources.isEmpty() || targets.isEmpty()) {
            reader.drop(n.at(), "incomplete " + n.type(), k -> format(Messages.AIF_INCOMPLETE_SCHEME, k, n.type()));
            return;
        }
        used.addAll(targets);
        targets = firstConclusion(n, targets);
        for (Edge s : sources) {
            for (Edge t : targets) {
                String template = n.type().equals("MA") ? Messages.AIF_REPHRASE_NOTE : Messages.AIF_PREFERENCE_NOTE;
                b.addNote(format(template, drafts.get(s.from().id()).id, drafts.get(t.to().id()).id, n.id()));
                used.add(s);
                used.add(t);
            }
        }
        reader.drop(n.at(), "kept " + n.type(), k -> format(Messages.AIF_KEPT_AS_NOTE, k, n.type(),
                n.type().equals("MA") ? "rephrase" : "preference"));
    }

    /**
     * A scheme node has one conclusion in AIF. Reading every premise against every conclusion of a
     * node that has many would turn a file of 2,000 edges into a million relations (quadratic time
     * and memory from a small hostile file), so the first is read and the others are reported.
     */
    private List<Edge> firstConclusion(Node n, List<Edge> conclusions) {
        if (conclusions.size() <= 1) {
            return conclusions;
        }
        for (Edge extra : conclusions.subList(1, conclusions.size())) {
            reader.drop(extra.at(), "conclusions " + n.type(), k -> format(Messages.AIF_SECOND_CONCLUSION, k, n.type()));
        }
        return conclusions.subList(0, 1);
    }

    static <T> List<T> filter(List<T> items, java.util.function.Predicate<T> keep) {
        List<T> out = new ArrayList<>();
        if (items != null) {
            for (T item : items) {
                if (keep.test(item)) {
                    out.add(item);
                }
            }
        }
        return out;
    }
}
