package io.github.argmap.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.MapFramework;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.summary.JsonSummary;
import io.github.argmap.api.summary.MarkdownSummary;
import io.github.argmap.api.summary.Summary;
import io.github.argmap.api.summary.SummaryOptions;
import io.github.argmap.api.testing.SyntheticMaps;
import io.github.argmap.api.traverse.Direction;
import io.github.argmap.api.traverse.Order;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One map, one traversal and one framework shared by 8 threads running 200 tasks each — walks,
 * cases, cycles, summaries in both renderings, Dung and gradual semantics all at once — agree
 * with the answers the same tasks give on one thread.
 */
@Timeout(120)
@Tag("scale")
class SharedMapConcurrencyTest {
    private static final long SEED = 20_261_125L;
    private static final int THREADS = 8;
    private static final int TASKS_PER_THREAD = 200;

    /** A synthetic debate of 400 claims with 16 pairs of mutual rebuttals and 6 support circles added. */
    private static ArgumentMap tangledDebate() {
        ArgumentMap base = SyntheticMaps.map(400, SEED);
        ArgumentMap.Builder b = base.toBuilder();
        Set<String> pairs = new HashSet<>();
        for (Relation r : base.relations()) {
            pairs.add(r.source() + ">" + r.to());
        }
        Random random = new Random(SEED);
        int n = base.claims().size();
        int added = 0;
        while (added < 22) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            String a = "c" + Math.min(i, j);
            String c = "c" + Math.max(i, j);
            if (i == j || pairs.contains(a + ">" + c) || pairs.contains(c + ">" + a)) {
                continue;
            }
            pairs.add(a + ">" + c);
            pairs.add(c + ">" + a);
            if (added < 16) {
                b.addRelation(Relation.rebuttal(a, c)).addRelation(Relation.rebuttal(c, a));
            } else {
                b.addRelation(Relation.support(a, c)).addRelation(Relation.support(c, a));
            }
            added++;
        }
        return b.build();
    }

    @Test
    void sharedMap_manyThreadsRunningEveryQuestionAgreeWithOneThread() throws Exception {
        ArgumentMap map = tangledDebate();
        Traversal shared = Traversal.of(map);
        ArgumentationFramework af = MapFramework.of(map, SupportReading.ATTACK_ONLY).framework();
        int n = map.claims().size();
        List<Function<String, String>> questions = List.of(
                id -> shared.caseFor(id).stream().map(r -> r.claim().id() + "@" + r.depth()).toList().toString(),
                id -> shared.caseAgainst(id).stream().map(r -> r.claim().id() + "@" + r.depth()).toList().toString(),
                id -> shared.rebuttalCycles().toString(),
                id -> MarkdownSummary.render(Summary.of(map)),
                id -> JsonSummary.render(Summary.of(map, SummaryOptions.defaults()
                        .withAcceptance(Acceptance.of(map, Semantics.GROUNDED)).withStrengths(Strength.dfQuad(map)))),
                id -> Acceptance.of(map, Semantics.PREFERRED, SupportReading.ATTACK_ONLY).statuses().toString(),
                id -> Strength.hCategorizer(map, SupportReading.BIPOLAR).values().toString(),
                id -> shared.walk(id, Order.DEPTH_FIRST, Direction.BOTH).map(Claim::id).toList().toString(),
                id -> Traversal.of(map).neighbourhood(id, 2).claims().stream().map(Claim::id).toList().toString(),
                // Not extensions(): 16 independent mutual rebuttals can give 2^16 stable extensions.
                id -> Semantics.STABLE.someExtension(af).toString() + Semantics.PREFERRED.credulouslyAccepts(af, id)
                        + Semantics.STABLE.scepticallyAccepts(af, id));
        int tasks = THREADS * TASKS_PER_THREAD;
        Map<Integer, String> expected = new HashMap<>();
        String[] ids = new String[tasks];
        for (int k = 0; k < tasks; k++) {
            ids[k] = "c" + (int) ((k * 7919L) % n);
        }
        // One thread first; tasks that do not depend on the claim are asked once.
        for (int k = 0; k < tasks; k++) {
            int q = k % questions.size();
            boolean perClaim = q <= 1 || q >= 7;
            int key = perClaim ? k : -1 - q;
            if (!expected.containsKey(key)) {
                expected.put(key, questions.get(q).apply(ids[k]));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> answers = new ArrayList<>(tasks);
            for (int k = 0; k < tasks; k++) {
                int task = k;
                answers.add(pool.submit(() -> questions.get(task % questions.size()).apply(ids[task])));
            }
            for (int k = 0; k < tasks; k++) {
                int q = k % questions.size();
                boolean perClaim = q <= 1 || q >= 7;
                assertThat(answers.get(k).get(60, TimeUnit.SECONDS))
                        .as("task %d (question %d on %s), seed %d", k, q, ids[k], SEED)
                        .isEqualTo(expected.get(perClaim ? k : -1 - q));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
