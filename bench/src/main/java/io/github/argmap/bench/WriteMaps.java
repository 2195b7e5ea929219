package io.github.argmap.bench;

import io.github.argmap.api.testing.SyntheticMaps;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.format.MapFormats;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the synthetic maps the whole-process comparison reads: {@code map-N.json} for argmap and
 * {@code map-N.argdown} (argmap's own Argdown writer) for Argdown.
 *
 * <p>{@code java -cp … io.github.argmap.bench.WriteMaps DIR 1000 10000 100000}
 */
public final class WriteMaps {
    private WriteMaps() {}

    /**
     * Writes the maps.
     *
     * @param args the directory, then sizes
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (int i = 1; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            ArgumentMap map = SyntheticMaps.map(n, 42);
            JsonMapWriter.write(map, dir.resolve("map-" + n + ".json"));
            MapFormats.byName("argdown").orElseThrow().write(map, dir.resolve("map-" + n + ".argdown"));
        }
    }
}
