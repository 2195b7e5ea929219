package io.github.argmap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.argmap.api.testing.SyntheticMaps;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import io.github.argmap.jackson.ArgmapModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What reading and writing a map through a Jackson {@code ObjectMapper} with {@code ArgmapModule}
 * costs, against argmap's own reader and writer on the same bytes in the same run: the module
 * copies the tokens into a transcript for the reader, and replays the writer's output into the
 * mapper's generator.
 */
@State(Scope.Benchmark)
public class JacksonModuleBenchmarks extends BenchmarkSettings {
    @Param({"10000", "100000"})
    public int claims;

    private ArgumentMap map;
    private byte[] json;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ArgmapModule());

    @Setup
    public void setUp() {
        map = SyntheticMaps.map(claims, 42);
        json = JsonMapWriter.toJson(map).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ArgumentMap readerRead() throws IOException {
        return JsonMapReader.read(new ByteArrayInputStream(json), "bench.json");
    }

    @Benchmark
    public ArgumentMap moduleRead() throws IOException {
        return mapper.readValue(json, ArgumentMap.class);
    }

    @Benchmark
    public int writerWrite() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 1024);
        JsonMapWriter.write(map, out);
        return out.size();
    }

    @Benchmark
    public int moduleWrite() throws IOException {
        return mapper.writeValueAsBytes(map).length;
    }
}
