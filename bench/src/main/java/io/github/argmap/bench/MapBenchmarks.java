package io.github.argmap.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.summary.MarkdownSummary;
import io.github.argmap.api.summary.Summary;
import io.github.argmap.api.testing.SyntheticMaps;
import io.github.argmap.api.traverse.Reason;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.dot.DotOptions;
import io.github.argmap.core.dot.DotWriter;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading, writing, building, drawing, summarising and walking synthetic maps of growing size.
 *
 * <p>{@code jacksonParse} is the physical limit for {@code jsonRead}: Jackson's own token loop over
 * the same bytes, building nothing. {@code build} is validation and construction, which are one pass.
 * The semantics run on the map as users call them: the bipolar reading, statuses for every claim.
 * {@code bench/run.sh} runs this class once more at 10^6 claims in single-shot mode.
 */
@State(Scope.Benchmark)
public class MapBenchmarks extends BenchmarkSettings {
    @Param({"100", "1000", "10000", "100000"})
    public int claims;

    private ArgumentMap map;
    private ArgumentMap.Builder builder;
    private byte[] json;
    private Traversal traversal;
    private static final JsonFactory JACKSON = new JsonFactory();

    @Setup
    public void setUp() {
        map = SyntheticMaps.map(claims, 42);
        builder = map.toBuilder();
        json = JsonMapWriter.toJson(map).getBytes(StandardCharsets.UTF_8);
        traversal = Traversal.of(map);
    }

    @Benchmark
    public ArgumentMap jsonRead() throws IOException {
        return JsonMapReader.read(new ByteArrayInputStream(json), "bench.json");
    }

    @Benchmark
    public long jacksonParse() throws IOException {
        long tokens = 0;
        try (JsonParser p = JACKSON.createParser(json)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    @Benchmark
    public int jsonWrite() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 1024);
        JsonMapWriter.write(map, out);
        return out.size();
    }

    @Benchmark
    public ArgumentMap build() {
        return builder.build();
    }

    @Benchmark
    public String dot() {
        return DotWriter.toDot(map, DotOptions.defaults());
    }

    @Benchmark
    public String markdownSummary() {
        return MarkdownSummary.render(Summary.of(map));
    }

    @Benchmark
    public List<Reason> caseForRoot() {
        return traversal.caseFor("c0");
    }

    @Benchmark
    public ArgumentMap neighbourhood() {
        return traversal.neighbourhood("c0", 2);
    }

    @Benchmark
    public ArgumentMap subMapByTag() {
        return traversal.byTag("t3");
    }

    @Benchmark
    public Acceptance grounded() {
        return Acceptance.of(map, Semantics.GROUNDED);
    }

    @Benchmark
    public Acceptance preferred() {
        return Acceptance.of(map, Semantics.PREFERRED);
    }

    @Benchmark
    public Acceptance stable() {
        return Acceptance.of(map, Semantics.STABLE);
    }

    @Benchmark
    public Strengths hCategorizer() {
        return Strength.hCategorizer(map, SupportReading.BIPOLAR);
    }

    @Benchmark
    public Strengths dfQuad() {
        return Strength.dfQuad(map);
    }
}
