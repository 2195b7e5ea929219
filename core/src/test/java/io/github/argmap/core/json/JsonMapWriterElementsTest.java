package io.github.argmap.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** An element written alone is, character for character, the element inside the map's file. */
class JsonMapWriterElementsTest {

    @Test
    void eachElementAloneIsItsObjectInTheCompactMapFile() {
        ArgumentMap map = JsonMapWriterTest.rich();
        // The map's file with its layout removed: whitespace outside strings only.
        String compact = compact(JsonMapWriter.toJson(map));

        assertThat(elements(map.claims(), JsonMapWriter::toJson)).allSatisfy(json -> assertThat(compact).contains(json));
        assertThat(elements(map.relations(), JsonMapWriter::toJson)).allSatisfy(json -> assertThat(compact).contains(json));
        assertThat(elements(map.speakers(), JsonMapWriter::toJson)).allSatisfy(json -> assertThat(compact).contains(json));
        assertThat(elements(map.sections(), JsonMapWriter::toJson)).allSatisfy(json -> assertThat(compact).contains(json));
        assertThat(compact).contains("\"claims\":[" + String.join(",", elements(map.claims(), JsonMapWriter::toJson)) + "]");
        assertThat(compact).contains("\"relations\":[" + String.join(",", elements(map.relations(), JsonMapWriter::toJson)) + "]");
    }

    @Test
    void anElementIsOneLineWithItsFieldsInTheFilesOrder() {
        assertThat(JsonMapWriter.toJson(Claim.of("walk", "We should walk.").withTags(List.of("b", "a")).withWeight(0.5)))
                .isEqualTo("{\"id\":\"walk\",\"text\":\"We should walk.\",\"tags\":[\"a\",\"b\"],\"weight\":0.5}");
        assertThat(JsonMapWriter.toJson(Relation.support("a", "b"))).isEqualTo("{\"from\":\"a\",\"to\":\"b\",\"kind\":\"support\"}");
        assertThat(JsonMapWriter.toJson(Speaker.of("s", "Sam", "chair"))).isEqualTo("{\"id\":\"s\",\"name\":\"Sam\",\"role\":\"chair\"}");
        assertThat(JsonMapWriter.toJson(new Section("q1", "Question one"))).isEqualTo("{\"id\":\"q1\",\"title\":\"Question one\"}");
    }

    private static <T> List<String> elements(List<T> items, Function<T, String> json) {
        List<String> out = new ArrayList<>();
        for (T item : items) {
            out.add(json.apply(item));
        }
        return out;
    }

    /** Drops whitespace between tokens, keeping strings as they are. */
    private static String compact(String json) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
