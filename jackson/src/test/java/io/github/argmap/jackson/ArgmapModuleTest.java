package io.github.argmap.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgmapModuleTest {
    static final Path PANEL = Path.of("../seeds/coalitions-of-the-willing.json");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ArgmapModule());

    @Test
    void thePanelReadWithAPlainMapperIsTheMapArgmapReads() throws Exception {
        ArgumentMap viaJackson = mapper.readValue(PANEL.toFile(), ArgumentMap.class);

        assertThat(viaJackson).isEqualTo(JsonMapReader.read(PANEL));
        assertThat(viaJackson.claims()).hasSize(JsonMapReader.read(PANEL).claims().size());
    }

    @Test
    void thePanelWrittenBackIsTheSameJsonTreeAsThePanelFile() throws Exception {
        ArgumentMap panel = mapper.readValue(PANEL.toFile(), ArgumentMap.class);

        JsonNode written = mapper.readTree(mapper.writeValueAsString(panel));

        assertThat(written).isEqualTo(mapper.readTree(PANEL.toFile()));
        assertThat(written).isEqualTo(mapper.readTree(JsonMapWriter.toJson(panel)));
    }

    @Test
    void randomMapsRoundTripThroughTheModuleAndThroughArgmapsWriterAlike() throws Exception {
        for (long seed = 0; seed < 300; seed++) {
            ArgumentMap map = RandomMaps.map(seed);
            String byWriter = JsonMapWriter.toJson(map);
            String byModule = mapper.writeValueAsString(map);

            assertThat(mapper.readTree(byModule)).as("seed %d", seed).isEqualTo(mapper.readTree(byWriter));
            assertThat(mapper.readValue(byModule, ArgumentMap.class)).as("seed %d", seed).isEqualTo(map);
            assertThat(mapper.readValue(byWriter, ArgumentMap.class)).as("seed %d", seed).isEqualTo(map);
            assertThat(JsonMapReader.read(byModule, "module")).as("seed %d", seed).isEqualTo(map);
        }
    }

    @Test
    void anIndentingMapperWritesTheSameTree() throws Exception {
        ArgumentMap map = RandomMaps.map(7);
        String indented = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(map);

        assertThat(indented).contains("\n");
        assertThat(mapper.readTree(indented)).isEqualTo(mapper.readTree(JsonMapWriter.toJson(map)));
    }

    @Test
    void findAndRegisterModulesFindsTheModuleThroughMetaInfServices() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();

        assertThat(found.getRegisteredModuleIds()).contains("argmap");
        assertThat(found.readValue(PANEL.toFile(), ArgumentMap.class)).isEqualTo(JsonMapReader.read(PANEL));
    }

    @Test
    void theModuleReportsThisBuildsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceAll("(?s).*?<parent>.*?<version>([^<]+)</version>.*", "$1");

        assertThat(new ArgmapModule().version().toString()).isEqualTo(version);
        assertThat(new ArgmapModule().version().getArtifactId()).isEqualTo("argmap-jackson");
    }

    /** A Spring-style value: a record whose field is a map, as a controller would take and return it. */
    record Debate(String id, ArgumentMap map) {}

    @Test
    void aRecordWithAMapFieldRoundTrips() throws Exception {
        Debate debate = new Debate("panel", JsonMapReader.read(PANEL));

        String json = mapper.writeValueAsString(debate);
        JsonNode tree = mapper.readTree(json);

        assertThat(tree.get("id").asText()).isEqualTo("panel");
        assertThat(tree.get("map")).isEqualTo(mapper.readTree(PANEL.toFile()));
        assertThat(mapper.readValue(json, Debate.class)).isEqualTo(debate);
    }

    @Test
    void aMissingOrNullMapFieldIsANullReference() throws Exception {
        assertThat(mapper.readValue("{\"id\": \"x\"}", Debate.class)).isEqualTo(new Debate("x", null));
        assertThat(mapper.readValue("{\"id\": \"x\", \"map\": null}", Debate.class)).isEqualTo(new Debate("x", null));
    }

    @Test
    void aListOfMapsRoundTrips() throws Exception {
        List<ArgumentMap> maps = List.of(RandomMaps.map(1), RandomMaps.map(2), RandomMaps.map(3));

        String json = mapper.writeValueAsString(maps);

        assertThat(mapper.readValue(json, new TypeReference<List<ArgumentMap>>() {})).isEqualTo(maps);
    }

    @Test
    void aTreeAndABufferConvertBothWays() throws Exception {
        ArgumentMap map = RandomMaps.map(11);

        JsonNode tree = mapper.valueToTree(map);

        assertThat(tree).isEqualTo(mapper.readTree(JsonMapWriter.toJson(map)));
        assertThat(mapper.treeToValue(tree, ArgumentMap.class)).isEqualTo(map);
        assertThat(mapper.convertValue(mapper.convertValue(map, Map.class), ArgumentMap.class)).isEqualTo(map);
    }

    @Test
    void aProblemInsideARecordIsAtItsLineAndColumnInTheWholeDocumentAndNamesThePath() {
        String json = "{\"id\": \"x\",\n \"map\": {\"argmap\": 1, \"title\": \"t\", \"speakers\": [], \"sections\": [],\n"
                + "   \"claims\": [{\"id\": \"a\", \"text\": \"A\", \"speaker\": \"nobody\"}], \"relations\": []}}";

        assertThatThrownBy(() -> mapper.readValue(json, Debate.class))
                .isInstanceOfSatisfying(ArgmapMappingException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    Problem p = e.problems().get(0);
                    assertThat(p.message()).isEqualTo("claim 'a' names speaker 'nobody', which the map does not define; "
                            + "add it to \"speakers\" or fix the claim");
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(json.split("\n")[2].indexOf("\"nobody\"") + 1);
                    assertThat(e.getLocation().getLineNr()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("3:" + p.column() + ": claim 'a' names speaker 'nobody'")
                            .contains("Debate[\"map\"]");
                });
    }

    @Test
    void aProblemInATreeHasItsPointerForWantOfAPosition() throws Exception {
        ObjectNode tree = (ObjectNode) mapper.valueToTree(RandomMaps.map(3));
        ((ObjectNode) tree.get("claims").get(0)).put("weight", 2.5);

        assertThatThrownBy(() -> mapper.treeToValue(tree, ArgumentMap.class))
                .isInstanceOfSatisfying(ArgmapMappingException.class, e -> {
                    Problem p = e.problems().get(0);
                    assertThat(p.hasPosition()).isFalse();
                    assertThat(p.pointer()).isEqualTo("/claims/0/weight");
                    assertThat(p.message()).contains("weight 2.5");
                });
    }

    @Test
    void contentAfterARootMapIsRefusedAsArgmapRefusesIt() throws Exception {
        String panel = Files.readString(PANEL);
        for (String tail : List.of(" {}", "\n[1]", " x", " \"more\"")) {
            String json = panel + tail;
            List<Problem> expected = problemsOfArgmap(json.getBytes(StandardCharsets.UTF_8));
            assertThat(problemsOfModule(json.getBytes(StandardCharsets.UTF_8))).as(tail).isEqualTo(expected);
        }
    }

    @Test
    void aRootNullIsRefusedAsArgmapRefusesIt() throws Exception {
        byte[] json = "null".getBytes(StandardCharsets.UTF_8);

        assertThat(problemsOfModule(json)).isEqualTo(problemsOfArgmap(json)).isNotEmpty();
    }

    @Test
    void anEmptyDocumentIsRefusedByJacksonWithAMappingException() {
        assertThatThrownBy(() -> mapper.readValue("  ", ArgumentMap.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void aFileNamedByTheParserNamesItsProblems() throws Exception {
        File broken = Files.writeString(Files.createTempFile("broken", ".json"), "{\"argmap\": 1, \"title\": 5}").toFile();
        ObjectMapper naming = new ObjectMapper().registerModule(new ArgmapModule());
        naming.getFactory().enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());
        try {
            assertThatThrownBy(() -> naming.readValue(broken, ArgumentMap.class))
                    .isInstanceOfSatisfying(ArgmapMappingException.class, e ->
                            assertThat(e.problems().get(0).toString()).startsWith(broken.getPath() + ":1:"));
        } finally {
            Files.delete(broken.toPath());
        }
    }

    @Test
    void aMapWithATextArgmapCouldNotReadBackIsNotWritten() {
        ArgumentMap huge = ArgumentMap.builder().title("t").addClaim(Claim.of("a", "x".repeat(4_000_001))).build();

        assertThatThrownBy(() -> mapper.writeValueAsString(huge)).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("4000001");
    }

    /** argmap's own reader on the bytes, as the module reads them (no quote check, no file name). */
    static List<Problem> problemsOfArgmap(byte[] json) throws Exception {
        try {
            JsonMapReader.read(new ByteArrayInputStream(json), "");
            return List.of();
        } catch (InvalidMapException e) {
            return e.problems();
        }
    }

    List<Problem> problemsOfModule(byte[] json) throws Exception {
        try {
            mapper.readValue(json, ArgumentMap.class);
            return List.of();
        } catch (ArgmapMappingException e) {
            return e.problems();
        }
    }
}
