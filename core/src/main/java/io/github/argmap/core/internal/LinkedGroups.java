package io.github.argmap.core.internal;

import io.github.argmap.core.Ids;
import io.github.argmap.core.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Folds relations tagged with a linked-argument group into one linked relation per group.
 *
 * <p>Before relations could have several premises, files marked the premises of one linked
 * argument by giving each premise's relation the same {@code group}. Readers still meet such files
 * (argmap's own older JSON, GraphML, SADFace and AIF written by older versions): relations of one
 * group with the same kind and target become one relation whose premises are theirs in order. The
 * merged relation stands where the group's first relation stood; notes that differ are joined.
 */
public final class LinkedGroups {
    private final List<Relation> relations = new ArrayList<>();
    private final Map<List<Object>, Integer> groupAt = new HashMap<>();
    private final Set<String> namesUsed = new HashSet<>();

    /**
     * Adds a relation, merging it into its group's relation when one was added before.
     *
     * @param relation a relation with one or more premises
     * @param group the group it belongs to, if any
     */
    public void add(Relation relation, Optional<String> group) {
        if (group.isEmpty()) {
            relations.add(relation);
            return;
        }
        List<Object> key = List.of(group.get(), relation.kind(), relation.to());
        Integer at = groupAt.get(key);
        if (at == null) {
            groupAt.put(key, relations.size());
            // The group names the relation, as writers that mark groups write a relation's id there;
            // an old file may reuse a group name for several targets, and ids must stay unique.
            boolean named = relation.id().isEmpty() && Ids.isValid(group.get()) && namesUsed.add(group.get());
            relations.add(named ? relation.withId(group.get()) : relation);
            return;
        }
        Relation first = relations.get(at);
        List<String> premises = new ArrayList<>(first.from());
        for (String p : relation.from()) {
            if (!premises.contains(p)) {
                premises.add(p);
            }
        }
        Optional<String> note = first.note();
        if (relation.note().isPresent() && !relation.note().equals(note)) {
            note = Optional.of(note.map(n -> n + "; ").orElse("") + relation.note().get());
        }
        relations.set(at, new Relation(first.id(), premises, first.to(), first.kind(), note,
                first.scheme().or(relation::scheme)));
    }

    /**
     * The relations added so far, groups folded.
     *
     * @return a copy, in the order of each relation's or group's first appearance
     */
    public List<Relation> relations() {
        return List.copyOf(relations);
    }

    /**
     * A relation with one premise, and the group it belongs to when it is one premise of a linked
     * relation: the shape formats that mark linked premises by a shared group write.
     *
     * @param relation a relation with exactly one premise
     * @param group the id of the linked relation it is a premise of, if it is one
     */
    public record Premise(Relation relation, Optional<String> group) {}

    /**
     * Splits each linked relation into one relation per premise, grouped by the linked relation's id.
     *
     * <p>A relation with one premise and an id of its own gets its id as its group too, so that ids
     * other relations may refer to survive formats that only know groups.
     *
     * @param relations relations of a map
     * @param format the format's name, for the message
     * @return one entry per premise, in order
     * @throws IllegalArgumentException when a relation is an undercut, which a format that writes
     *     groups cannot hold
     */
    public static List<Premise> expand(List<Relation> relations, String format) {
        List<Premise> out = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            if (r.isUndercut()) {
                throw new IllegalArgumentException(format + " cannot hold undercut '" + r.id()
                        + "' yet; write the map as JSON to keep its undercuts");
            }
            if (!r.isLinked()) {
                out.add(new Premise(r, r.id().isEmpty() ? Optional.empty() : Optional.of(r.id())));
                continue;
            }
            // A linked relation without an id is grouped by its premises, which do not depend on where a
            // format writes it; with a space the group is no id, so the reader leaves the relation unnamed.
            String group = r.id().isEmpty() ? "linked " + String.join(" ", r.from()) : r.id();
            for (String p : r.from()) {
                out.add(new Premise(new Relation(r.id(), List.of(p), r.to(), r.kind(), r.note(), r.scheme()),
                        Optional.of(group)));
            }
        }
        return out;
    }
}
