package io.github.argmap.api.summary;

import io.github.argmap.core.RelationKind;
import java.util.List;
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
 */
public record Point(ClaimRef claim, Optional<RelationKind> kind, List<Target> answers, List<Point> replies, int omitted) {
    /**
     * Copies the lists and checks that no component is {@code null}.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public Point {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(kind, "kind");
        answers = List.copyOf(answers);
        replies = List.copyOf(replies);
    }
}
