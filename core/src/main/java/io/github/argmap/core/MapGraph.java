package io.github.argmap.core;

import java.util.LinkedHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.GraphSpecificsStrategy;
import org.jgrapht.graph.IntrusiveEdgesSpecifics;
import org.jgrapht.graph.UniformIntrusiveEdgesSpecifics;
import org.jgrapht.graph.specifics.ArrayUnenforcedSetEdgeSetFactory;
import org.jgrapht.graph.specifics.DirectedSpecifics;
import org.jgrapht.graph.specifics.Specifics;

/**
 * The simple directed graph behind an {@link ArgumentMap}, with its tables sized up front.
 *
 * <p>JGraphT's {@code SimpleDirectedGraph} keeps a third table of vertex pairs for fast
 * {@code getEdge} and grows every table from 16 entries; for a map of a million claims that is
 * most of the build time. The builder has already ruled out self-loops and parallel relations,
 * so the pair table buys nothing here.
 */
final class MapGraph extends AbstractBaseGraph<Claim, Relation> {
    private static final long serialVersionUID = 1L;

    MapGraph(int claims, int relations) {
        super(null, null, DefaultGraphType.simple().asDirected(), new Sized(claims, relations));
    }

    /** Creates the vertex and edge tables at their final size. */
    private static final class Sized implements GraphSpecificsStrategy<Claim, Relation> {
        private static final long serialVersionUID = 1L;
        private final int claims;
        private final int relations;

        Sized(int claims, int relations) {
            this.claims = claims;
            this.relations = relations;
        }

        private static int capacity(int entries) {
            return Math.max(16, (int) Math.min(1 << 30, entries / 3L * 4 + 16));
        }

        @Override
        public Function<GraphType, IntrusiveEdgesSpecifics<Claim, Relation>> getIntrusiveEdgesSpecificsFactory() {
            return type -> new UniformIntrusiveEdgesSpecifics<>(new LinkedHashMap<>(capacity(relations)));
        }

        @Override
        public BiFunction<Graph<Claim, Relation>, GraphType, Specifics<Claim, Relation>> getSpecificsFactory() {
            return (graph, type) -> new DirectedSpecifics<>(graph, new LinkedHashMap<>(capacity(claims)),
                    new ArrayUnenforcedSetEdgeSetFactory<>());
        }
    }
}
