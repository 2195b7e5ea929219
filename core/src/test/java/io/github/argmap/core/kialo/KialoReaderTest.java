package io.github.argmap.core.kialo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.format.MapFormats;
import io.github.argmap.core.format.ReadResult;
import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class KialoReaderTest {
    private static ReadResult read(String text) throws IOException {
        return new KialoReader("d.txt").read(new StringReader(text));
    }

    private static String rel(Relation r) {
        return String.join(" + ", r.from()) + (r.kind() == RelationKind.SUPPORT ? " +> " : " -> ") + r.to();
    }

    @Test
    void proIsSupportConIsRebuttalAndNumberingIsTheId() throws IOException {
        ArgumentMap m = read("Discussion Title: Should cities ban cars?\n\n1. Cities should ban cars.\n"
                + "1.1. Pro: Cars pollute.\n1.1.1. Con: Electric cars do not.\n1.2. Con: People need to move.\n").map();
        assertThat(m.title()).isEqualTo("Should cities ban cars?");
        assertThat(m.claims()).extracting(c -> c.id()).containsExactly("1", "1.1", "1.1.1", "1.2");
        assertThat(m.requireClaim("1.1.1").text()).isEqualTo("Electric cars do not.");
        assertThat(m.relations()).extracting(KialoReaderTest::rel)
                .containsExactly("1.1 +> 1", "1.1.1 -> 1.1", "1.2 -> 1");
    }

    @Test
    void discussionNameAndThesisWithoutStance() throws IOException {
        ArgumentMap m = read("Discussion Name: Tea or coffee\n\n1. Tea is better.\n1.1. Pro: It has less caffeine.\n").map();
        assertThat(m.title()).isEqualTo("Tea or coffee");
        assertThat(m.claims()).hasSize(2);
    }

    @Test
    void aLinkIsARelationFromTheReferencedClaimNotAClaim() throws IOException {
        ArgumentMap m = read("Discussion Title: T\n\n1. Thesis.\n1.1. Pro: A.\n1.1.1. Con: B.\n1.2. Con: -> See 1.1.1.\n").map();
        assertThat(m.claims()).extracting(c -> c.id()).containsExactly("1", "1.1", "1.1.1");
        assertThat(m.relations()).extracting(KialoReaderTest::rel).containsExactly("1.1 +> 1", "1.1.1 -> 1.1", "1.1.1 -> 1");
        assertThat(m.relations().get(2).note()).contains("Kialo link 1.2.");
    }

    @Test
    void aLinkForwardToALaterClaimResolvesAndARepeatedPairIsKeptOnceWithAWarning() throws IOException {
        ReadResult r = read("Discussion Title: T\n\n1. Thesis.\n1.1. Pro: A.\n1.2. Pro: -> See 1.3.\n1.3. Con: B.\n");
        // The link 1.2 makes 1.3 support 1; 1.3 itself rebuts 1: a map holds one relation per pair.
        assertThat(r.map().relations()).extracting(KialoReaderTest::rel).containsExactly("1.1 +> 1", "1.3 +> 1");
        assertThat(r.warnings()).singleElement().asString()
                .isEqualTo("d.txt:6:1: claim 1.3. repeats the relation from 1.3. to 1.; kept once");
    }

    @Test
    void markdownIsMadeReadableAndLinksKeptInTheNote() throws IOException {
        ArgumentMap m = read("Discussion Title: T\n\n1. Thesis \\(really\\).\n"
                + "1.1. Pro: See [the study](https://example.org/a_(b)) on \\[this\\].\n").map();
        assertThat(m.requireClaim("1").text()).isEqualTo("Thesis (really).");
        assertThat(m.requireClaim("1.1").text()).isEqualTo("See the study on [this].");
        assertThat(m.requireClaim("1.1").note()).contains("Links: https://example.org/a_(b)");
    }

    @Test
    void continuationLinesBelongToTheClaimAbove() throws IOException {
        ArgumentMap m = read("Discussion Title: T\n\n1. Thesis.\n1.1. Pro: First line\nsecond line\n1. a list item\n").map();
        assertThat(m.requireClaim("1.1").text()).isEqualTo("First line\nsecond line\n1. a list item");
    }

    @Test
    void aGapIsAPositionedError() {
        assertThatThrownBy(() -> read("Discussion Title: T\n\n1. Thesis.\n1.1. Pro: A.\n1.3. Con: C.\n"))
                .isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("d.txt:5:1: claim 1.3. leaves a gap: the next answer to 1. is 1.2.");
    }

    @Test
    void aChildBeforeItsParentIsAPositionedError() {
        assertThatThrownBy(() -> read("Discussion Title: T\n\n1. Thesis.\n1.1.1. Pro: A.\n1.1. Con: C.\n"))
                .isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("d.txt:4:1: claim 1.1.1. comes before its parent 1.1.");
    }

    @Test
    void aLinkToNothingIsAPositionedError() {
        assertThatThrownBy(() -> read("Discussion Title: T\n\n1. Thesis.\n1.1. Pro: -> See 1.9.\n"))
                .isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("d.txt:4:1: claim 1.1. links to 1.9. which is not a claim");
    }

    @Test
    void emptyAndTextOnlyFilesAreRefused() {
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidMapException.class).hasMessageContaining("no thesis");
        assertThatThrownBy(() -> read("hello\n")).isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("d.txt:1:1: text before the thesis");
    }

    @Test
    void aVeryLongLineReads() throws IOException {
        String longText = "word ".repeat(400_000).strip();
        ArgumentMap m = read("Discussion Title: T\n\n1. " + longText + "\n").map();
        assertThat(m.requireClaim("1").text()).hasSize(longText.length());
    }

    @Test
    void registeredAndRecognized() {
        assertThat(MapFormats.byName("kialo")).get().matches(f -> f.recognizes("Discussion Title: x\n") && !f.canWrite());
    }

    /** A chain of depth 1,000 under 10^5 claims: no recursion; numbering beyond 128 characters gets k-N ids. */
    @Test
    @Tag("scale")
    void deepAndLargeTreesRead() throws IOException {
        StringBuilder s = new StringBuilder("Discussion Title: deep\n\n1. Root.\n");
        String number = "1.";
        for (int d = 0; d < 1000; d++) {
            number = number + "1.";
            s.append(number).append(" Pro: level ").append(d).append('\n');
        }
        int wide = 100_000 - 1001;
        for (int i = 2; i < wide + 2; i++) {
            s.append("1.").append(i).append(". Con: sibling ").append(i).append('\n');
        }
        ArgumentMap m = read(s.toString()).map();
        assertThat(m.claims()).hasSize(100_000);
        assertThat(m.relations()).hasSize(99_999);
        assertThat(m.requireClaim("k-1001").note()).hasValueSatisfying(n -> assertThat(n).startsWith("Kialo 1.1.1."));
    }

    /** Random mutations of a valid export: each read gives a map or positioned problems, never a crash. */
    @Test
    void mutatedExportsReadOrFailCleanly() {
        String base = "Discussion Title: T\n\n1. Thesis \\(x\\).\n1.1. Pro: A [l](u).\n1.1.1. Con: B.\n1.2. Con: -> See 1.1.1.\n"
                + "1.2.1. Pro: C.\n1.3. Pro: D\nmore\n";
        Random random = new Random(19);
        String alphabet = "1.2:- >\n\\[]()ProCnSee";
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder(base);
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
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isNotNull());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
