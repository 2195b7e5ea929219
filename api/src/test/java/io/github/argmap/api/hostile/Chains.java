package io.github.argmap.api.hostile;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-contained chains c0 ← c1 ← … ← c(n-1): relation i (from 1) goes from c(i) to c(i-1), so
 * c(n-1) is the unattacked, unsupported end and c0 the only thesis. The deepest maps there are:
 * nothing may recurse along them.
 */
final class Chains {
    /** How long the chains of the suite are; {@code -Dargmap.apiChainLength=...} to change. */
    static final int N = Integer.getInteger("argmap.apiChainLength", 1_000_000);

    enum Shape {
        /** Every relation a rebuttal. */
        REBUTTALS,
        /** Every relation a support. */
        SUPPORTS,
        /** c1 rebuts c0, c2 supports c1, c3 rebuts c2, …: odd i rebut, even i support. */
        ALTERNATING
    }

    private Chains() {}

    static RelationKind kindOf(Shape shape, int i) {
        switch (shape) {
            case REBUTTALS: return RelationKind.REBUTTAL;
            case SUPPORTS: return RelationKind.SUPPORT;
            default: return i % 2 == 1 ? RelationKind.REBUTTAL : RelationKind.SUPPORT;
        }
    }

    static ArgumentMap chain(int n, Shape shape) {
        List<Claim> claims = new ArrayList<>(n);
        List<Relation> relations = new ArrayList<>(Math.max(0, n - 1));
        for (int i = 0; i < n; i++) {
            claims.add(Claim.of(id(i), "claim " + i));
        }
        for (int i = 1; i < n; i++) {
            relations.add(Relation.of(id(i), id(i - 1), kindOf(shape, i)));
        }
        return ArgumentMap.builder().title(shape + " chain of " + n).addClaims(claims).addRelations(relations).build();
    }

    /**
     * The first of 0 to count - 1 for which a check fails, or -1: a million AssertJ assertions in a
     * loop would dominate a test's time, so loops check plainly and assert once on this.
     */
    static int firstFailure(int count, java.util.function.IntPredicate ok) {
        for (int i = 0; i < count; i++) {
            if (!ok.test(i)) {
                return i;
            }
        }
        return -1;
    }

    static String id(int i) {
        return "c" + i;
    }
}
