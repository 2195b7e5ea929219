package io.github.argmap.api.internal;

import java.util.Map;
import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A map's supports and rebuttals as edges from one claim to one claim, the shape the traversals
 * and summaries work on.
 *
 * <p>A linked relation gives one edge per premise, each carrying the relation's id (its own, or the
 * one the map gives it), so that the
 * premises of one relation can still be told apart from separate reasons. An argument node stands
 * for its conclusion: a relation from or to an argument with a conclusion becomes an edge from or to
 * that claim, and one with an argument without a conclusion gives no edge. Undercuts, which attack a
 * relation rather than a claim, give no edge here; {@link ArgumentMap#undercutsOf} reaches them.
 * Costs O(relations + premises).
 */
public final class ClaimEdges {
    private ClaimEdges() {}

    /**
     * The edges of a map, in relation order and, within a linked relation, in premise order.
     *
     * @param map the map
     * @return single-premise supports and rebuttals between claims
     */
    public static List<Relation> of(ArgumentMap map) {
        List<Relation> relations = map.relations();
        if (map.arguments().isEmpty() && relations.stream().noneMatch(r -> r.isUndercut() || r.isLinked())) {
            return relations;
        }
        List<Relation> out = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            if (r.isUndercut()) {
                continue;
            }
            Optional<String> to = claimFor(map, r.to());
            if (to.isEmpty()) {
                continue;
            }
            List<String> seen = new ArrayList<>(r.from().size());
            for (String premise : r.from()) {
                Optional<String> from = claimFor(map, premise);
                if (from.isPresent() && !from.get().equals(to.get()) && !seen.contains(from.get())) {
                    seen.add(from.get());
                    out.add(r.from().size() == 1 && from.get().equals(premise) && to.get().equals(r.to()) ? r
                            : new Relation(map.idOf(r), List.of(from.get()), to.get(), r.kind(), r.note(), r.scheme()));
                }
            }
        }
        return out;
    }

    /**
     * The position of the claim a node stands for: the claim itself, or an argument node's conclusion.
     *
     * @param map the map
     * @param claimIndex each claim's position by id
     * @param node a claim's or an argument's id
     * @return the position, or {@code null} for an argument without a conclusion or an unknown id
     */
    public static Integer claimIndex(ArgumentMap map, Map<String, Integer> claimIndex, String node) {
        Integer c = claimIndex.get(node);
        return c != null ? c : map.argument(node).flatMap(Argument::conclusion).map(claimIndex::get).orElse(null);
    }

    private static Optional<String> claimFor(ArgumentMap map, String node) {
        if (map.isClaim(node)) {
            return Optional.of(node);
        }
        return map.argument(node).flatMap(Argument::conclusion);
    }
}
