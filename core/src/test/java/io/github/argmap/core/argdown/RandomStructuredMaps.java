package io.github.argmap.core.argdown;

import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random maps with everything Argdown export must carry: claims with and without titles (spaces,
 * accents, repeats), argument nodes with and without premises and conclusions, supports and
 * rebuttals between claims and arguments, linked premises, undercuts of supports, rebuttals and
 * undercuts, notes, schemes and explicit relation ids.
 */
final class RandomStructuredMaps {
    private RandomStructuredMaps() {}

    static ArgumentMap map(long seed) {
        Random r = new Random(seed);
        ArgumentMap.Builder b = ArgumentMap.builder().title("Random " + seed);
        int claims = 3 + r.nextInt(10);
        List<String> nodes = new ArrayList<>();
        List<String> claimIds = new ArrayList<>();
        String[] titles = {"Free speech", "Zürich rule", "a [b] c", "x", "Untitled 1", "-dash", "same", "same"};
        for (int i = 0; i < claims; i++) {
            Claim c = Claim.of("c" + i, "Claim " + i + (r.nextBoolean() ? " *with* markup #no-tag" : ""));
            if (r.nextInt(3) == 0) {
                c = c.withTitle(titles[r.nextInt(titles.length)]);
            }
            b.addClaim(c);
            nodes.add(c.id());
            claimIds.add(c.id());
        }
        int arguments = r.nextInt(4);
        for (int i = 0; i < arguments; i++) {
            Argument a = Argument.of("a" + i, r.nextBoolean() ? "" : "Argument " + i);
            if (r.nextBoolean()) {
                a = a.withTitle(titles[r.nextInt(titles.length)]);
            }
            List<String> shuffled = new ArrayList<>(claimIds);
            java.util.Collections.shuffle(shuffled, r);
            int shape = r.nextInt(4);
            if (shape > 0) {
                a = a.withPremises(shuffled.subList(0, 1 + r.nextInt(Math.min(2, shuffled.size() - 1))));
            }
            if (shape > 1 || (shape == 0 && r.nextBoolean())) {
                a = a.withConclusion(shuffled.get(shuffled.size() - 1));
            }
            b.addArgument(a);
            nodes.add(a.id());
        }
        List<Relation> relations = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        int n = r.nextInt(3 * nodes.size());
        for (int i = 0; i < n; i++) {
            int premises = r.nextInt(5) == 0 ? 2 : 1;
            List<String> from = new ArrayList<>();
            while (from.size() < premises) {
                String p = nodes.get(r.nextInt(nodes.size()));
                if (!from.contains(p)) {
                    from.add(p);
                }
            }
            String to = nodes.get(r.nextInt(nodes.size()));
            List<String> sorted = new ArrayList<>(from);
            sorted.sort(null);
            if (from.contains(to) || !pairs.add(sorted + ">" + to)) {
                continue;
            }
            Relation rel = Relation.linked(r.nextBoolean() ? RelationKind.SUPPORT : RelationKind.REBUTTAL, from, to);
            if (r.nextInt(4) == 0) {
                rel = rel.withNote("note " + i);
            }
            if (r.nextInt(6) == 0) {
                rel = rel.withScheme("scheme " + i);
            }
            if (r.nextInt(6) == 0) {
                rel = rel.withId("rel-" + i);
            }
            relations.add(rel);
        }
        // Undercuts: of earlier relations (supports, rebuttals and undercuts), by claims or arguments.
        int undercuts = relations.isEmpty() ? 0 : r.nextInt(4);
        for (int i = 0; i < undercuts; i++) {
            int target = r.nextInt(relations.size());
            String targetId = relations.get(target).id().isEmpty() ? "r" + (target + 1) : relations.get(target).id();
            relations.add(Relation.undercut(nodes.get(r.nextInt(nodes.size())), targetId));
        }
        b.addRelations(relations);
        return b.build();
    }
}
