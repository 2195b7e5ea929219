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
}
