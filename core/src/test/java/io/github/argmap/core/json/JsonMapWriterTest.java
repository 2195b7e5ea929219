package io.github.argmap.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonMapWriterTest {

    static ArgumentMap rich() {
        return ArgumentMap.builder()
                .title("Türkiye & the \"EU\" — €6.5bn, £8bn 🙂")
                .source(new Source(Optional.of("talk.txt"), Optional.of("A talk"), Optional.of("2026-05-16")))
                .addNote("The source says \"online\" and \"in-person\".")
                .addSpeaker(new Speaker("gursoy", "Yaprak Gürsoy", "chair", Optional.of("LSE")))
                .addSpeaker(Speaker.of("audience", "Audience", "audience"))
                .addSection(new Section("intro", "Introduction"))
                .addClaim(Claim.of("c1", "Line one\nline two\ttab \\ backslash").withSpeaker("gursoy").withSection("intro")
                        .withQuote("a \"quote\"").withTags(List.of("turkiye", "eu")).withNote("checked").withWeight(0.25))
                .addClaim(Claim.of("c2", "Plain."))
                .addRelation(Relation.rebuttal("c2", "c1").withNote("why").withScheme("g1").withId("c2-rebuts-c1"))
                .build();
    }

    @Test
    void write_producesTheDocumentedShapeExactly() {
        ArgumentMap map = ArgumentMap.builder().title("T")
                .addClaim(Claim.of("a", "A.").withTags(List.of("y", "x")))
                .addClaim(Claim.of("b", "B."))
                .addRelation(Relation.support("b", "a"))
                .build();
        assertThat(JsonMapWriter.toJson(map)).isEqualTo(String.join("\n",
                "{",
                "  \"argmap\": 1,",
                "  \"title\": \"T\",",
                "  \"speakers\": [],",
                "  \"sections\": [],",
                "  \"claims\": [",
                "    {",
                "      \"id\": \"a\",",
                "      \"text\": \"A.\",",
                "      \"tags\": [\"x\", \"y\"]",
                "    },",
                "    {",
                "      \"id\": \"b\",",
                "      \"text\": \"B.\"",
                "    }",
                "  ],",
                "  \"relations\": [",
                "    {",
                "      \"from\": \"b\",",
                "      \"to\": \"a\",",
                "      \"kind\": \"support\"",
                "    }",
                "  ]",
                "}",
                ""));
    }

    @Test
    void write_thenRead_isLossless() {
        ArgumentMap map = rich();
        String json = JsonMapWriter.toJson(map);
        ArgumentMap back = JsonMapReader.read(json, "rich.json");
        assertThat(back).isEqualTo(map);
        assertThat(JsonMapWriter.toJson(back)).isEqualTo(json);
    }

    @Test
    void write_keepsUnicodeAsCharactersAndEscapesControls() {
        String json = JsonMapWriter.toJson(rich());
        assertThat(json).contains("Türkiye", "Gürsoy", "€6.5bn", "£8bn", "🙂")
                .contains("Line one\\nline two\\ttab \\\\ backslash")
                .doesNotContain("\\u00fc")
                .doesNotContain("\r");
    }

    @Test
    void write_isDeterministic() {
        assertThat(JsonMapWriter.toJson(rich())).isEqualTo(JsonMapWriter.toJson(rich()));
    }

    @Test
    void writeFile_replacesAtomically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.json");
        JsonMapWriter.write(rich(), file);
        assertThat(JsonMapReader.read(file)).isEqualTo(rich());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
