package io.github.argmap.api.summary;

import io.github.argmap.core.RelationKind;
import java.util.Objects;

/**
 * A claim outside a point's section that the point supports or rebuts: where one part of the
 * debate answers another.
 *
 * @param kind support or rebuttal, from the point to the target
 * @param claim the claim answered
 */
public record Target(RelationKind kind, ClaimRef claim) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param kind support or rebuttal, from the point to the target
     * @param claim the claim answered
     * @throws NullPointerException when a component is {@code null}
     */
    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(claim, "claim");
    }
}
