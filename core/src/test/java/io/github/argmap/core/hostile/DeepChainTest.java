package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A chain c0 ← c1 ← … ← c(n-1), each claim supporting the one before, is the deepest map there is:
 * nothing that builds, writes or reads a map may recurse along it. Runs on the test thread's
 * ordinary stack (surefire's -Xss1m, about 10,000 frames), so any recursion along the chain fails.
 *
 * <p>The suite uses 200,000 claims, twenty times what the stack could hold; this machine needs about
 * a minute for a million. Run {@code mvn -pl core verify -Dtest=DeepChainTest -Dargmap.chainLength=1000000}
 * for the full size (measured in docs/reliability.md).
 */
class DeepChainTest {
    private static final int N = Integer.getInteger("argmap.chainLength", 200_000);

    @Test
    void longChain_buildsWritesAndReadsBackWithoutRecursion() throws IOException {
        ArgumentMap chain = RandomMaps.chain(N);
        assertThat(chain.graph().vertexSet()).hasSize(N);
        assertThat(chain.graph().edgeSet()).hasSize(N - 1);
        Claim last = chain.requireClaim("c" + (N - 1));
        assertThat(chain.graph().incomingEdgesOf(last)).isEmpty();
        assertThat(chain.graph().outgoingEdgesOf(last)).containsExactly(Relation.support("c" + (N - 1), "c" + (N - 2)));
        assertThat(chain.toBuilder().build().claims()).hasSize(N);

        ByteArrayOutputStream out = new ByteArrayOutputStream(N * 160);
        JsonMapWriter.write(chain, out);
        byte[] json = out.toByteArray();
        out = null;
        int hash = chain.hashCode();
        // Dropped before reading so that two million-claim maps need not fit in the heap at once.
        chain = null;
        assertThat(new String(json, 0, 60, StandardCharsets.UTF_8))
                .startsWith("{\n  \"argmap\": 1,\n  \"title\": \"chain of " + N + "\",\n");

        ArgumentMap back = JsonMapReader.read(new ByteArrayInputStream(json), "chain.json");
        assertThat(back.hashCode()).isEqualTo(hash);
        for (int i = 0; i < N; i++) {
            assertThat(back.claims().get(i).id()).isEqualTo("c" + i);
        }
        for (int i = 1; i < N; i++) {
            Relation r = back.relations().get(i - 1);
            assertThat(r.source()).isEqualTo("c" + i);
            assertThat(r.to()).isEqualTo("c" + (i - 1));
        }
        assertThat(back.graph().getEdge(back.requireClaim("c1"), back.requireClaim("c0"))).isEqualTo(Relation.support("c1", "c0"));
        // Writing what was read gives the same bytes.
        assertThat(JsonMapWriter.toJson(back).getBytes(StandardCharsets.UTF_8)).isEqualTo(json);
    }
}
