package io.github.argmap.core.sadface;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads SADFace JSON: {@code atom} nodes become claims, each {@code scheme} node a relation from the
 * atoms with an edge into it to the atom its edge leads to (a support, or a rebuttal when the
 * scheme's name says attack, conflict or rebut); several premises make a linked relation (one
 * relation per premise sharing a group). {@code metadata.core} gives the title and notes;
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
                b.addClaim(claim(claimId, node));
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
            } else {
                warnings.add(e.problem(name, "an edge from '" + from.get() + "' to '" + to.get()
                        + "' joins two atoms or two schemes and is left out; edges run atom -> scheme -> atom"));
            }
        }
        throwIfErrors();
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
            Optional<String> note = meta.isPresent() ? str(meta.get(), "note")
                    : (lower.equals("support") || lower.equals("attack") ? Optional.empty()
                            : Optional.of("scheme: " + schemeName));
            // argmap before linked relations wrote one scheme per premise, joined by a group.
            Optional<String> group = meta.isPresent() ? str(meta.get(), "group") : Optional.empty();
            String to = conclusions.get(0);
            List<String> from = new ArrayList<>();
            for (String premise : premises) {
                if (premise.equals(to) || from.contains(premise) || !pairs.add(premise + "\u0000" + to)) {
                    warnings.add(node.problem(name, "scheme '" + s.getKey() + "' repeats a relation from '" + premise
                            + "' to '" + to + "'; kept once"));
                    continue;
                }
                from.add(premise);
            }
            if (from.isEmpty()) {
                continue;
            }
            Relation r = Relation.linked(attack ? RelationKind.REBUTTAL : RelationKind.SUPPORT, from, to);
            if (note.isPresent()) {
                r = r.withNote(note.get());
            }
            groups.add(r, group);
        }
        b.addRelations(groups.relations());
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

    private Claim claim(String id, Value node) {
        String text = str(node, "text").orElse("");
        if (text.isBlank()) {
            text = "(empty atom " + id + ")";
        }
        Optional<Value> meta = node.field("metadata").flatMap(m -> m.field("argmap"));
        if (meta.isEmpty()) {
            return Claim.of(id, text);
        }
        Value m = meta.get();
        List<String> tags = new ArrayList<>();
        for (Value t : items(m.field("tags"))) {
            if (t.is(Kind.STRING)) {
                tags.add(t.text());
            }
        }
        OptionalDouble weight = m.field("weight").filter(v -> v.is(Kind.INTEGER) || v.is(Kind.DECIMAL))
                .map(v -> OptionalDouble.of(Double.parseDouble(v.text()))).orElse(OptionalDouble.empty());
        return new Claim(id, text, str(m, "speaker"), str(m, "section"), str(m, "quote"), tags, str(m, "note"), weight,
                str(m, "title"));
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
