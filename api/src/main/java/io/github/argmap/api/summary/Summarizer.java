package io.github.argmap.api.summary;

import io.github.argmap.api.internal.ClaimEdges;
import static io.github.argmap.api.internal.Messages.format;

import io.github.argmap.api.internal.Messages;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Computes a {@link Summary}; one instance per call, never shared. */
final class Summarizer {
    static final String OTHER_CLAIMS = "Other claims";

    final ArgumentMap map;
    final SummaryOptions options;
    final Traversal traversal;
    final List<Claim> claims;
    final List<Relation> relations;
    final int[] from;
    final int[] to;
    final int[] speakerOf;
    final ClaimRef[] refs;
    final int[] supportsIn;
    final int[] rebuttalsIn;

    Summarizer(ArgumentMap map, SummaryOptions options) {
        this.map = map;
        this.options = options;
        this.traversal = Traversal.of(map);
        this.claims = map.claims();
        this.relations = ClaimEdges.of(map);
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
            from[r] = traversal.indexOf(relations.get(r).source());
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
            if (isInference(e.getKey())) {
                continue; // the status of an undercut or linked inference, which the summary does not list
            }
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

    /** An id the semantics give an inference's own argument: a relation's id, or {@code relation:} and one. */
    private boolean isInference(String id) {
        return map.claim(id).isEmpty() && (map.relation(id).isPresent()
                || id.startsWith("relation:") && map.relation(id.substring("relation:".length())).isPresent());
    }

    private void requireClaim(String what, String id) {
        if (map.claim(id).isEmpty()) {
            throw new IllegalArgumentException(format(Messages.UNKNOWN_CLAIM_IN_OVERLAY, what, id, map.title(), what));
        }
    }

    Summary summary() {
        List<ClaimRef> theses = refsOf(traversal.theses());
        int supports = (int) map.relations().stream().filter(Relation::isSupport).count();
        int rebuttals = (int) map.relations().stream().filter(Relation::isRebuttal).count();
        Counts counts = new Counts(claims.size(), supports, rebuttals, map.speakers().size(),
                map.sections().size(), theses.size(), traversal.evidence().size(), traversal.rebuttalCycles().size(),
                (int) map.relations().stream().filter(Relation::isUndercut).count(), map.arguments().size());
        TreeMap<Long, int[]> matrix = matrix();
        return new Summary(map.title(), map.source(), map.notes(), counts, SectionDigests.of(this), speakers(matrix, theses),
                exchanges(matrix), theses, ranked(RelationKind.SUPPORT), ranked(RelationKind.REBUTTAL), unanswered(),
                LongestChain.of(this), standing(theses));
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
}
