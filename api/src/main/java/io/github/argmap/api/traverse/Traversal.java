package io.github.argmap.api.traverse;

import static io.github.argmap.api.internal.Messages.format;

import io.github.argmap.api.internal.Messages;
import io.github.argmap.api.internal.StrongComponents;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.jgrapht.traverse.DepthFirstIterator;

/**
 * Answers a reader's questions about an argument map, each in one call, without changing the map.
 *
 * <p>Relations point from a reason to the claim it bears on, so a claim's <em>supporters</em> and
 * <em>rebutters</em> are the sources of its incoming relations. Lists of claims always come in the
 * map's claim order, so every answer is the same on every run.
 *
 * <h2>The case for and against a claim</h2>
 *
 * A <em>chain</em> from claim {@code a} to claim {@code c} is a sequence of relations
 * {@code a -> x1 -> ... -> c}, each leaving the claim the previous one entered. Its <em>polarity</em>
 * is the number of rebuttals on it, taken modulo 2: a rebuttal of a rebuttal argues for the
 * original claim, a support of a rebuttal against it. Then
 * <ul>
 *   <li>the <em>case for</em> {@code c} holds every claim other than {@code c} with a chain to
 *       {@code c} carrying an even number of rebuttals (zero included: plain supporters, their
 *       supporters, and so on);
 *   <li>the <em>case against</em> {@code c} holds every claim other than {@code c} with a chain to
 *       {@code c} carrying an odd number of rebuttals (rebutters, their supporters, supporters'
 *       supporters of rebutters, rebutters of supporters, ...).
 * </ul>
 * Chains may repeat claims. When supports and rebuttals form no cycle — the usual shape of a
 * debate — every chain is a simple path, so the rule reads "an even (odd) number of rebuttals on
 * some path". Where claims rebut each other in a circle, a claim may fall in both cases, which is
 * exactly what such a circle means. Allowing repeats keeps the question polynomial: for simple paths
 * alone, deciding whether a path of a given parity exists is NP-complete (the even-path problem).
 * Each {@link Reason} row records the length of the shortest chain of its parity and its first
 * relation; rows come breadth-first.
 *
 * <h2>Walks</h2>
 *
 * {@link #walk} and {@link #visit} use JGraphT's {@link BreadthFirstIterator} and
 * {@link DepthFirstIterator}, which keep their own queue or stack, over views
 * ({@link EdgeReversedGraph}, {@link AsUndirectedGraph}, {@link MaskSubgraph}) of the map's graph;
 * a chain of a million claims walks without deep recursion.
 *
 * <h2>Costs</h2>
 *
 * With n claims and m relations (a linked relation counted once per premise, undercuts included):
 * {@link #of} indexes the map in O(n + m). {@link #supporters}, {@link #rebutters},
 * {@link #supported} and {@link #rebutted} take O(n + degree) (a mark per claim keeps map order);
 * {@link #incoming} O(degree). {@link #caseFor}, {@link #caseAgainst}, {@link #caseMap},
 * {@link #neighbourhood}, the sub-maps, {@link #theses}, {@link #evidence}, {@link #shortestChain},
 * {@link #rebuttalCycles}, {@link #walk} and {@link #visit} are each one pass: O(n + m).
 * {@link #chains} lists every simple path up to a length, which can be exponential in that length;
 * bound it.
 *
 * <pre>{@code
 * Traversal t = Traversal.of(map);
 * t.rebutters("walk");                      // direct objections, in map order
 * t.caseAgainst("walk");                    // every claim that, through some chain, argues against it
 * t.theses();                               // claims that support or rebut nothing
 * t.shortestChain("sunny", "walk");         // Optional of [support sunny -> walk]
 * JsonMapWriter.toJson(t.neighbourhood("walk", 2));
 * t.walk("walk", Order.BREADTH_FIRST, Direction.INCOMING).map(Claim::id).toList();
 * }</pre>
 */
public final class Traversal {
    private final ArgumentMap map;
    private final ClaimIndex ix;

    private Traversal(ArgumentMap map) {
        this.map = map;
        this.ix = new ClaimIndex(map);
    }

    /**
     * Prepares the questions on a map; this indexes the map once, in time linear in its size.
     *
     * @param map the map, which is never changed
     * @return the traversal
     */
    public static Traversal of(ArgumentMap map) {
        return new Traversal(Objects.requireNonNull(map, "map"));
    }

    /** @return the map this traversal answers questions about */
    public ArgumentMap map() {
        return map;
    }

    /**
     * The position of a claim in the map's claim list.
     *
     * @param id a claim id
     * @return the position, from 0
     * @throws IllegalArgumentException when the map has no such claim
     */
    public int indexOf(String id) {
        return ix.indexOf(id);
    }

    // ---------------------------------------------------------------- direct relations

    /**
     * The claims that directly support a claim.
     *
     * @param id the claim's id
     * @return the supporters, in map order
     * @throws IllegalArgumentException when the map has no such claim
     */
    public List<Claim> supporters(String id) {
        return ix.sources(indexOf(id), RelationKind.SUPPORT);
    }

    /**
     * The claims that directly rebut a claim.
     *
     * @param id the claim's id
     * @return the rebutters, in map order
     * @throws IllegalArgumentException when the map has no such claim
     */
    public List<Claim> rebutters(String id) {
        return ix.sources(indexOf(id), RelationKind.REBUTTAL);
    }

    /**
     * The claims a claim directly supports.
     *
     * @param id the claim's id
     * @return the supported claims, in map order
     * @throws IllegalArgumentException when the map has no such claim
     */
    public List<Claim> supported(String id) {
        return ix.targets(indexOf(id), RelationKind.SUPPORT);
    }

    /**
     * The claims a claim directly rebuts.
     *
     * @param id the claim's id
     * @return the rebutted claims, in map order
     * @throws IllegalArgumentException when the map has no such claim
     */
    public List<Claim> rebutted(String id) {
        return ix.targets(indexOf(id), RelationKind.REBUTTAL);
    }

    /**
     * The relations that end at a claim.
     *
     * @param id the claim's id
     * @return its supports and rebuttals, in the map's relation order
     * @throws IllegalArgumentException when the map has no such claim
     */
    public List<Relation> incoming(String id) {
        int c = indexOf(id);
        List<Relation> out = new ArrayList<>(ix.inStart[c + 1] - ix.inStart[c]);
        for (int k = ix.inStart[c]; k < ix.inStart[c + 1]; k++) {
            out.add(ix.edges.get(ix.inRelations[k]));
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- the case for and against

    /**
     * The whole case for a claim: every claim with a chain to it carrying an even number of
     * rebuttals (see the class comment), undercutters of its rebuttals included (see {@link #caseAgainst}).
     *
     * @param id the claim's id
     * @return one row per claim, breadth-first, ties in the map's relation order
     * @throws IllegalArgumentException when the map has no such claim
     */
    public List<Reason> caseFor(String id) {
        return Cases.reasons(ix, indexOf(id), 0);
    }

    /**
     * The whole case against a claim: every claim with a chain to it carrying an odd number of
     * rebuttals (see the class comment). An undercut counts as a rebuttal of what its inference
     * carries: who undercuts one of the claim's supports is in the case against it, who undercuts one
     * of its rebuttals in the case for it.
     *
     * @param id the claim's id
     * @return one row per claim, breadth-first, ties in the map's relation order
     * @throws IllegalArgumentException when the map has no such claim
     */
    public List<Reason> caseAgainst(String id) {
        return Cases.reasons(ix, indexOf(id), 1);
    }

    /**
     * The case for and against a claim as a map of its own: the claim, every claim in either case
     * (that is, every claim with a chain to it) and all relations among them.
     *
     * @param id the claim's id
     * @return the sub-map, which {@link io.github.argmap.core.json.JsonMapWriter} can write
     * @throws IllegalArgumentException when the map has no such claim
     */
    public ArgumentMap caseMap(String id) {
        int c = indexOf(id);
        boolean[] keep = new boolean[map.claims().size()];
        keep[c] = true;
        for (int parity = 0; parity < 2; parity++) {
            for (Reason r : Cases.reasons(ix, c, parity)) {
                keep[ix.indexById.get(r.claim().id())] = true;
            }
        }
        return SubMaps.of(ix, keep);
    }

    // ---------------------------------------------------------------- theses and evidence

    /**
     * The theses: claims that support, rebut or undercut nothing, the roots a reader starts from.
     *
     * @return the claims with no outgoing relation, in map order
     */
    public List<Claim> theses() {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < ix.outDegree.length; i++) {
            if (ix.outDegree[i] == 0 && !ix.undercutters.get(i)) {
                out.add(map.claims().get(i));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The evidence: claims that nothing supports, where reasoning bottoms out.
     *
     * @return the claims with no incoming support, in map order
     */
    public List<Claim> evidence() {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < ix.outDegree.length; i++) {
            boolean supported = false;
            for (int k = ix.inStart[i]; k < ix.inStart[i + 1] && !supported; k++) {
                supported = ix.edges.get(ix.inRelations[k]).isSupport();
            }
            if (!supported) {
                out.add(map.claims().get(i));
            }
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- chains between two claims

    /**
     * The shortest chain of reasons from one claim to another, following relations forwards.
     *
     * @param fromId the claim the chain starts at
     * @param toId the claim it ends at
     * @return the relations in order, empty list when both ids are equal, or empty when no chain exists
     * @throws IllegalArgumentException when the map lacks either claim
     */
    public Optional<List<Relation>> shortestChain(String fromId, String toId) {
        Claim from = map.claims().get(indexOf(fromId));
        Claim to = map.claims().get(indexOf(toId));
        GraphPath<Claim, Relation> path = new BFSShortestPath<>(map.graph()).getPath(from, to);
        return path == null ? Optional.empty() : Optional.of(List.copyOf(path.getEdgeList()));
    }

    /**
     * Every simple chain of reasons from one claim to another up to a length.
     *
     * @param fromId the claim the chains start at
     * @param toId the claim they end at
     * @param maxRelations the most relations a chain may have
     * @return the chains, shortest first, then by the map positions of their relations
     * @throws IllegalArgumentException when the map lacks either claim or the bound is negative
     */
    public List<List<Relation>> chains(String fromId, String toId, int maxRelations) {
        requireNonNegative("maxRelations", maxRelations);
        Claim from = map.claims().get(indexOf(fromId));
        Claim to = map.claims().get(indexOf(toId));
        if (from.equals(to)) {
            return List.of(List.of());
        }
        List<GraphPath<Claim, Relation>> paths =
                new AllDirectedPaths<>(map.graph()).getAllPaths(from, to, true, maxRelations);
        // AllDirectedPaths keeps its work in hash maps keyed by relations, whose hash includes an
        // enum's identity hash: its output order may differ between runs, so sort.
        Map<Relation, Integer> position = relationPositions();
        List<List<Relation>> out = new ArrayList<>(paths.size());
        for (GraphPath<Claim, Relation> p : paths) {
            out.add(List.copyOf(p.getEdgeList()));
        }
        out.sort(Comparator.<List<Relation>>comparingInt(List::size).thenComparing((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int d = Integer.compare(position.get(a.get(i)), position.get(b.get(i)));
                if (d != 0) {
                    return d;
                }
            }
            return 0;
        }));
        return List.copyOf(out);
    }

    private Map<Relation, Integer> relationPositions() {
        List<Relation> relations = ix.edges;
        Map<Relation, Integer> position = new HashMap<>(Math.max(16, relations.size() * 2));
        for (int r = 0; r < relations.size(); r++) {
            position.put(relations.get(r), r);
        }
        return position;
    }

    // ---------------------------------------------------------------- sub-maps

    /**
     * The part of the map within some steps of a claim, ignoring the direction of relations.
     *
     * @param id the centre claim's id
     * @param steps how many relations away a claim may be; 0 gives the claim alone
     * @return the sub-map of those claims and the relations among them
     * @throws IllegalArgumentException when the map has no such claim or steps is negative
     */
    public ArgumentMap neighbourhood(String id, int steps) {
        requireNonNegative("steps", steps);
        Claim start = map.claims().get(indexOf(id));
        boolean[] keep = new boolean[map.claims().size()];
        BreadthFirstIterator<Claim, Relation> it = new BreadthFirstIterator<>(new AsUndirectedGraph<>(map.graph()), start);
        while (it.hasNext()) {
            Claim c = it.next();
            if (it.getDepth(c) > steps) {
                break; // breadth-first: every later claim is at least as far
            }
            keep[ix.indexById.get(c.id())] = true;
        }
        return SubMaps.of(ix, keep);
    }

    /**
     * The claims that satisfy a condition, with the relations among them.
     *
     * <p>The sub-map keeps the title, source and notes, and the speakers and sections its claims
     * refer to, each list in the original order.
     *
     * @param condition which claims to keep
     * @return the sub-map
     */
    public ArgumentMap subMap(Predicate<Claim> condition) {
        Objects.requireNonNull(condition, "condition");
        List<Claim> claims = map.claims();
        boolean[] keep = new boolean[claims.size()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = condition.test(claims.get(i));
        }
        return SubMaps.of(ix, keep);
    }

    /**
     * The claims one speaker makes, with the relations among them.
     *
     * @param speakerId the speaker's id
     * @return the sub-map; empty of claims when the speaker makes none
     */
    public ArgumentMap bySpeaker(String speakerId) {
        Optional<String> s = Optional.of(speakerId);
        return subMap(c -> c.speaker().equals(s));
    }

    /**
     * The claims of one section, with the relations among them.
     *
     * @param sectionId the section's id
     * @return the sub-map
     */
    public ArgumentMap bySection(String sectionId) {
        Optional<String> s = Optional.of(sectionId);
        return subMap(c -> c.section().equals(s));
    }

    /**
     * The claims carrying a tag, with the relations among them.
     *
     * @param tag the tag
     * @return the sub-map
     */
    public ArgumentMap byTag(String tag) {
        return subMap(c -> c.tags().contains(tag));
    }

    // ---------------------------------------------------------------- rebuttal cycles

    /**
     * The circles of mutual rebuttal: strongly connected components of the rebuttal relation alone
     * that hold more than one claim.
     *
     * @return each component's claims in map order; components ordered by their first claim
     */
    public List<List<Claim>> rebuttalCycles() {
        List<Relation> relations = ix.edges;
        int rebuttals = 0;
        for (Relation r : relations) {
            rebuttals += r.isRebuttal() ? 1 : 0;
        }
        int[] from = new int[rebuttals];
        int[] to = new int[rebuttals];
        int k = 0;
        for (int r = 0; r < relations.size(); r++) {
            if (relations.get(r).isRebuttal()) {
                from[k] = ix.fromIndex[r];
                to[k++] = ix.toIndex[r];
            }
        }
        return StrongComponents.groups(StrongComponents.of(ix.outDegree.length, from, to), map.claims());
    }

    // ---------------------------------------------------------------- walks

    /**
     * Walks the map from a claim along relations of any kind.
     *
     * @param startId the claim to start at; it comes first
     * @param order breadth- or depth-first
     * @param direction which way to follow relations
     * @return the claims reached, each once, lazily
     * @throws IllegalArgumentException when the map has no such claim
     */
    public Stream<Claim> walk(String startId, Order order, Direction direction) {
        return walk(startId, order, direction, EnumSet.allOf(RelationKind.class));
    }

    /**
     * Walks the map from a claim along relations of the given kinds only.
     *
     * <p>Within one step, claims come in the order the map's graph lists the relations of a claim
     * (the map's relation order); a depth-first walk goes down the last-listed branch first, as
     * JGraphT's {@link DepthFirstIterator} does.
     *
     * @param startId the claim to start at; it comes first
     * @param order breadth- or depth-first
     * @param direction which way to follow relations
     * @param kinds the kinds of relation to follow; not empty
     * @return the claims reached, each once, lazily
     * @throws IllegalArgumentException when the map has no such claim or no kind is given
     */
    public Stream<Claim> walk(String startId, Order order, Direction direction, Set<RelationKind> kinds) {
        Iterator<Claim> it = Walks.iterator(ix, startId, order, direction, kinds);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL), false);
    }

    /**
     * Walks the map from a claim, handing each claim to a visitor until it says stop.
     *
     * @param startId the claim to start at; it is visited first
     * @param order breadth- or depth-first
     * @param direction which way to follow relations
     * @param kinds the kinds of relation to follow; not empty
     * @param visitor receives each claim once; returning {@code false} ends the walk
     * @return how many claims were visited
     * @throws IllegalArgumentException when the map has no such claim or no kind is given
     */
    public long visit(String startId, Order order, Direction direction, Set<RelationKind> kinds, ClaimVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        Iterator<Claim> it = Walks.iterator(ix, startId, order, direction, kinds);
        long visited = 0;
        while (it.hasNext()) {
            visited++;
            if (!visitor.visit(it.next())) {
                break;
            }
        }
        return visited;
    }

    private static void requireNonNegative(String what, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(format(Messages.NEGATIVE_BOUND, what, value));
        }
    }
}
