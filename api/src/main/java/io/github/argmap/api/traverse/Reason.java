package io.github.argmap.api.traverse;

import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import java.util.Objects;

/**
 * One claim in the case for or against another, with how it gets there.
 *
 * <p>The rows of a case form a tree rooted at the claim in question: a row's parent is the row of
 * {@code via.to()} one level up (of the opposite case when {@code via} is a rebuttal). Rows come
 * breadth-first, so a parent always comes before its children.
 *
 * @param claim the claim that bears on the target
 * @param depth the number of relations on the shortest such chain, at least 1
 * @param via the first relation on that chain, leaving {@code claim}; for an undercut (of a support
 *     or rebuttal of the row's parent) its {@code to()} is the undercut relation's id
 */
public record Reason(Claim claim, int depth, Relation via) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param claim the claim that bears on the target
     * @param depth the number of relations on the shortest such chain, at least 1
     * @param via the first relation on that chain, leaving {@code claim}
     * @throws NullPointerException when a component is {@code null}
     */
    public Reason {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(via, "via");
    }
}
