package io.github.argmap.api.summary;

import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-section digests of a {@link Summary}: each section's main points with their replies
 * nested under them, laid out breadth-first without recursion.
 */
final class SectionDigests {
    private SectionDigests() {}


    static List<SectionDigest> of(Summarizer s) {
        int n = s.claims.size();
        List<Section> sections = s.map.sections();
        Map<String, Integer> sectionIndex = new HashMap<>();
        for (int k = 0; k < sections.size(); k++) {
            sectionIndex.put(sections.get(k).id(), k);
        }
        int other = sections.size();
        int[] group = new int[n];
        int[] size = new int[other + 1];
        for (int i = 0; i < n; i++) {
            group[i] = s.claims.get(i).section().map(sectionIndex::get).orElse(other);
            size[group[i]]++;
        }
        // A claim's parent: the target of its first relation into its own section.
        int[] parentRelation = new int[n];
        Arrays.fill(parentRelation, -1);
        List<List<Integer>> answers = new ArrayList<>(n);
        List<List<Integer>> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            answers.add(new ArrayList<>());
            children.add(new ArrayList<>());
        }
        for (int r = 0; r < s.relations.size(); r++) {
            int u = s.from[r];
            int v = s.to[r];
            if (group[u] != group[v]) {
                answers.get(u).add(r);
                children.get(v).add(r); // a reply s.from another section: a leaf here
            } else if (parentRelation[u] < 0) {
                parentRelation[u] = r;
                children.get(v).add(r);
            }
        }
        for (List<Integer> c : children) {
            c.sort(Comparator.comparingInt(r -> s.from[r]));
        }
        // Each section's s.claims in s.map order, so that laying out a section visits its own s.claims
        // only: scanning every claim once per section made the summary O(sections x s.claims).
        int[][] members = new int[other + 1][];
        for (int k = 0; k <= other; k++) {
            members[k] = new int[size[k]];
        }
        int[] filled = new int[other + 1];
        for (int i = 0; i < n; i++) {
            members[group[i]][filled[group[i]]++] = i;
        }
        Layout layout = new Layout(n);
        List<SectionDigest> out = new ArrayList<>();
        for (int k = 0; k <= other; k++) {
            if (k == other && size[k] == 0) {
                break;
            }
            Optional<String> id = k < other ? Optional.of(sections.get(k).id()) : Optional.empty();
            String title = k < other ? sections.get(k).title() : Summarizer.OTHER_CLAIMS;
            out.add(new SectionDigest(id, title, size[k], points(s, k, members[k], group, parentRelation, answers, children, layout)));
        }
        return out;
    }

    /**
     * Work arrays indexed by claim, shared by all sections: a claim belongs s.to one section, so
     * each section writes only its own entries and nothing needs clearing in between.
     */
    private static final class Layout {
        final boolean[] placed;
        final int[] depth;
        final int[] treeParent;
        final Point[] built;
        final int[] below;

        Layout(int n) {
            placed = new boolean[n];
            depth = new int[n];
            treeParent = new int[n];
            Arrays.fill(treeParent, -1);
            built = new Point[n];
            below = new int[n];
        }
    }

    /**
     * Lays out one section's forest breadth-first with explicit queues, then builds the points
     * bottom-up, so that neither step recurses however deep the section's reasoning goes.
     */
    private static List<Point> points(Summarizer s, int k, int[] members, int[] group, int[] parentRelation, List<List<Integer>> answers,
            List<List<Integer>> children, Layout layout) {
        boolean[] placed = layout.placed;
        int[] depth = layout.depth;
        int[] treeParent = layout.treeParent;
        List<Integer> roots = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        // Main points first; then, for s.claims only reachable round a circle of s.relations inside
        // the section, the first such claim in s.map order.
        for (int pass = 0; pass < 2; pass++) {
            for (int i : members) {
                if (placed[i] || (pass == 0 && parentRelation[i] >= 0)) {
                    continue;
                }
                roots.add(i);
                placed[i] = true;
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                queue.add(i);
                while (!queue.isEmpty()) {
                    int v = queue.poll();
                    order.add(v);
                    for (int r : children.get(v)) {
                        int c = s.from[r];
                        if (group[c] == k && !placed[c] && parentRelation[c] == r) {
                            placed[c] = true;
                            treeParent[c] = v;
                            depth[c] = depth[v] + 1;
                            queue.add(c);
                        }
                    }
                }
            }
        }
        int cap = s.options.depth();
        Point[] built = layout.built;
        int[] below = layout.below;
        for (int at = order.size() - 1; at >= 0; at--) {
            int v = order.get(at);
            List<Point> replies = new ArrayList<>();
            for (int r : children.get(v)) {
                int c = s.from[r];
                boolean local = group[c] == k;
                if (local && treeParent[c] != v) {
                    continue; // placed under another claim, or the root of a circle
                }
                below[v] += local ? 1 + below[c] : 1;
                if (depth[v] < cap) {
                    replies.add(local ? built[c]
                            : new Point(s.refs[c], Optional.of(s.relations.get(r).kind()), List.of(), List.of(), 0));
                }
            }
            if (depth[v] > cap) {
                continue;
            }
            List<Target> targets = new ArrayList<>();
            for (int r : answers.get(v)) {
                targets.add(new Target(s.relations.get(r).kind(), s.refs[s.to[r]]));
            }
            Optional<RelationKind> kind = treeParent[v] >= 0
                    ? Optional.of(s.relations.get(parentRelation[v]).kind()) : Optional.empty();
            built[v] = new Point(s.refs[v], kind, targets, replies, depth[v] < cap ? 0 : below[v]);
        }
        List<Point> out = new ArrayList<>(roots.size());
        for (int root : roots) {
            out.add(built[root]);
        }
        return out;
    }
}
