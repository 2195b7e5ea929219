package io.github.argmap.api.summary;

import io.github.argmap.core.RelationKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim in a section's digest, with the replies nested under it.
 *
 * <p>A section's claims form a forest: each claim sits under the first claim of the same section it
 * supports or rebuts (in the map's relation order), and claims that bear on no claim of their
 * section are the section's main points. Replies from other sections are listed too, as leaves;
 * they are expanded in their own section.
 *
 * @param claim the claim
 * @param kind how the claim bears on the point it is nested under; empty for a main point
 * @param answers claims of other sections this claim supports or rebuts, in relation order
 * @param replies the claims nested under this one, in map order
 * @param omitted how many claims below this one the digest leaves out to stay readable
 *
 * <p>{@link #equals}, {@link #hashCode} and {@link #toString} are written out with explicit stacks
 * (toString shallow): a record's own would recurse once per level, and a digest may nest
 * {@link SummaryOptions#MAX_DEPTH} levels, past what a 1 MB thread stack holds.
 */
public record Point(ClaimRef claim, Optional<RelationKind> kind, List<Target> answers, List<Point> replies, int omitted) {
    /**
     * Copies the lists and checks that no component is {@code null}.
     *
     * @param claim the claim
     * @param kind how the claim bears on the point it is nested under; empty for a main point
     * @param answers claims of other sections this claim supports or rebuts, in relation order
     * @param replies the claims nested under this one, in map order
     * @param omitted how many claims below this one the digest leaves out to stay readable
     *     <p>{@link #equals}, {@link #hashCode} and {@link #toString} are written out with explicit stacks
     *     (toString shallow): a record's own would recurse once per level, and a digest may nest
     *     {@link SummaryOptions#MAX_DEPTH} levels, past what a 1 MB thread stack holds.
     * @throws NullPointerException when a component is {@code null}
     */
    public Point {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(kind, "kind");
        answers = List.copyOf(answers);
        replies = List.copyOf(replies);
    }

    /** Equal claims, kinds, answers and omitted counts, and equal replies, to any depth. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Point)) {
            return false;
        }
        Deque<Point[]> pairs = new ArrayDeque<>();
        pairs.push(new Point[] {this, (Point) o});
        while (!pairs.isEmpty()) {
            Point[] pair = pairs.pop();
            Point a = pair[0];
            Point b = pair[1];
            if (a == b) {
                continue;
            }
            if (a.omitted != b.omitted || !a.claim.equals(b.claim) || !a.kind.equals(b.kind)
                    || !a.answers.equals(b.answers) || a.replies.size() != b.replies.size()) {
                return false;
            }
            for (int i = 0; i < a.replies.size(); i++) {
                pairs.push(new Point[] {a.replies.get(i), b.replies.get(i)});
            }
        }
        return true;
    }

    /** Combines the components as a record would, the replies' hashes in order, computed bottom-up. */
    @Override
    public int hashCode() {
        List<Point> order = new ArrayList<>();
        Deque<Point> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Point p = stack.pop();
            order.add(p);
            p.replies.forEach(stack::push);
        }
        Map<Point, Integer> hashes = new IdentityHashMap<>();
        for (int k = order.size() - 1; k >= 0; k--) {
            Point p = order.get(k);
            int repliesHash = 1;
            for (Point r : p.replies) {
                repliesHash = 31 * repliesHash + hashes.get(r);
            }
            int h = p.claim.hashCode();
            h = 31 * h + p.kind.hashCode();
            h = 31 * h + p.answers.hashCode();
            h = 31 * h + repliesHash;
            h = 31 * h + Integer.hashCode(p.omitted);
            hashes.put(p, h);
        }
        return hashes.get(this);
    }

    /** The claim, kind, answers and omitted count, and how many replies (not the replies themselves). */
    @Override
    public String toString() {
        return "Point[claim=" + claim + ", kind=" + kind + ", answers=" + answers + ", replies=" + replies.size()
                + " points, omitted=" + omitted + "]";
    }
}
