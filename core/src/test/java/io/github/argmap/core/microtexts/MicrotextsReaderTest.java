package io.github.argmap.core.microtexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.format.MapFormats;
import io.github.argmap.core.format.ReadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MicrotextsReaderTest {
    /** micro_b006's structure (a rebuttal undercut by the proponent), with English text written for the test. */
    static final String B006 = """
            <?xml version='1.0' encoding='UTF-8'?>
            <!DOCTYPE arggraph SYSTEM "http://example.invalid/arggraph.dtd">
            <arggraph id="micro_t006" topic_id="introduce_capital_punishment" stance="con">
              <edu id="e1"><![CDATA[Capital punishment cannot be applied here.]]></edu>
              <edu id="e2"><![CDATA[Our constitution protects human dignity]]></edu>
              <edu id="e3"><![CDATA[and nobody may decide over another's death.]]></edu>
              <edu id="e4"><![CDATA[Many think a murderer has already decided over life and death,]]></edu>
              <edu id="e5"><![CDATA[but that is the crime we must not repay in kind.]]></edu>
              <joint id="j1"/>
              <adu id="a1" type="pro"/>
              <adu id="a2" type="pro"/>
              <adu id="a4" type="opp"/>
              <adu id="a5" type="pro"/>
              <edge id="c6" src="e1" trg="a1" type="seg"/>
              <edge id="c7" src="e2" trg="j1" type="seg"/>
              <edge id="c8" src="e3" trg="j1" type="seg"/>
              <edge id="c11" src="j1" trg="a2" type="seg"/>
              <edge id="c9" src="e4" trg="a4" type="seg"/>
              <edge id="c10" src="e5" trg="a5" type="seg"/>
              <edge id="c2" src="a2" trg="a1" type="sup"/>
              <edge id="c4" src="a4" trg="a1" type="reb"/>
              <edge id="c5" src="a5" trg="c4" type="und"/>
            </arggraph>
            """;

    private static ReadResult read(String xml) {
        return new MicrotextsReader("m.xml").read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String rel(Relation r) {
        return String.join(" + ", r.from()) + (r.kind() == RelationKind.SUPPORT ? " +> "
                : r.kind() == RelationKind.UNDERCUT ? " _> " : " -> ") + r.to() + " [" + r.id() + "]";
    }

    @Test
    void oneClaimPerAduWithItsEdusJoinedInOrderThroughJoints() {
        ArgumentMap m = read(B006).map();
        assertThat(m.claims()).extracting(c -> c.id()).containsExactly("a1", "a2", "a4", "a5");
        assertThat(m.requireClaim("a2").text())
                .isEqualTo("Our constitution protects human dignity and nobody may decide over another's death.");
    }

    @Test
    void rolesAreTwoSpeakers() {
        ArgumentMap m = read(B006).map();
        assertThat(m.speakers()).extracting(s -> s.id()).containsExactly("proponent", "opponent");
        assertThat(m.requireClaim("a4").speaker()).contains("opponent");
        assertThat(m.requireClaim("a5").speaker()).contains("proponent");
    }

    @Test
    void textIdTopicAndStanceAreKept() {
        ArgumentMap m = read(B006).map();
        assertThat(m.title()).isEqualTo("micro_t006");
        assertThat(m.metadata()).containsExactly(java.util.Map.entry("id", "micro_t006"),
                java.util.Map.entry("stance", "con"), java.util.Map.entry("topic", "introduce_capital_punishment"));
    }

    @Test
    void supIsSupportRebIsRebuttalUndIsAnUndercutAndTheDoctypeIsNotFetched() {
        ReadResult r = read(B006);
        // c5 (und, from a5) attacks the inference of edge c4, not claim a1 or a4.
        assertThat(r.map().relations()).extracting(MicrotextsReaderTest::rel)
                .containsExactly("a2 +> a1 [c2]", "a4 -> a1 [c4]", "a5 _> c4 [c5]");
        assertThat(r.map().undercutsOf("c4")).extracting(Relation::id).containsExactly("c5");
    }

    @Test
    void exampleIsASupportNotedAsSuch() {
        ArgumentMap m = read(B006.replace("type=\"sup\"", "type=\"exa\"")).map();
        assertThat(m.relations().get(0).isSupport()).isTrue();
        assertThat(m.relations().get(0).note()).contains("support by example (exa)");
    }

    @Test
    void addMakesTheEdgeLinked() {
        ArgumentMap m = read(B006.replace("<edge id=\"c5\" src=\"a5\" trg=\"c4\" type=\"und\"/>",
                "<edge id=\"c5\" src=\"a5\" trg=\"c2\" type=\"add\"/>")).map();
        assertThat(m.relations()).extracting(MicrotextsReaderTest::rel)
                .containsExactly("a2 + a5 +> a1 [c2]", "a4 -> a1 [c4]");
    }

    @Test
    void badReferencesArePositionedErrors() {
        assertThatThrownBy(() -> read(B006.replace("src=\"a2\" trg=\"a1\" type=\"sup\"", "src=\"a2\" trg=\"a9\" type=\"sup\"")))
                .isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("m.xml:20:4: sup edge 'c2' must run from an adu to an adu");
        assertThatThrownBy(() -> read(B006.replace("trg=\"c4\" type=\"und\"", "trg=\"a4\" type=\"und\"")))
                .isInstanceOf(InvalidMapException.class).hasMessageContaining("und edge 'c5' must run from an adu to");
        assertThatThrownBy(() -> read("<graphml/>")).isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("m.xml:1:1: the root element is <graphml>");
        assertThatThrownBy(() -> read("<arggraph id='x'><edu id='e1'>")).isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("malformed XML");
    }

    @Test
    void externalEntitiesAreNeverExpanded() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE arggraph [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<arggraph id='t'><edu id='e1'>&x;</edu><adu id='a1' type='pro'/>"
                + "<edge id='c1' src='e1' trg='a1' type='seg'/></arggraph>";
        try {
            ArgumentMap m = read(xxe).map();
            assertThat(m.requireClaim("a1").text()).doesNotContain("root:");
        } catch (InvalidMapException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    @Test
    void registeredAndRecognized() {
        assertThat(MapFormats.byName("microtexts")).get().matches(f -> f.recognizes(B006) && !f.canWrite());
    }

    @Test
    void mutatedGraphsReadOrFailCleanly() {
        Random random = new Random(19);
        String alphabet = "<>/=\"' aec12jsuprbxdg";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder(B006);
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
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("m.xml"));
            }
        }
    }
}
