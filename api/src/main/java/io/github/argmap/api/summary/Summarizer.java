package io.github.argmap.api.summary;

import static io.github.argmap.api.internal.Messages.format;

import io.github.argmap.api.internal.IntRows;
import io.github.argmap.api.internal.Messages;
import io.github.argmap.api.internal.StrongComponents;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.Status;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Computes a {@link Summary}; one instance per call, never shared. */
final class Summarizer {
    private static final String OTHER_CLAIMS = "Other claims";

    private final ArgumentMap map;
    private final SummaryOptions options;
    private final Traversal traversal;
    private final List<Claim> claims;
    private final List<Relation> relations;
    private final int[] from;
    private final int[] to;
    private final int[] speakerOf;
    private final ClaimRef[] refs;
    private final int[] supportsIn;
    private final int[] rebuttalsIn;

    Summarizer(ArgumentMap map, SummaryOptions options) {
        this.map = map;
        this.options = options;
        this.traversal = Traversal.of(map);
        this.claims = map.claims();
        this.relations = map.relations();
        int n = claims.size();
        Map<String, Integer> speakerIndex = new HashMap<>();
        for (int i = 0; i < map.speakers().size(); i++) {
            speakerIndex.put(map.speakers().get(i).id(), i);
        }
        this.speakerOf = new int[n];
        this.refs = new ClaimRef[n];
        Map<String, Status> status = statuses();
        Map<String, Double> strength = strengths();
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            speakerOf[i] = c.speaker().map(speakerIndex::get).orElse(-1);
            Double s = strength.get(c.id());
            refs[i] = new ClaimRef(c.id(), c.text(), c.speaker(), map.speakerOf(c).map(Speaker::name), c.section(),
                    c.quote(), Optional.ofNullable(status.get(c.id())),
                    s == null ? OptionalDouble.empty() : OptionalDouble.of(s));
        }
        int m = relations.size();
        this.from = new int[m];
        this.to = new int[m];
        this.supportsIn = new int[n];
        this.rebuttalsIn = new int[n];
        for (int r = 0; r < m; r++) {
            from[r] = traversal.indexOf(relations.get(r).from());
            to[r] = traversal.indexOf(relations.get(r).to());
            if (relations.get(r).isSupport()) {
                supportsIn[to[r]]++;
            } else {
                rebuttalsIn[to[r]]++;
            }
        }
    }

    private Map<String, Status> statuses() {
        Map<String, Status> out = new HashMap<>();
        if (options.statusById().isEmpty()) {
            return out;
        }
        // Checked in map order, then in id order for ids the map lacks, so the first error is stable.
        for (Map.Entry<String, Status> e : new TreeMap<>(options.statusById().get()).entrySet()) {
            requireClaim("status", e.getKey());
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private Map<String, Double> strengths() {
        Map<String, Double> out = new HashMap<>();
        if (options.strengthById().isEmpty()) {
            return out;
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(options.strengthById().get()).entrySet()) {
            requireClaim("strength", e.getKey());
            double v = e.getValue();
            if (!(v >= 0.0 && v <= 1.0)) {
                throw new IllegalArgumentException(format(Messages.BAD_STRENGTH, e.getKey(), v));
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    private void requireClaim(String what, String id) {
        if (map.claim(id).isEmpty()) {
            throw new IllegalArgumentException(format(Messages.UNKNOWN_CLAIM_IN_OVERLAY, what, id, map.title(), what));
        }
    }

    Summary summary() {
        List<ClaimRef> theses = refsOf(traversal.theses());
        int supports = (int) relations.stream().filter(Relation::isSupport).count();
        Counts counts = new Counts(claims.size(), supports, relations.size() - supports, map.speakers().size(),
                map.sections().size(), theses.size(), traversal.evidence().size(), traversal.rebuttalCycles().size());
        TreeMap<Long, int[]> matrix = matrix();
        return new Summary(map.title(), map.source(), map.notes(), counts, sections(), speakers(matrix, theses),
                exchanges(matrix), theses, ranked(RelationKind.SUPPORT), ranked(RelationKind.REBUTTAL), unanswered(),
                longestChain(), standing(theses));
    }

    private List<ClaimRef> refsOf(List<Claim> some) {
        List<ClaimRef> out = new ArrayList<>(some.size());
        for (Claim c : some) {
            out.add(refs[traversal.indexOf(c.id())]);
        }
        return out;
    }

    // ---------------------------------------------------------------- speakers

    /** matrix[x][y][k]: relations of kind k (0 support, 1 rebuttal) from x's claims to y's. */
    /**
     * Supports and rebuttals between speakers: {@code [supports, rebuttals]} keyed by
     * {@code from * speakers + to}, in that key's order. Sparse, because a map may name a hundred
     * thousand speakers, whose full matrix would not fit in any heap.
     */
    private TreeMap<Long, int[]> matrix() {
        long s = map.speakers().size();
        TreeMap<Long, int[]> matrix = new TreeMap<>();
        for (int r = 0; r < relations.size(); r++) {
            int x = speakerOf[from[r]];
            int y = speakerOf[to[r]];
            if (x >= 0 && y >= 0) {
                matrix.computeIfAbsent(x * s + y, key -> new int[2])[relations.get(r).isSupport() ? 0 : 1]++;
            }
        }
        return matrix;
    }

    private List<SpeakerSummary> speakers(TreeMap<Long, int[]> matrix, List<ClaimRef> theses) {
        List<Speaker> speakers = map.speakers();
        int s = speakers.size();
        int[] made = new int[s];
        int[][] given = new int[s][2];
        int[][] received = new int[s][2];
        for (int i = 0; i < claims.size(); i++) {
            if (speakerOf[i] >= 0) {
                made[speakerOf[i]]++;
            }
        }
        for (int r = 0; r < relations.size(); r++) {
            int k = relations.get(r).isSupport() ? 0 : 1;
            if (speakerOf[from[r]] >= 0) {
                given[speakerOf[from[r]]][k]++;
            }
            if (speakerOf[to[r]] >= 0) {
                received[speakerOf[to[r]]][k]++;
            }
        }
        List<List<String>> rebuts = new ArrayList<>(s);
        List<List<String>> rebuttedBy = new ArrayList<>(s);
        List<List<ClaimRef>> own = new ArrayList<>(s);
        for (int x = 0; x < s; x++) {
            rebuts.add(new ArrayList<>());
            rebuttedBy.add(new ArrayList<>());
            own.add(new ArrayList<>());
        }
        // Keys ascend by (from, to), so each list fills in speaker order.
        for (Map.Entry<Long, int[]> e : matrix.entrySet()) {
            int x = (int) (e.getKey() / s);
            int y = (int) (e.getKey() % s);
            if (x != y && e.getValue()[1] > 0) {
                rebuts.get(x).add(speakers.get(y).id());
                rebuttedBy.get(y).add(speakers.get(x).id());
            }
        }
        Map<String, Integer> speakerIndex = new HashMap<>(Math.max(16, 2 * s));
        for (int x = 0; x < s; x++) {
            speakerIndex.put(speakers.get(x).id(), x);
        }
        for (ClaimRef t : theses) {
            t.speakerId().map(speakerIndex::get).ifPresent(x -> own.get(x).add(t));
        }
        List<SpeakerSummary> out = new ArrayList<>(s);
        for (int x = 0; x < s; x++) {
            Speaker sp = speakers.get(x);
            out.add(new SpeakerSummary(sp.id(), sp.name(), sp.role(), sp.affiliation(), made[x], given[x][0],
                    given[x][1], received[x][0], received[x][1], rebuts.get(x), rebuttedBy.get(x), own.get(x)));
        }
        return out;
    }

    private List<Exchange> exchanges(TreeMap<Long, int[]> matrix) {
        List<Speaker> speakers = map.speakers();
        long s = speakers.size();
        List<Exchange> out = new ArrayList<>(matrix.size());
        for (Map.Entry<Long, int[]> e : matrix.entrySet()) {
            int[] counts = e.getValue();
            out.add(new Exchange(speakers.get((int) (e.getKey() / s)).id(), speakers.get((int) (e.getKey() % s)).id(),
                    counts[0], counts[1]));
        }
        return out;
    }

    // ---------------------------------------------------------------- rankings

    private List<Ranked> ranked(RelationKind kind) {
        int[] direct = kind == RelationKind.SUPPORT ? supportsIn : rebuttalsIn;
        int[] indirect = new int[claims.size()];
        for (int r = 0; r < relations.size(); r++) {
            if (relations.get(r).isSupport()) {
                indirect[to[r]] += direct[from[r]];
            }
        }
        List<Ranked> all = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (direct[i] + indirect[i] > 0) {
                all.add(new Ranked(refs[i], direct[i] + 0.5 * indirect[i], direct[i], indirect[i]));
            }
        }
        // A stable sort keeps map order among equal scores.
        all.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return all.subList(0, Math.min(options.top(), all.size()));
    }

    private List<ClaimRef> unanswered() {
        boolean[] defended = new boolean[claims.size()];
        for (int r = 0; r < relations.size(); r++) {
            if (relations.get(r).isRebuttal() && rebuttalsIn[from[r]] > 0) {
                defended[to[r]] = true;
            }
        }
        List<ClaimRef> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (rebuttalsIn[i] > 0 && supportsIn[i] == 0 && !defended[i]) {
                out.add(refs[i]);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- longest chain

    /**
     * The longest chain of supports, its support circles contracted: Tarjan's components (iterative,
     * {@link StrongComponents}) find the circles, then a longest path over the supports between
     * components in Kahn's topological order, all over int arrays. A claim's predecessor is its
     * first incoming support (in relation order) of greatest length, and the chain ends at the first
     * claim (in map order) of greatest length, whichever topological order is used.
     */
    private Chain longestChain() {
        int n = claims.size();
        int m = relations.size();
        int supports = 0;
        for (Relation r : relations) {
            supports += r.isSupport() ? 1 : 0;
        }
        int[] supFrom = new int[supports];
        int[] supTo = new int[supports];
        for (int r = 0, k = 0; r < m; r++) {
            if (relations.get(r).isSupport()) {
                supFrom[k] = from[r];
                supTo[k++] = to[r];
            }
        }
        int[] component = StrongComponents.of(n, supFrom, supTo);
        List<List<ClaimRef>> cycles = StrongComponents.groups(component, Arrays.asList(refs));
        // Supports between components, grouped by target in relation order.
        int[] inStart = new int[n + 1];
        int[] pending = new int[n];
        for (int k = 0; k < supports; k++) {
            if (component[supFrom[k]] != component[supTo[k]]) {
                inStart[supTo[k] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            inStart[i + 1] += inStart[i];
        }
        int[] in = new int[inStart[n]];
        int[] outStart = new int[n + 1];
        int[] cursor = Arrays.copyOf(inStart, n);
        for (int k = 0; k < supports; k++) {
            if (component[supFrom[k]] != component[supTo[k]]) {
                in[cursor[supTo[k]]++] = supFrom[k];
                outStart[supFrom[k] + 1]++;
                pending[supTo[k]]++;
            }
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
        }
        int[] out = new int[in.length];
        cursor = Arrays.copyOf(outStart, n);
        for (int v = 0; v < n; v++) {
            for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                out[cursor[in[k]]++] = v;
            }
        }
        int[] order = IntRows.topologicalOrder(n, outStart, out, pending);
        int tail = order.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        for (int at = 0; at < tail; at++) {
            int v = order[at];
            for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                int u = in[k];
                if (length[u] + 1 > length[v]) {
                    length[v] = length[u] + 1;
                    previous[v] = u;
                }
            }
        }
        int end = 0;
        for (int i = 1; i < n; i++) {
            if (length[i] > length[end]) {
                end = i;
            }
        }
        ArrayDeque<ClaimRef> chain = new ArrayDeque<>();
        if (n > 0 && length[end] > 0) {
            for (int v = end; v >= 0; v = previous[v]) {
                chain.addFirst(refs[v]);
            }
        }
        return new Chain(new ArrayList<>(chain), cycles);
    }

    // ---------------------------------------------------------------- standing

    private Optional<Standing> standing(List<ClaimRef> theses) {
        if (options.statusById().isEmpty()) {
            return Optional.empty();
        }
        int[] count = new int[Status.values().length];
        int unknown = 0;
        for (ClaimRef c : refs) {
            if (c.status().isPresent()) {
                count[c.status().get().ordinal()]++;
            } else {
                unknown++;
            }
        }
        List<List<ClaimRef>> byStatus = new ArrayList<>();
        for (Status s : Status.values()) {
            List<ClaimRef> these = new ArrayList<>();
            for (ClaimRef t : theses) {
                if (t.status().equals(Optional.of(s))) {
                    these.add(t);
                }
            }
            byStatus.add(these);
        }
        return Optional.of(new Standing(count[Status.ACCEPTED.ordinal()], count[Status.REJECTED.ordinal()],
                count[Status.UNDECIDED.ordinal()], unknown, byStatus.get(Status.ACCEPTED.ordinal()),
                byStatus.get(Status.REJECTED.ordinal()), byStatus.get(Status.UNDECIDED.ordinal()), options.basis()));
    }

    // ---------------------------------------------------------------- sections

    private List<SectionDigest> sections() {
        int n = claims.size();
        List<Section> sections = map.sections();
        Map<String, Integer> sectionIndex = new HashMap<>();
        for (int k = 0; k < sections.size(); k++) {
            sectionIndex.put(sections.get(k).id(), k);
        }
        int other = sections.size();
        int[] group = new int[n];
        int[] size = new int[other + 1];
        for (int i = 0; i < n; i++) {
            group[i] = claims.get(i).section().map(sectionIndex::get).orElse(other);
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
        for (int r = 0; r < relations.size(); r++) {
            int u = from[r];
            int v = to[r];
            if (group[u] != group[v]) {
                answers.get(u).add(r);
                children.get(v).add(r); // a reply from another section: a leaf here
            } else if (parentRelation[u] < 0) {
                parentRelation[u] = r;
                children.get(v).add(r);
            }
        }
        for (List<Integer> c : children) {
            c.sort(Comparator.comparingInt(r -> from[r]));
        }
        // Each section's claims in map order, so that laying out a section visits its own claims
        // only: scanning every claim once per section made the summary O(sections x claims).
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
            String title = k < other ? sections.get(k).title() : OTHER_CLAIMS;
            out.add(new SectionDigest(id, title, size[k], points(k, members[k], group, parentRelation, answers, children, layout)));
        }
        return out;
    }

    /**
     * Work arrays indexed by claim, shared by all sections: a claim belongs to one section, so
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
    private List<Point> points(int k, int[] members, int[] group, int[] parentRelation, List<List<Integer>> answers,
            List<List<Integer>> children, Layout layout) {
        boolean[] placed = layout.placed;
        int[] depth = layout.depth;
        int[] treeParent = layout.treeParent;
        List<Integer> roots = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        // Main points first; then, for claims only reachable round a circle of relations inside
        // the section, the first such claim in map order.
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
                        int c = from[r];
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
        int cap = options.depth();
        Point[] built = layout.built;
        int[] below = layout.below;
        for (int at = order.size() - 1; at >= 0; at--) {
            int v = order.get(at);
            List<Point> replies = new ArrayList<>();
            for (int r : children.get(v)) {
                int c = from[r];
                boolean local = group[c] == k;
                if (local && treeParent[c] != v) {
                    continue; // placed under another claim, or the root of a circle
                }
                below[v] += local ? 1 + below[c] : 1;
                if (depth[v] < cap) {
                    replies.add(local ? built[c]
                            : new Point(refs[c], Optional.of(relations.get(r).kind()), List.of(), List.of(), 0));
                }
            }
            if (depth[v] > cap) {
                continue;
            }
            List<Target> targets = new ArrayList<>();
            for (int r : answers.get(v)) {
                targets.add(new Target(relations.get(r).kind(), refs[to[r]]));
            }
            Optional<RelationKind> kind = treeParent[v] >= 0
                    ? Optional.of(relations.get(parentRelation[v]).kind()) : Optional.empty();
            built[v] = new Point(refs[v], kind, targets, replies, depth[v] < cap ? 0 : below[v]);
        }
        List<Point> out = new ArrayList<>(roots.size());
        for (int root : roots) {
            out.add(built[root]);
        }
        return out;
    }
}
