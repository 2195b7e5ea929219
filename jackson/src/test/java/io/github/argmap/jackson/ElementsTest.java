package io.github.argmap.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims, relations, speakers and sections serialise on their own as they are inside a map file. */
class ElementsTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ArgmapModule());

    @Test
    void eachElementOfThePanelAndOfRandomMapsIsItsObjectInTheMapFile() throws Exception {
        List<ArgumentMap> maps = new java.util.ArrayList<>(List.of(JsonMapReader.read(ArgmapModuleTest.PANEL)));
        for (long seed = 0; seed < 50; seed++) {
            maps.add(RandomMaps.map(seed));
        }
        for (ArgumentMap map : maps) {
            JsonNode file = mapper.readTree(JsonMapWriter.toJson(map));
            for (int i = 0; i < map.claims().size(); i++) {
                assertThat(mapper.valueToTree(map.claims().get(i)).equals(file.get("claims").get(i))).isTrue();
                assertThat(mapper.readTree(mapper.writeValueAsString(map.claims().get(i)))).isEqualTo(file.get("claims").get(i));
            }
            for (int i = 0; i < map.relations().size(); i++) {
                assertThat(mapper.readTree(mapper.writeValueAsString(map.relations().get(i)))).isEqualTo(file.get("relations").get(i));
            }
            for (int i = 0; i < map.speakers().size(); i++) {
                assertThat(mapper.readTree(mapper.writeValueAsString(map.speakers().get(i)))).isEqualTo(file.get("speakers").get(i));
            }
            for (int i = 0; i < map.sections().size(); i++) {
                assertThat(mapper.readTree(mapper.writeValueAsString(map.sections().get(i)))).isEqualTo(file.get("sections").get(i));
            }
        }
    }

    @Test
    void aClaimIsWrittenWithItsOwnFieldsOnly() throws Exception {
        Claim claim = Claim.of("walk", "We should walk.").withSpeaker("ann").withTags(List.of("travel")).withWeight(0.5);

        assertThat(mapper.writeValueAsString(claim))
                .isEqualTo("{\"id\":\"walk\",\"text\":\"We should walk.\",\"speaker\":\"ann\",\"tags\":[\"travel\"],\"weight\":0.5}");
        assertThat(mapper.writeValueAsString(Relation.rebuttal("late", "walk").withNote("n")))
                .isEqualTo("{\"from\":\"late\",\"to\":\"walk\",\"kind\":\"rebuttal\",\"note\":\"n\"}");
        assertThat(mapper.writeValueAsString(Speaker.of("ann", "Ann", "chair")))
                .isEqualTo("{\"id\":\"ann\",\"name\":\"Ann\",\"role\":\"chair\"}");
        assertThat(mapper.writeValueAsString(new Section("intro", "Introduction")))
                .isEqualTo("{\"id\":\"intro\",\"title\":\"Introduction\"}");
    }

    @Test
    void aListOfClaimsIsAnArrayOfTheirObjects() throws Exception {
        ArgumentMap panel = JsonMapReader.read(ArgmapModuleTest.PANEL);

        JsonNode claims = mapper.valueToTree(panel.claims());

        assertThat(claims).isEqualTo(mapper.readTree(JsonMapWriter.toJson(panel)).get("claims"));
    }

    @Test
    void readingAnElementAloneIsRefusedWithWhatToDoInstead() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\": \"a\", \"text\": \"A\"}", Claim.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("argmap reads a claim only as part of a map")
                .hasMessageContaining("read an ArgumentMap");
        assertThatThrownBy(() -> mapper.readValue("{\"id\": \"s\", \"name\": \"S\", \"role\": \"r\"}", Speaker.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("speaker");
    }
}
