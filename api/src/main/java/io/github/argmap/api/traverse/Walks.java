package io.github.argmap.api.traverse;

import io.github.argmap.api.internal.Messages;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.jgrapht.traverse.DepthFirstIterator;

/**
 * Walks over views of the map's graph ({@link EdgeReversedGraph}, {@link AsUndirectedGraph},
 * {@link MaskSubgraph}) with JGraphT's iterators, which keep their own queue or stack.
 */
final class Walks {
    private Walks() {}

    /** A lazy walk from a claim; checks its arguments before anything is visited. */
    static Iterator<Claim> iterator(ClaimIndex ix, String startId, Order order, Direction direction, Set<RelationKind> kinds) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(direction, "direction");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException(Messages.NO_KINDS);
        }
        Claim start = ix.claim(ix.indexOf(startId));
        Graph<Claim, Relation> g = ix.map.graph();
        if (kinds.size() < RelationKind.values().length) {
            Set<RelationKind> only = EnumSet.copyOf(kinds);
            g = new MaskSubgraph<>(g, v -> false, r -> !only.contains(r.kind()));
        }
        switch (direction) {
            case INCOMING:
                g = new EdgeReversedGraph<>(g);
                break;
            case BOTH:
                g = new AsUndirectedGraph<>(g);
                break;
            default:
                break;
        }
        return order == Order.BREADTH_FIRST ? new BreadthFirstIterator<>(g, start) : new DepthFirstIterator<>(g, start);
    }
}
