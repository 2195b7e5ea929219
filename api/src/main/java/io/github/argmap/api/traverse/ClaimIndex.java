package io.github.argmap.api.traverse;

import io.github.argmap.api.internal.ClaimEdges;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A map's claims and relations by position, built once in linear time: each relation's endpoints
 * as claim positions, and each claim's incoming relations in map order (compressed rows). Every
 * question {@link Traversal} answers reads this index; nothing changes it after construction.
 */
final class ClaimIndex {
    final ArgumentMap map;
    final Map<String, Integer> indexById;
    /** Claim positions of each relation's endpoints, by relation position. */
    final int[] fromIndex;
    final int[] toIndex;
    /** Incoming relations of claim i are relation positions inRelations[inStart[i] .. inStart[i + 1]), in map order. */
    final int[] inStart;
    final int[] inRelations;
    final int[] outDegree;
    /** The supports and rebuttals as claim-to-claim edges (see {@link ClaimEdges}); relation positions index this list. */
    final List<Relation> edges;
    /** Outgoing edges of claim i are positions outRelations[outStart[i] .. outStart[i + 1]), in map order. */
    final int[] outStart;
    final int[] outRelations;
    /** The undercuts of edge r are undercuts.get(k) for k in undercutsOf.get(r), each from undercutter.get(k). */
    final Map<Integer, List<Integer>> undercutsOf = new HashMap<>();
    final List<Relation> undercuts = new ArrayList<>();
    final List<Integer> undercutter = new ArrayList<>();
    /** The claims that undercut some relation. */
    final BitSet undercutters = new BitSet();


    ClaimIndex(ArgumentMap map) {
        this.map = map;
        List<Claim> claims = map.claims();
        List<Relation> relations = ClaimEdges.of(map);
        this.edges = relations;
        int n = claims.size();
        int m = relations.size();
        Map<String, Integer> index = new HashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            index.put(claims.get(i).id(), i);
        }
        this.indexById = Collections.unmodifiableMap(index);
        this.fromIndex = new int[m];
        this.toIndex = new int[m];
        this.outDegree = new int[n];
        this.inStart = new int[n + 1];
        for (int r = 0; r < m; r++) {
            fromIndex[r] = index.get(relations.get(r).source());
            toIndex[r] = index.get(relations.get(r).to());
            outDegree[fromIndex[r]]++;
            inStart[toIndex[r] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            inStart[i + 1] += inStart[i];
        }
        this.inRelations = new int[m];
        int[] next = Arrays.copyOf(inStart, n);
        for (int r = 0; r < m; r++) {
            inRelations[next[toIndex[r]]++] = r;
        }
        this.outStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            outStart[i + 1] = outStart[i] + outDegree[i];
        }
        this.outRelations = new int[m];
        int[] nextOut = Arrays.copyOf(outStart, n);
        for (int r = 0; r < m; r++) {
            outRelations[nextOut[fromIndex[r]]++] = r;
        }
        indexUndercuts(map, relations, index);
    }

    /** The position of a claim; throws the core's message when the map has no such claim. */
    int indexOf(String id) {
        Integer i = indexById.get(id);
        if (i == null) {
            map.requireClaim(id); // throws with the core's message
        }
        return i;
    }

    /** Which claims undercut which edges: an undercut's premises (or an argument's conclusion) against each edge of the relation. */
    private void indexUndercuts(ArgumentMap map, List<Relation> relations, Map<String, Integer> index) {
        if (map.relations().stream().noneMatch(Relation::isUndercut)) {
            return;
        }
        Map<String, List<Integer>> edgesById = new HashMap<>();
        for (int r = 0; r < relations.size(); r++) {
            Relation e = relations.get(r);
            edgesById.computeIfAbsent(e.id().isEmpty() ? map.idOf(e) : e.id(), k -> new ArrayList<>()).add(r);
        }
        for (Relation u : map.relations()) {
            if (!u.isUndercut()) {
                continue;
            }
            for (String p : u.from()) {
                Integer q = ClaimEdges.claimIndex(map, index, p);
                if (q == null) {
                    continue;
                }
                undercutters.set(q);
                for (int r : edgesById.getOrDefault(u.to(), List.of())) {
                    undercutsOf.computeIfAbsent(r, k -> new ArrayList<>()).add(undercuts.size());
                    undercuts.add(u);
                    undercutter.add(q);
                }
            }
        }
    }

    /** Claim {@code i}. */
    Claim claim(int i) {
        return map.claims().get(i);
    }

    List<Claim> sources(int c, RelationKind kind) {
        boolean[] hit = new boolean[map.claims().size()];
        for (int k = inStart[c]; k < inStart[c + 1]; k++) {
            int r = inRelations[k];
            if (edges.get(r).kind() == kind) {
                hit[fromIndex[r]] = true;
            }
        }
        return inMapOrder(hit);
    }

    List<Claim> targets(int c, RelationKind kind) {
        boolean[] hit = new boolean[map.claims().size()];
        for (int k = outStart[c]; k < outStart[c + 1]; k++) {
            int r = outRelations[k];
            if (edges.get(r).kind() == kind) {
                hit[toIndex[r]] = true;
            }
        }
        return inMapOrder(hit);
    }

    List<Claim> inMapOrder(boolean[] hit) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < hit.length; i++) {
            if (hit[i]) {
                out.add(map.claims().get(i));
            }
        }
        return List.copyOf(out);
    }
}
