package io.github.argmap.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapFormatsTest {
    @Test
    void names_listEveryFormatInFixedOrder() {
        assertThat(MapFormats.names()).containsExactly("json", "aif", "argdown", "graphml", "kialo", "microtexts", "sadface");
        assertThat(MapFormats.all()).allSatisfy(f -> {
            assertThat(f.canRead()).isTrue();
            // The corpus formats are read-only: argmap does not write Kialo exports or Microtexts graphs.
            assertThat(f.canWrite()).isEqualTo(!List.of("kialo", "microtexts").contains(f.name()));
        });
    }

    @Test
    void byName_ignoresCaseAndRejectsUnknownNames() {
        assertThat(MapFormats.byName("AIF")).map(MapFormat::name).contains("aif");
        assertThat(MapFormats.byName("graphml")).map(MapFormat::name).contains("graphml");
        assertThat(MapFormats.byName("dot")).isEmpty();
    }

    @Test
    void forFile_prefersTheLongestMatchingExtension() {
        assertThat(MapFormats.forFile(Path.of("x/panel.aif.json"))).map(MapFormat::name).contains("aif");
        assertThat(MapFormats.forFile(Path.of("panel.JSON"))).map(MapFormat::name).contains("json");
        assertThat(MapFormats.forFile(Path.of("panel.ad"))).map(MapFormat::name).contains("argdown");
        assertThat(MapFormats.forFile(Path.of("panel.graphml"))).map(MapFormat::name).contains("graphml");
        assertThat(MapFormats.forFile(Path.of("panel.txt"))).isEmpty();
        assertThat(MapFormats.forFile(Path.of("/"))).isEmpty();
    }

    @Test
    void json_roundTripsTheRichMapWithoutWarnings() throws Exception {
        MapFormat json = MapFormats.byName("json").orElseThrow();
        ArgumentMap map = TestMaps.rich();
        String text = json.toText(map);
        ReadResult back = json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "rich.json");
        assertThat(back.map()).isEqualTo(map);
        assertThat(back.warnings()).isEmpty();
    }

    /** Nothing walks the map recursively: a long chain reads and writes in every format. */
    @Test
    void everyFormat_roundTripsALongChainWithoutDeepRecursion() throws Exception {
        ArgumentMap.Builder b = ArgumentMap.builder().title("chain");
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            b.addClaim(io.github.argmap.core.Claim.of("c" + i, "Claim " + i));
            if (i > 0) {
                b.addRelation(io.github.argmap.core.Relation.support("c" + i, "c" + (i - 1)));
            }
        }
        ArgumentMap chain = b.build();
        for (MapFormat format : MapFormats.all().stream().filter(MapFormat::canWrite).toList()) {
            byte[] bytes = format.toText(chain).getBytes(StandardCharsets.UTF_8);
            assertThat(format.read(new ByteArrayInputStream(bytes), "chain").map()).as(format.name()).isEqualTo(chain);
        }
    }

    @Test
    void writePath_writesTheSameBytesAsTheStreamAndReadsBack(@TempDir Path dir) throws Exception {
        for (MapFormat format : MapFormats.all().stream().filter(MapFormat::canWrite).toList()) {
            Path file = dir.resolve("rich." + format.extensions().get(0));
            format.write(TestMaps.rich(), file);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(format.toText(TestMaps.rich()));
            ReadResult back = format.read(file);
            assertThat(back.map().claims()).containsExactlyInAnyOrderElementsOf(TestMaps.rich().claims());
            try (var files = Files.list(dir)) {
                assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
            }
        }
    }
}
