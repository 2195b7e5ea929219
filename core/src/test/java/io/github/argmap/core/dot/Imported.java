package io.github.argmap.core.dot;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;

/**
 * A DOT text read back with JGraphT's importer: the claims (vertices) and relations (edges with
 * their {@code class}), legend nodes and the overview's invisible layout nodes and edges left out,
 * in file order.
 *
 * @param claims the vertex ids, in the order the file first names them
 * @param relations each edge as {@code from -> to : class}, in file order
 */
record Imported(List<String> claims, List<String> relations) {
    static Imported read(String dot) {
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        Map<DefaultEdge, String> kinds = new HashMap<>();
        importer.addEdgeAttributeConsumer((pair, attribute) -> {
            if (pair.getSecond().equals("class")) {
                kinds.put(pair.getFirst(), attribute.getValue());
            }
        });
        importer.importGraph(g, new StringReader(dot));
        List<String> claims = new ArrayList<>();
        for (String v : g.vertexSet()) {
            if (!v.startsWith("legend:") && !v.startsWith("stack:") && !v.startsWith("relation:")) {
                claims.add(v);
            }
        }
        List<String> relations = new ArrayList<>();
        // A relation drawn through a joining dot is its premises' lines into the dot and one line out.
        Map<String, List<String>> premises = new HashMap<>();
        for (DefaultEdge e : g.edgeSet()) {
            String kind = kinds.get(e);
            if (kind == null) {
                continue; // an invisible edge of the overview's layout, not a relation
            }
            String from = g.getEdgeSource(e);
            String to = g.getEdgeTarget(e);
            if (kind.equals("premise")) {
                premises.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
                continue;
            }
            if (from.startsWith("relation:")) {
                from = String.join(" + ", premises.getOrDefault(from, List.of(from)));
            }
            if (to.startsWith("relation:")) {
                to = to.substring("relation:".length());
            }
            relations.add(from + " -> " + to + " : " + kind);
        }
        return new Imported(claims, relations);
    }

    /** What a diagram of the given claims and relations must hold. */
    static Imported expected(List<Claim> claims, List<Relation> relations) {
        return new Imported(claims.stream().map(Claim::id).toList(),
                relations.stream().map(r -> String.join(" + ", r.from()) + " -> " + r.to() + " : " + r.kind().label()).toList());
    }

    static Imported expected(ArgumentMap map) {
        return expected(map.claims(), map.relations());
    }
}
