package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.json.JsonMapWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/** A built map cannot be changed through anything it hands out, and many threads may read it at once. */
class ModelSharingTest {
    private static final int THREADS = 8;
    private static final int TASKS = 8 * 200;
    private static final int LOOKUPS = 40;

    /** The answers one thread gets, worked out from the relation list without the graph. */
    private record Answers(Map<String, Set<Relation>> incoming, Map<String, Set<Relation>> outgoing, String json) {
        static Answers of(ArgumentMap map) {
            Map<String, Set<Relation>> in = new HashMap<>();
            Map<String, Set<Relation>> out = new HashMap<>();
            for (Claim c : map.claims()) {
                in.put(c.id(), new java.util.HashSet<>());
                out.put(c.id(), new java.util.HashSet<>());
            }
            for (Relation r : map.relations()) {
                // The graph holds the relations with one premise between claims; linked ones are not edges.
                if (!r.isLinked()) {
                    in.get(r.to()).add(r);
                    out.get(r.source()).add(r);
                }
            }
            return new Answers(in, out, JsonMapWriter.toJson(map));
        }
    }

    @Test
    void sharedMap_manyThreadsReadingAgreeWithOneThread() throws Exception {
        ArgumentMap map = new RandomMaps(5_000).map(5_000);
        Answers expected = Answers.of(map);
        List<Claim> claims = map.claims();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < TASKS; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    Graph<Claim, Relation> g = map.graph();
                    int checked = 0;
                    for (int i = 0; i < LOOKUPS; i++) {
                        Claim c = claims.get(r.nextInt(claims.size()));
                        assertThat(map.claim(c.id())).containsSame(c);
                        assertThat(g.incomingEdgesOf(c)).isEqualTo(expected.incoming().get(c.id()));
                        assertThat(g.outgoingEdgesOf(c)).isEqualTo(expected.outgoing().get(c.id()));
                        for (Relation rel : g.incomingEdgesOf(c)) {
                            assertThat(g.getEdgeSource(rel).id()).isEqualTo(rel.source());
                            assertThat(g.getEdge(g.getEdgeSource(rel), c)).isSameAs(rel);
                        }
                        c.speaker().ifPresent(s -> assertThat(map.speakerOf(c).orElseThrow().id()).isEqualTo(s));
                        c.section().ifPresent(s -> assertThat(map.sectionOf(c).orElseThrow().id()).isEqualTo(s));
                        checked++;
                    }
                    if (seed % 100 == 0) {
                        assertThat(JsonMapWriter.toJson(map)).isEqualTo(expected.json());
                    }
                    if (seed % 100 == 7) {
                        assertThat(map.toBuilder().build()).isEqualTo(map);
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(TASKS * LOOKUPS);
        } finally {
            pool.shutdownNow();
        }
        // Reading changed nothing.
        assertThat(JsonMapWriter.toJson(map)).isEqualTo(expected.json());
    }

    private static ArgumentMap small() {
        return ArgumentMap.builder().title("t").addNote("n")
                .addSpeaker(Speaker.of("ann", "Ann", "chair"))
                .addSection(new Section("s", "Opening"))
                .addClaim(Claim.of("a", "A").withTags(List.of("x")))
                .addClaim(Claim.of("b", "B"))
                .addRelation(Relation.support("b", "a"))
                .build();
    }

    @Test
    void everyCollectionHandedOutIsUnmodifiable() {
        ArgumentMap map = small();
        Claim a = map.requireClaim("a");
        Claim b = map.requireClaim("b");
        Relation r = map.relations().get(0);
        List<Runnable> attempts = List.of(
                () -> map.claims().add(Claim.of("c", "C")),
                () -> map.claims().remove(0),
                () -> map.relations().clear(),
                () -> map.notes().add("more"),
                () -> map.speakers().clear(),
                () -> map.sections().clear(),
                () -> a.tags().add("y"),
                () -> map.graph().addVertex(Claim.of("c", "C")),
                () -> map.graph().removeVertex(a),
                () -> map.graph().removeEdge(r),
                () -> map.graph().addEdge(a, b, Relation.rebuttal("a", "b")),
                () -> map.graph().vertexSet().clear(),
                () -> map.graph().edgeSet().remove(r),
                () -> map.graph().incomingEdgesOf(a).clear(),
                () -> map.graph().outgoingEdgesOf(b).clear(),
                () -> map.graph().edgesOf(a).clear());
        for (int i = 0; i < attempts.size(); i++) {
            assertThat(catchThrowable(attempts.get(i)::run)).as("attempt %d", i).isInstanceOf(UnsupportedOperationException.class);
        }
        // JGraphT hands out a fresh set here; emptying it must not reach the graph.
        map.graph().getAllEdges(b, a).clear();
        assertThat(map.graph().getAllEdges(b, a)).containsExactly(r);
        assertThat(map).isEqualTo(small());
    }

    @Test
    void changingWhatWentInChangesNothingBuilt() {
        List<String> tags = new ArrayList<>(List.of("x"));
        Claim a = Claim.of("a", "A").withTags(tags);
        tags.add("y");
        assertThat(a.tags()).containsExactly("x");

        ArgumentMap.Builder builder = small().toBuilder();
        ArgumentMap before = builder.build();
        builder.addClaim(Claim.of("c", "C")).addRelation(Relation.rebuttal("c", "a")).addNote("later").title("u");
        assertThat(before).isEqualTo(small());
        assertThat(before.graph().vertexSet()).hasSize(2);
        assertThat(builder.build().graph().vertexSet()).hasSize(3);
    }
}
