package io.github.argmap.api.traverse;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds a sub-map from a choice of claims: the claims, the relations among them, and what they refer to. */
final class SubMaps {
    private SubMaps() {}

    /**
     * The claims marked in {@code keep}, with the relations among them; keeps the title, source and
     * notes, and the speakers and sections the kept claims refer to, each list in the original order.
     */
    static ArgumentMap of(ClaimIndex ix, boolean[] keep) {
        ArgumentMap.Builder b = ArgumentMap.builder().title(ix.map.title()).source(ix.map.source());
        ix.map.notes().forEach(b::addNote);
        List<Claim> claims = ix.map.claims();
        HashSet<String> speakers = new HashSet<>();
        HashSet<String> sections = new HashSet<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                claims.get(i).speaker().ifPresent(speakers::add);
                claims.get(i).section().ifPresent(sections::add);
            }
        }
        for (Speaker s : ix.map.speakers()) {
            if (speakers.contains(s.id())) {
                b.addSpeaker(s);
            }
        }
        for (Section s : ix.map.sections()) {
            if (sections.contains(s.id())) {
                b.addSection(s);
            }
        }
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                b.addClaim(claims.get(i));
            }
        }
        // The map's own relations, not the claim edges: a linked relation comes along whole when all its
        // premises and its target do, and an undercut when its premises and the relation it attacks do.
        // A relation named only by its position in the whole map is named so explicitly when a kept
        // undercut refers to it, as its position in the sub-map differs.
        ArgumentMap whole = ix.map;
        Set<String> keptRelations = new HashSet<>();
        for (Relation r : whole.relations()) {
            if (!r.isUndercut() && kept(ix, keep, r.to()) && r.from().stream().allMatch(p -> kept(ix, keep, p))) {
                keptRelations.add(whole.idOf(r));
            }
        }
        // Undercuts may attack undercuts: follow them from each kept relation with a queue, so each
        // undercut is looked at once (undercuts form no cycle, the map's rules say).
        Set<String> targeted = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(keptRelations);
        while (!queue.isEmpty()) {
            String target = queue.poll();
            for (Relation u : whole.undercutsOf(target)) {
                String id = whole.idOf(u);
                if (!keptRelations.contains(id) && u.from().stream().allMatch(p -> kept(ix, keep, p))) {
                    keptRelations.add(id);
                    targeted.add(target);
                    queue.add(id);
                }
            }
        }
        for (Relation r : whole.relations()) {
            String id = whole.idOf(r);
            if (keptRelations.contains(id)) {
                b.addRelation(r.id().isEmpty() && targeted.contains(id) ? r.withId(id) : r);
            }
        }
        return b.build();
    }

    private static boolean kept(ClaimIndex ix, boolean[] keep, String node) {
        Integer i = ix.indexById.get(node);
        return i != null && keep[i];
    }
}
