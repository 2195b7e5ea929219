package io.github.argmap.api.traverse;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import java.util.HashSet;
import java.util.List;

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
        List<Relation> relations = ix.map.relations();
        for (int r = 0; r < relations.size(); r++) {
            if (keep[ix.fromIndex[r]] && keep[ix.toIndex[r]]) {
                b.addRelation(relations.get(r));
            }
        }
        return b.build();
    }
}
