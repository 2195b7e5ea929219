package io.github.argmap.api.traverse;

import io.github.argmap.core.Claim;

/**
 * Receives the claims of a walk one at a time and may stop it.
 *
 * <p>{@code traversal.visit("thesis", Order.DEPTH_FIRST, Direction.INCOMING, kinds, c -> !c.id().equals("stop"))}
 */
@FunctionalInterface
public interface ClaimVisitor {
    /**
     * Visits one claim.
     *
     * @param claim the claim reached
     * @return {@code true} to go on walking, {@code false} to stop here
     */
    boolean visit(Claim claim);
}
