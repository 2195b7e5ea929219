package io.github.argmap.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.json.JsonMapReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatRegistryTest {
    @Test
    void serviceLoader_findsArgmapsFourFormats_inTheServicesFilesOrder_eachOnce() {
        assertThat(MapFormats.names()).containsExactly("json", "aif", "argdown", "graphml", "kialo", "microtexts", "sadface");
        assertThat(MapFormats.byName("GraphML")).map(MapFormat::name).contains("graphml");
        assertThat(MapFormats.forFile(Path.of("x.aif.json"))).map(MapFormat::name).contains("aif");
    }

    @Test
    void jsonRead_checksQuotesThroughEveryEntryPoint_soTheSameFileGivesTheSameProblems(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("source.txt"), "The bridge is old.", StandardCharsets.UTF_8);
        Path map = dir.resolve("map.json");
        Files.writeString(map, "{\"argmap\": 1, \"title\": \"t\", \"source\": {\"path\": \"source.txt\"},\n"
                + " \"claims\": [{\"id\": \"c\", \"text\": \"C.\", \"quote\": \"The bridge is new.\"}]}\n",
                StandardCharsets.UTF_8);
        String direct = problems(() -> JsonMapReader.read(map));
        String registry = problems(() -> MapFormats.byName("json").orElseThrow().read(map));
        String byFile = problems(() -> MapFormats.forFile(map).orElseThrow().read(map));
        assertThat(direct).contains("map.json:2:").contains("source.txt");
        assertThat(registry).isEqualTo(direct);
        assertThat(byFile).isEqualTo(direct);
    }

    private interface Read {
        Object run() throws IOException;
    }

    private static String problems(Read read) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(read::run);
        assertThat(thrown).isInstanceOf(InvalidMapException.class);
        return ((InvalidMapException) thrown).problems().toString();
    }

    @Test
    void aFormatName_isNotRegisteredTwice() {
        assertThat(MapFormats.all()).extracting(MapFormat::name).doesNotHaveDuplicates();
        assertThatThrownBy(() -> MapFormats.all().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
