package io.github.argmap.core.hostile;

import static io.github.argmap.core.hostile.FormatCases.AIF;
import static io.github.argmap.core.hostile.FormatCases.FORMATS;
import static io.github.argmap.core.hostile.FormatCases.GRAPHML;
import static io.github.argmap.core.hostile.FormatCases.bytes;
import static io.github.argmap.core.hostile.FormatCases.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader refuses a text over 4,000,000 characters (as argmap's JSON reader does), so a writer
 * that wrote one would make a file nothing reads back: the map would be lost. Writers refuse such a
 * map before writing, naming the text; a text at the limit is written and read back.
 */
class WriteLimitsTest {
    private static final int MAX = 4_000_000;

    private static ArgumentMap withText(int length) {
        return ArgumentMap.builder().title("t").addClaim(Claim.of("a", "x".repeat(length))).build();
    }

    private static Problem refusal(MapFormat format, ArgumentMap map) {
        InvalidMapException e = catchThrowableOfType(InvalidMapException.class, () -> bytes(format, map));
        assertThat(e).as("%s should refuse", format).isNotNull();
        assertThat(e.problems()).as("%s", format).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void write_refusesATextOverTheLimitAndTakesOneAtIt() {
        for (MapFormat format : FORMATS) {
            Problem p = refusal(format, withText(MAX + 1));
            assertThat(p.pointer()).as("%s", format).isEqualTo("/claims/0/text");
            assertThat(p.message()).as("%s", format).isEqualTo("the text of claim 'a' has 4000001 characters; argmap's readers take"
                    + " at most 4000000, so the file could not be read back: shorten it or keep the full text in the source and quote part of it");
            ArgumentMap atLimit = withText(MAX);
            assertThat(read(format, bytes(format, atLimit), "limit").map()).as("%s", format).isEqualTo(atLimit);
        }
    }

    @Test
    void write_aifRefusesALocutionOverTheLimit() {
        // The L node's text is the speaker's name, ": " and the claim's text: 3 + 2 + (MAX - 4) characters.
        ArgumentMap over = ArgumentMap.builder().title("t").addSpeaker(Speaker.of("ana", "Ana", "chair"))
                .addClaim(Claim.of("a", "x".repeat(MAX - 4)).withSpeaker("ana")).build();
        Problem p = refusal(AIF, over);
        assertThat(p.pointer()).isEqualTo("/claims/0");
        assertThat(p.message()).startsWith("the AIF locution of claim 'a' (speaker's name, \": \" and quote or text) has 4000001 characters");
        ArgumentMap atLimit = ArgumentMap.builder().title("t").addSpeaker(Speaker.of("ana", "Ana", "chair"))
                .addClaim(Claim.of("a", "x".repeat(MAX - 5)).withSpeaker("ana")).build();
        assertThat(read(AIF, bytes(AIF, atLimit), "limit").map()).isEqualTo(atLimit);
    }

    @Test
    void write_graphmlRefusesASectionTableOverTheLimit() {
        // Each section is {"id":"sNNNNNN","title":"<30 x>"}, 57 characters, and a comma between two: with
        // the brackets, 80,000 of them make a table of 2 + 80,000 * 57 + 79,999 = 4,640,001 characters in
        // one <data> element, each title far within the limit.
        ArgumentMap.Builder b = ArgumentMap.builder().title("t").addClaim(Claim.of("a", "x"));
        for (int i = 0; i < 80_000; i++) {
            b.addSection(new Section(String.format("s%06d", i), "x".repeat(30)));
        }
        Problem p = refusal(GRAPHML, b.build());
        assertThat(p.pointer()).isEqualTo("/sections");
        assertThat(p.message()).startsWith("the section table as JSON has 4640001 characters; argmap's readers take at most 4000000");
    }

    @Test
    void write_aRefusedMapLeavesThePreviousFileAndNoTemporary(@TempDir Path dir) throws IOException {
        for (MapFormat format : FORMATS) {
            Path file = dir.resolve("map." + format.extensions().get(0));
            ArgumentMap good = withText(10);
            format.write(good, file);
            byte[] before = Files.readAllBytes(file);
            assertThatThrownBy(() -> format.write(withText(MAX + 1), file)).as("%s", format).isInstanceOf(InvalidMapException.class);
            assertThat(Files.readAllBytes(file)).as("%s", format).isEqualTo(before);
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).as("%s", format).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    @Test
    void write_jsonRefusesATextItsReaderWouldRefuse() {
        assertThatThrownBy(() -> JsonMapWriter.toJson(withText(MAX + 1))).isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("/claims/0/text");
        ArgumentMap atLimit = withText(MAX);
        assertThat(JsonMapReader.read(JsonMapWriter.toJson(atLimit), "at.json")).isEqualTo(atLimit);
    }
}
