package io.github.argmap.core.hostile;

import static io.github.argmap.core.hostile.FormatCases.bytes;
import static io.github.argmap.core.hostile.FormatCases.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Relation;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The chain c0 ← c1 ← … ← c(n-1) ({@link RandomMaps#chain}), the deepest map there is, is written
 * and read back in AIF, Argdown and GraphML on the test thread's ordinary stack (surefire's -Xss1m,
 * about 10,000 frames), so any recursion along the chain in a reader or writer fails.
 *
 * <p>The suite uses 100,000 claims, ten times what the stack could hold. Run
 * {@code mvn -pl core verify -Dtest='FormatDeepChainTest#longChain_argdown*+longChain_graphml*' -Dargmap.formatChainLength=1000000}
 * for a million (about 12 s and 23 s); AIF's reader needs a 4 GB heap for a million, more than
 * surefire's 2 GB (measured in docs/reliability.md).
 */
class FormatDeepChainTest {
    private static final int N = Integer.getInteger("argmap.formatChainLength", 100_000);

    private static void chainSurvives(MapFormat format) {
        ArgumentMap chain = RandomMaps.chain(N);
        byte[] written = bytes(format, chain);
        int hash = chain.hashCode();
        // Dropped before reading so that two big maps need not fit in the heap at once.
        chain = null;
        ReadResult back = read(format, written, "chain." + format.extensions().get(0));
        assertThat(back.warnings()).isEmpty();
        ArgumentMap map = back.map();
        assertThat(map.hashCode()).as(format.name()).isEqualTo(hash);
        assertThat(map.claims()).hasSize(N);
        assertThat(map.relations()).hasSize(N - 1);
        for (int i = 1; i < N; i++) {
            Relation r = map.relations().get(i - 1);
            assertThat(r.source()).isEqualTo("c" + i);
            assertThat(r.to()).isEqualTo("c" + (i - 1));
        }
        assertThat(map.graph().getEdge(map.requireClaim("c" + (N - 1)), map.requireClaim("c" + (N - 2))))
                .isEqualTo(Relation.support("c" + (N - 1), "c" + (N - 2)));
        // Writing what was read gives the same bytes.
        assertThat(bytes(format, map)).as(format.name()).isEqualTo(written);
    }

    @Test
    void longChain_aifWritesAndReadsBackWithoutRecursion() {
        chainSurvives(FormatCases.AIF);
    }

    @Test
    void longChain_argdownWritesAndReadsBackWithoutRecursion() {
        chainSurvives(FormatCases.ARGDOWN);
    }

    @Test
    void longChain_graphmlWritesAndReadsBackWithoutRecursion() {
        chainSurvives(FormatCases.GRAPHML);
    }
}
