package io.github.argmap.core.sadface;

import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Ids;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.internal.LinkedGroups;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.internal.PositionedJson;
import io.github.argmap.core.internal.PositionedJson.Kind;
import io.github.argmap.core.internal.PositionedJson.Value;
import io.github.argmap.core.internal.TreeFields;
import io.github.argmap.core.internal.NodeField;
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
 * Reads SADFace JSON: {@code atom} nodes become claims, each {@code scheme} node a relation from the
 * atoms with an edge into it to the atom its edge leads to (a support, or a rebuttal when the
 * scheme's name says attack, conflict or rebut); several premises make a linked relation, and a scheme
 * whose conclusion edge ends at another scheme is an undercut of that scheme's relation. {@code metadata.core} gives the title and notes;
 * {@code metadata.argmap}, written by {@link SadfaceWriter}, gives back what SADFace has no field
 * for. Problems are positioned {@code FILE:LINE:COLUMN}.
 */
final class SadfaceReader {
    private final String name;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    SadfaceReader(String name) {
        this.name = name;
    }

    ReadResult read(byte[] bytes) {
        Value root = PositionedJson.parse(bytes, name, 1, 1);
        if (!root.is(Kind.OBJECT)) {
            throw new InvalidMapException(List.of(root.problem(name, "a SADFace document is an object with "
                    + "\"metadata\", \"nodes\" and \"edges\", not " + root.kind().description())));
        }
        ArgumentMap.Builder b = ArgumentMap.builder();
        Optional<Value> core = root.field("metadata").flatMap(m -> m.field("core"));
        core.flatMap(c -> c.field("title")).filter(v -> v.is(Kind.STRING) && !v.text().isBlank())
                .ifPresent(v -> b.title(v.text()));
        core.flatMap(c -> c.field("notes")).ifPresent(v -> {
            if (v.is(Kind.STRING) && !v.text().isBlank()) {
                b.addNote(v.text());
            } else if (v.is(Kind.ARRAY)) {
                v.items().stream().filter(n -> n.is(Kind.STRING)).forEach(n -> b.addNote(n.text()));
            }
        });
        Optional<Value> ext = root.field("metadata").flatMap(m -> m.field("argmap"));
        ext.flatMap(e -> e.field("source")).filter(v -> v.is(Kind.OBJECT))
                .ifPresent(v -> b.source(new Source(str(v, "path"), str(v, "title"), str(v, "date"))));
        for (Value s : items(ext.flatMap(e -> e.field("speakers")))) {
            b.addSpeaker(new Speaker(str(s, "id").orElse(""), str(s, "name").orElse(""), str(s, "role").orElse(""),
                    str(s, "affiliation")));
        }
        for (Value s : items(ext.flatMap(e -> e.field("sections")))) {
            b.addSection(new Section(str(s, "id").orElse(""), str(s, "title").orElse("")));
        }
        ext.flatMap(e -> e.field("metadata")).filter(v -> v.is(Kind.OBJECT)).ifPresent(m -> m.fields().forEach((k, v) -> {
            if (v.is(Kind.STRING)) {
                b.putMetadata(k, v.text());
            }
        }));
        Value nodes = required(root, "nodes");
        Value edges = required(root, "edges");
        throwIfErrors();

        Map<String, String> claimOf = new LinkedHashMap<>();
        Map<String, Value> schemes = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        int n = 0;
        for (Value node : nodes.items()) {
            n++;
            if (!node.is(Kind.OBJECT)) {
                error(node, "a SADFace node is an object, not " + node.kind().description());
                continue;
            }
            Optional<String> id = str(node, "id");
            String type = str(node, "type").orElse("");
            if (id.isEmpty()) {
                error(node, "a SADFace node needs an \"id\"");
                continue;
            }
            if (claimOf.containsKey(id.get()) || schemes.containsKey(id.get())) {
                error(node, "the node id '" + id.get() + "' is used twice");
                continue;
            }
            if (type.equals("atom")) {
                String claimId = Ids.isValid(id.get()) && taken.add(id.get()) ? id.get() : derived(n, taken);
                claimOf.put(id.get(), claimId);
                Optional<Value> meta = node.field("metadata").flatMap(m -> m.field("argmap"));
                if (meta.flatMap(m -> str(m, "kind")).filter("argument"::equals).isPresent()) {
                    b.addArgument(argument(claimId, meta.get()));
                } else {
                    b.addClaim(claim(claimId, node));
                }
            } else if (type.equals("scheme")) {
                schemes.put(id.get(), node);
            } else {
                warnings.add(node.problem(name, "node '" + id.get() + "' of type '" + type
                        + "' is left out; SADFace nodes are atom or scheme"));
            }
        }
        Map<String, List<String>> into = new HashMap<>();
        Map<String, List<String>> outOf = new HashMap<>();
        for (Value e : edges.items()) {
            if (!e.is(Kind.OBJECT)) {
                error(e, "a SADFace edge is an object, not " + e.kind().description());
                continue;
            }
            Optional<String> from = str(e, "source_id");
            Optional<String> to = str(e, "target_id");
            if (from.isEmpty() || to.isEmpty()) {
                error(e, "a SADFace edge needs \"source_id\" and \"target_id\"");
                continue;
            }
            boolean fromKnown = claimOf.containsKey(from.get()) || schemes.containsKey(from.get());
            boolean toKnown = claimOf.containsKey(to.get()) || schemes.containsKey(to.get());
            if (!fromKnown || !toKnown) {
                error(e, "edge from '" + from.get() + "' to '" + to.get() + "' names a node that is not in \"nodes\"");
                continue;
            }
            if (claimOf.containsKey(from.get()) && schemes.containsKey(to.get())) {
                into.computeIfAbsent(to.get(), k -> new ArrayList<>()).add(claimOf.get(from.get()));
            } else if (schemes.containsKey(from.get()) && claimOf.containsKey(to.get())) {
                outOf.computeIfAbsent(from.get(), k -> new ArrayList<>()).add(claimOf.get(to.get()));
            } else if (schemes.containsKey(from.get()) && schemes.containsKey(to.get()) && !from.get().equals(to.get())) {
                // A scheme whose conclusion is another scheme attacks that inference: an undercut.
                outOf.computeIfAbsent(from.get(), k -> new ArrayList<>()).add(SCHEME_MARK + to.get());
            } else {
                warnings.add(e.problem(name, "an edge from '" + from.get() + "' to '" + to.get()
                        + "' joins two atoms (or a scheme to itself) and is left out; edges run atom -> scheme -> atom, or scheme -> scheme for an undercut"));
            }
        }
        throwIfErrors();
        boolean oldGroups = schemes.values().stream().anyMatch(node ->
                node.field("metadata").flatMap(m -> m.field("argmap")).flatMap(m -> str(m, "group")).isPresent());
        // Each scheme as read: premises, conclusion (an atom's claim id, or a scheme's id for an undercut).
        Map<String, Relation> drafts = new LinkedHashMap<>();
        Map<String, String> undercuts = new HashMap<>();
        // Schemes argmap wrote: their metadata says whether the relation has an id of its own.
        Set<String> named = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        LinkedGroups groups = new LinkedGroups();
        for (Map.Entry<String, Value> s : schemes.entrySet()) {
            List<String> premises = into.getOrDefault(s.getKey(), List.of());
            List<String> conclusions = outOf.getOrDefault(s.getKey(), List.of());
            Value node = s.getValue();
            if (premises.isEmpty() || conclusions.isEmpty()) {
                warnings.add(node.problem(name, "scheme '" + s.getKey() + "' has no premise or no conclusion and is left out"));
                continue;
            }
            if (conclusions.size() > 1) {
                warnings.add(node.problem(name, "scheme '" + s.getKey() + "' has " + conclusions.size()
                        + " conclusions; only the first is read"));
            }
            String schemeName = str(node, "name").orElse("support");
            String lower = schemeName.toLowerCase(Locale.ROOT);
            boolean attack = lower.contains("attack") || lower.contains("conflict") || lower.contains("rebut");
            Optional<Value> meta = node.field("metadata").flatMap(m -> m.field("argmap"));
            Optional<String> note = meta.flatMap(m -> str(m, "note"));
            Optional<String> scheme = meta.isPresent() ? str(meta.get(), "scheme")
                    : lower.equals("support") || lower.equals("attack") || lower.equals("undercut")
                            ? Optional.empty() : Optional.of(schemeName);
            // argmap before linked relations wrote one scheme per premise, joined by a group.
            Optional<String> group = meta.isPresent() ? str(meta.get(), "group") : Optional.empty();
            String to = conclusions.get(0);
            boolean undercut = to.startsWith(SCHEME_MARK);
            List<String> from = new ArrayList<>();
            for (String premise : premises) {
                if (premise.equals(to) || from.contains(premise) || (!undercut && !pairs.add(premise + "\u0000" + to))) {
                    warnings.add(node.problem(name, "scheme '" + s.getKey() + "' repeats a relation from '" + premise
                            + "' to '" + to + "'; kept once"));
                    continue;
                }
                from.add(premise);
            }
            if (from.isEmpty()) {
                continue;
            }
            RelationKind kind = undercut ? RelationKind.UNDERCUT : attack ? RelationKind.REBUTTAL : RelationKind.SUPPORT;
            Relation r = new Relation(meta.flatMap(m -> str(m, "id")).orElse(""), from, to, kind, note, scheme);
            if (oldGroups) {
                if (!undercut) {
                    groups.add(r, group);
                }
                continue;
            }
            drafts.put(s.getKey(), r);
            if (meta.isPresent()) {
                named.add(s.getKey());
            }
            if (undercut) {
                undercuts.put(s.getKey(), to.substring(SCHEME_MARK.length()));
            }
        }
        if (oldGroups) {
            b.addRelations(groups.relations());
        } else {
            addRelations(b, drafts, undercuts, named, schemes);
        }
        try {
            return new ReadResult(b.build(), warnings);
        } catch (InvalidMapException e) {
            List<Problem> placed = new ArrayList<>();
            for (Problem p : e.problems()) {
                placed.add(p.file().isEmpty() ? p.inFile(name) : p);
            }
            throw new InvalidMapException(placed);
        }
    }

    /** Marks a conclusion that is a scheme node (an undercut's target) rather than an atom's claim. */
    private static final String SCHEME_MARK = "\u0000scheme ";

    /**
     * Adds the relations in scheme order, each undercut pointing at the id of the relation its target
     * scheme gives; undercuts whose target gives none (left out, or a loop of undercuts) are left out.
     */
    private void addRelations(ArgumentMap.Builder b, Map<String, Relation> drafts, Map<String, String> undercuts,
            Set<String> named, Map<String, Value> schemes) {
        // Which undercuts reach a relation between nodes, followed without recursion.
        Map<String, Boolean> gives = new HashMap<>();
        for (String start : drafts.keySet()) {
            List<String> chain = new ArrayList<>();
            Set<String> onChain = new HashSet<>();
            String at = start;
            Boolean result = null;
            while (result == null) {
                if (gives.containsKey(at)) {
                    result = gives.get(at);
                } else if (!drafts.containsKey(at) || !onChain.add(at)) {
                    result = false;
                } else {
                    chain.add(at);
                    String next = undercuts.get(at);
                    if (next == null) {
                        result = true;
                    } else {
                        at = next;
                    }
                }
            }
            for (String c : chain) {
                gives.put(c, result);
            }
        }
        List<String> kept = new ArrayList<>();
        for (String id : drafts.keySet()) {
            if (gives.get(id)) {
                kept.add(id);
            } else {
                warnings.add(schemes.get(id).problem(name, "scheme '" + id + "' undercuts a scheme that gives no relation"
                        + " (left out, or a loop of undercuts) and is left out"));
            }
        }
        // A relation an undercut names needs an id: its own, else (in a foreign file) the scheme's id when
        // that is a valid, free id; argmap's own files name it by position when it has no id of its own.
        Set<String> taken = new HashSet<>();
        kept.forEach(k -> {
            if (!drafts.get(k).id().isEmpty()) {
                taken.add(drafts.get(k).id());
            }
        });
        Set<String> attacked = new HashSet<>(undercuts.values());
        Map<String, String> ids = new HashMap<>();
        for (String k : kept) {
            String id = drafts.get(k).id();
            if (id.isEmpty() && attacked.contains(k) && !named.contains(k)) {
                id = Ids.isValid(k) && !taken.contains(k) ? k : "s" + Integer.toHexString(k.hashCode());
                for (int n = 2; taken.contains(id); n++) {
                    id = "s" + Integer.toHexString(k.hashCode()) + "-" + n;
                }
                taken.add(id);
            }
            ids.put(k, id);
        }
        boolean anyGiven = !taken.isEmpty();
        Map<String, String> effective = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            String id = ids.get(kept.get(i));
            if (id.isEmpty()) {
                id = ArgumentMap.Builder.defaultRelationId(i);
                if (anyGiven) {
                    for (int n = 2; taken.contains(id); n++) {
                        id = ArgumentMap.Builder.defaultRelationId(i) + "-" + n;
                    }
                    taken.add(id);
                }
            }
            effective.put(kept.get(i), id);
        }
        for (String k : kept) {
            Relation r = drafts.get(k);
            String to = undercuts.containsKey(k) ? effective.get(undercuts.get(k)) : r.to();
            b.addRelation(new Relation(ids.get(k), r.from(), to, r.kind(), r.note(), r.scheme()));
        }
    }

    /** The fields argmap keeps in an atom's {@code metadata.argmap}: its id and text are SADFace's own. */
    static final List<NodeField> CLAIM_FIELDS = NodeField.without(NodeField.CLAIM, NodeField.ID, NodeField.TEXT);

    /** The fields of an argument node in its atom's {@code metadata.argmap}, after {@code "kind": "argument"}. */
    static final List<NodeField> ARGUMENT_FIELDS = NodeField.without(NodeField.ARGUMENT, NodeField.ID);

    private Argument argument(String id, Value m) {
        return TreeFields.read(m, ARGUMENT_FIELDS, List.of("kind"), "the argmap metadata of atom '" + id + "'", name, errors)
                .put(NodeField.ID, id).argument();
    }

    private Claim claim(String id, Value node) {
        String text = str(node, "text").orElse("");
        if (text.isBlank()) {
            text = "(empty atom " + id + ")";
        }
        Optional<Value> meta = node.field("metadata").flatMap(m -> m.field("argmap")).filter(m -> m.is(Kind.OBJECT));
        if (meta.isEmpty()) {
            return Claim.of(id, text);
        }
        return TreeFields.read(meta.get(), CLAIM_FIELDS, "the argmap metadata of atom '" + id + "'", name, errors)
                .put(NodeField.ID, id).put(NodeField.TEXT, text).claim();
    }

    private static String derived(int n, Set<String> taken) {
        String id = "atom-" + n;
        while (!taken.add(id)) {
            id = id + "_";
        }
        return id;
    }

    private static String groupId(String schemeId) {
        return Ids.isValid("g-" + schemeId) ? "g-" + schemeId : "g-" + Integer.toHexString(schemeId.hashCode());
    }

    private static List<Value> items(Optional<Value> v) {
        return v.filter(x -> x.is(Kind.ARRAY)).map(Value::items).orElse(List.of());
    }

    private static Optional<String> str(Value object, String field) {
        return object.field(field).filter(v -> v.is(Kind.STRING) || v.is(Kind.INTEGER)).map(Value::text);
    }

    private Value required(Value root, String field) {
        Optional<Value> v = root.field(field);
        if (v.isEmpty() || !v.get().is(Kind.ARRAY)) {
            error(v.orElse(root), "a SADFace document needs an array \"" + field + "\"");
            return root;
        }
        return v.get();
    }

    private void error(Value at, String message) {
        errors.add(at.problem(name, message));
    }

    private void throwIfErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidMapException(errors);
        }
    }
}
