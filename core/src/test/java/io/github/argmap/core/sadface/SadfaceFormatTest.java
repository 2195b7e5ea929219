package io.github.argmap.core.sadface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Relation;
import io.github.argmap.core.format.StructuredMaps;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.MapFormats;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.format.TestMaps;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SadfaceFormatTest {
    private static final MapFormat SADFACE = MapFormats.byName("sadface").orElseThrow();

    /** The shape of ARG-tech's SADFace examples: uuids, a support and a conflict scheme, resources. */
    static final String WILD = """
            {"metadata": {"core": {"analyst_email": "a@example.org", "analyst_name": "A", "created": "2026-01-01T00:00:00",
              "edited": "2026-01-01T00:00:00", "id": "94a975db-25ae-4d25-93cc-1c07c932e2f9", "notes": "from a test",
              "title": "Hangover", "version": "0.5"}},
             "resources": [{"id": "r1", "content": "Going out tonight?", "type": "text", "metadata": {}}],
             "nodes": [
              {"id": "0f1c-a", "metadata": {}, "sources": [], "text": "You should go out tonight", "type": "atom"},
              {"id": "0f1c-b", "metadata": {}, "sources": [], "text": "It is your friend's birthday", "type": "atom"},
              {"id": "0f1c-c", "metadata": {}, "sources": [], "text": "Your friends will be there", "type": "atom"},
              {"id": "0f1c-d", "metadata": {}, "sources": [], "text": "You have an exam tomorrow", "type": "atom"},
              {"id": "s1", "metadata": {}, "name": "support", "type": "scheme"},
              {"id": "s2", "metadata": {}, "name": "conflict", "type": "scheme"}
             ],
             "edges": [
              {"id": "e1", "source_id": "0f1c-b", "target_id": "s1"},
              {"id": "e2", "source_id": "0f1c-c", "target_id": "s1"},
              {"id": "e3", "source_id": "s1", "target_id": "0f1c-a"},
              {"id": "e4", "source_id": "0f1c-d", "target_id": "s2"},
              {"id": "e5", "source_id": "s2", "target_id": "0f1c-a"}
             ]}
            """;

    private static ReadResult read(String text) throws IOException {
        return SADFACE.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.json");
    }

    @Test
    void atomsAreClaimsSchemesRelationsAndSeveralPremisesLinked() throws IOException {
        ArgumentMap m = read(WILD).map();
        assertThat(m.title()).isEqualTo("Hangover");
        assertThat(m.notes()).containsExactly("from a test");
        assertThat(m.claims()).extracting(c -> c.id()).containsExactly("0f1c-a", "0f1c-b", "0f1c-c", "0f1c-d");
        assertThat(m.relations()).containsExactly(
                Relation.linked(RelationKind.SUPPORT, List.of("0f1c-b", "0f1c-c"), "0f1c-a"),
                Relation.rebuttal("0f1c-d", "0f1c-a").withScheme("conflict"));
    }

    @Test
    void argmapMapsRoundTripLosslessly() throws IOException {
        ArgumentMap rich = TestMaps.rich();
        String written = SADFACE.toText(rich);
        ArgumentMap back = read(written).map();
        assertThat(back).isEqualTo(rich);
        assertThat(SADFACE.toText(back)).isEqualTo(written);
    }

    @Test
    void aDanglingEdgeIsAPositionedError() {
        assertThatThrownBy(() -> read(WILD.replace("\"target_id\": \"s2\"", "\"target_id\": \"s9\"")))
                .isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("s.json:17:3: ")
                .hasMessageContaining("edge from '0f1c-d' to 's9' names a node that is not in \"nodes\"");
        assertThatThrownBy(() -> read("[]")).isInstanceOf(InvalidMapException.class).hasMessageContaining("s.json:1:1:");
    }

    @Test
    void recognizedByContent() {
        assertThat(SADFACE.recognizes(WILD)).isTrue();
        assertThat(MapFormats.byName("aif").orElseThrow().recognizes(WILD)).isFalse();
    }

    @Test
    void mutatedDocumentsReadOrFailCleanly() {
        Random random = new Random(19);
        String alphabet = "{}[]\":, 0s1etrgaoimd_";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder(WILD);
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                read(s.toString());
            } catch (InvalidMapException e) {
                assertThat(e.problems()).isNotEmpty();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aSadfaceFileThroughArgmapsJsonAndBackWritesTheSameSadface() throws IOException {
        MapFormat json = MapFormats.byName("json").orElseThrow();
        ArgumentMap fromSadface = read(WILD).map();
        String viaJson = json.toText(fromSadface);
        ArgumentMap back = json.read(new ByteArrayInputStream(viaJson.getBytes(StandardCharsets.UTF_8)), "m.json").map();
        assertThat(back).isEqualTo(fromSadface);
        assertThat(SADFACE.toText(back)).isEqualTo(SADFACE.toText(fromSadface));
    }

    @Test
    void roundTrip_keepsUndercutsLinkedPremisesArgumentsTitlesMetadataAndSchemes() throws IOException {
        ArgumentMap map = StructuredMaps.bridge();
        String text = SADFACE.toText(map);
        ReadResult back = SADFACE.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "b.json");
        assertThat(back.map().relations()).isEqualTo(map.relations());
        assertThat(back.map().arguments()).isEqualTo(map.arguments());
        assertThat(back.map()).isEqualTo(map);
        assertThat(back.warnings()).isEmpty();
        assertThat(SADFACE.toText(back.map())).isEqualTo(text);
        // The undercut of r1 (scheme:1) is scheme 3, whose conclusion edge ends at scheme 1.
        assertThat(text).contains("\"source_id\" : \"scheme:3\",\n    \"target_id\" : \"scheme:1\"");
    }

    /** SADFace edges join any two nodes; a scheme whose conclusion is another scheme attacks that inference. */
    @Test
    void read_aSchemeConcludingInAnotherSchemeIsAnUndercut() throws IOException {
        String doc = """
                {"metadata": {"core": {"title": "t"}}, "resources": [],
                 "nodes": [
                  {"id": "a", "type": "atom", "text": "Close the bridge"},
                  {"id": "b", "type": "atom", "text": "Cracks were found"},
                  {"id": "c", "type": "atom", "text": "Another bridge was meant"},
                  {"id": "s1", "type": "scheme", "name": "support"},
                  {"id": "s2", "type": "scheme", "name": "undercut"},
                  {"id": "s3", "type": "scheme", "name": "attack"},
                  {"id": "s4", "type": "scheme", "name": "attack"}
                 ],
                 "edges": [
                  {"id": "e1", "source_id": "b", "target_id": "s1"}, {"id": "e2", "source_id": "s1", "target_id": "a"},
                  {"id": "e3", "source_id": "c", "target_id": "s2"}, {"id": "e4", "source_id": "s2", "target_id": "s1"},
                  {"id": "e5", "source_id": "a", "target_id": "s3"}, {"id": "e6", "source_id": "s3", "target_id": "s4"},
                  {"id": "e7", "source_id": "b", "target_id": "s4"}, {"id": "e8", "source_id": "s4", "target_id": "s3"}
                 ]}
                """;
        ReadResult r = SADFACE.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "u.json");
        assertThat(r.map().relations()).containsExactly(Relation.support("b", "a").withId("s1"), Relation.undercut("c", "s1"));
        // s3 and s4 undercut each other and reach no inference between atoms.
        assertThat(r.warnings()).extracting(p -> p.message()).containsExactly(
                "scheme 's3' undercuts a scheme that gives no relation (left out, or a loop of undercuts) and is left out",
                "scheme 's4' undercuts a scheme that gives no relation (left out, or a loop of undercuts) and is left out");
    }
}
