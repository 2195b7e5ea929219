package io.github.argmap.api.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTest {
    private static final Map<String, Status> STATUS =
            Map.of("t", Status.ACCEPTED, "r", Status.REJECTED, "d", Status.ACCEPTED, "x", Status.UNDECIDED);
    private static final Map<String, Double> STRENGTH = Map.of("t", 0.75);

    /**
     * The golden text of a resource. With {@code -Dargmap.updateGolden=true} the resource is first
     * rewritten from the current output, in src/test/resources (docs/architecture.md, "Golden
     * files"): review the diff before committing it.
     */
    private static String golden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("argmap.updateGolden")) {
            Path file = Path.of("src/test/resources/io/github/argmap/api/summary", name);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return actual;
        }
        return resource(name);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RenderTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The golden file was read line by line against {@link Debates#panel()}: every claim appears
     * once in its own section, replies from other sections as "(in ...)" leaves, the tables match
     * {@link SummaryTest#exchanges_areTheNonEmptyCellsOfTheSpeakerMatrix}, and user text that would
     * break the structure is escaped ({@code Bob \| Jones}, {@code \*each way\*}, {@code 1\.},
     * {@code > \> far}). A JVM run is separate from the one that wrote it, so a match also shows
     * that no hash order leaks into the output.
     */
    @Test
    void markdown_matchesTheGoldenFile() throws IOException {
        String actual = MarkdownSummary.render(Summary.of(Debates.panel(), STATUS, STRENGTH));
        assertThat(actual).isEqualTo(golden("bridge-summary.md", actual));
    }

    @Test
    void json_matchesTheGoldenFile() throws IOException {
        String actual = JsonSummary.render(Summary.of(Debates.panel(), STATUS, STRENGTH));
        assertThat(actual).isEqualTo(golden("bridge-summary.json", actual));
    }

    @Test
    void markdownAndJson_areByteIdenticalAcrossRuns() {
        Summary one = Summary.of(Debates.panel(), STATUS, STRENGTH);
        Summary two = Summary.of(Debates.panel().toBuilder().build(), Map.copyOf(STATUS), Map.copyOf(STRENGTH));
        assertThat(MarkdownSummary.render(two).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(MarkdownSummary.render(one).getBytes(StandardCharsets.UTF_8));
        assertThat(JsonSummary.render(two).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(JsonSummary.render(one).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void markdown_hasTheDigestsParts() {
        String md = MarkdownSummary.render(Summary.of(Debates.panel()));
        assertThat(md).startsWith("# Should the town build a bridge?\n").endsWith("\n").doesNotEndWith("\n\n")
                .doesNotContain("\r", "\n\n\n")
                .contains("## Overview\n\n- 10 claims by 3 speakers in 3 sections, joined by 4 supports and 4 rebuttals.\n")
                .contains("### 1. Opening statement\n", "### 2. Reply\n", "### 3. Questions from the floor\n",
                        "### 4. Other claims\n")
                .contains("  > We need a bridge,\n  > and we need it now.\n")
                .contains("| **Cat** | 1 | 1 | · |\n")
                .contains("## Unanswered\n")
                .contains("- “The estimate is 30 million.” — Bob \\| Jones\n");
        assertThat(md.indexOf("### 1. Opening")).isLessThan(md.indexOf("### 2. Reply"));
    }

    @Test
    void escape_neutralisesMarkdownInUserText() {
        assertThat(MarkdownSummary.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownSummary.escape("> not a quote")).isEqualTo("\\> not a quote");
        assertThat(MarkdownSummary.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownSummary.escape("12. not a list")).isEqualTo("12\\. not a list");
        assertThat(MarkdownSummary.escape("a | b")).isEqualTo("a \\| b");
        assertThat(MarkdownSummary.escape("*bold* _it_ `code` [link] <b>")).isEqualTo(
                "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\] \\<b>");
        assertThat(MarkdownSummary.escape("two\nlines")).isEqualTo("two lines");
        assertThat(MarkdownSummary.escape("C:\\dir")).isEqualTo("C:\\\\dir");
        assertThat(MarkdownSummary.escape("Plain text, 2 words.")).isEqualTo("Plain text, 2 words.");
    }

    @Test
    void json_isValidAndKeepsTheRawText() throws IOException {
        String json = JsonSummary.render(Summary.of(Debates.panel(), STATUS, STRENGTH));
        assertThat(json).endsWith("}\n").doesNotContain("\r", "\t");
        int texts = 0;
        boolean sawRawHash = false;
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("text")) {
                    p.nextToken();
                    texts++;
                    sawRawHash |= p.getText().equals("# It takes 40 minutes *each way*.");
                }
            }
        }
        assertThat(texts).isGreaterThan(10);
        assertThat(sawRawHash).as("JSON carries user text unescaped").isTrue();
    }

    @Test
    void write_createsTheSameBytesAsRender(@TempDir Path dir) throws IOException {
        Summary s = Summary.of(Debates.panel());
        MarkdownSummary.write(s, dir.resolve("s.md"));
        JsonSummary.write(s, dir.resolve("s.json"));
        assertThat(Files.readString(dir.resolve("s.md"))).isEqualTo(MarkdownSummary.render(s));
        assertThat(Files.readString(dir.resolve("s.json"))).isEqualTo(JsonSummary.render(s));
    }

    @Test
    void writeUtf8_streamsTheSameBytesAsRenderAcrossManyChunks() throws IOException {
        // About 600 KB of Markdown: nine 64 KB pieces, with headings, blank lines and multi-byte
        // text (dashes, quotes, the speakers' accented names) on both sides of where they are cut.
        ArgumentMap.Builder b = ArgumentMap.builder().title("Gr\u00FC\u00DFe \uD83D\uDE00")
                .addSpeaker(io.github.argmap.core.Speaker.of("s", "\u00C9lodie \u20AC", "chair"));
        for (int k = 0; k < 40; k++) {
            b.addSection(new Section("sec" + k, "Section \u00A7" + k));
        }
        for (int i = 0; i < 4_000; i++) {
            b.addClaim(Claim.of("c" + i, "T\u00FCrkiye \uD83D\uDE00 claim " + i + " # *x* " + "word ".repeat(i % 30))
                    .withSection("sec" + (i * 40 / 4_000)).withSpeaker("s"));
            if (i > 0) {
                b.addRelation(i % 4 == 0 ? Relation.rebuttal("c" + i, "c" + (i / 2)) : Relation.support("c" + i, "c" + (i - 1)));
            }
        }
        Summary s = Summary.of(b.build());
        String whole = MarkdownSummary.render(s);
        java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
        MarkdownSummary.writeUtf8(s, streamed);
        assertThat(whole.length()).isGreaterThan(500_000);
        assertThat(streamed.toByteArray()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void markdown_deepSectionNesting_rendersWithoutRecursion() {
        // One section holding a support chain, nested to full depth: the digest and its rendering
        // walk it with explicit stacks. (The text grows with the square of the depth, hence 1,500.)
        int n = 1_500;
        ArgumentMap.Builder b = ArgumentMap.builder().addSection(new Section("s", "S"));
        for (int i = 0; i < n; i++) {
            b.addClaim(Claim.of("c" + i, "Step " + i + ".").withSection("s"));
            if (i > 0) {
                b.addRelation(Relation.support("c" + i, "c" + (i - 1)));
            }
        }
        Summary s = Summary.of(b.build(), SummaryOptions.defaults().withDepth(n));
        String md = MarkdownSummary.render(s);
        assertThat(md).contains("- Step 0.\n  - *for* — Step 1.\n")
                .contains("  ".repeat(n - 1) + "- *for* — Step " + (n - 1) + ".\n");
        assertThat(s.longestChain().length()).isEqualTo(n - 1);
    }

    @Test
    void summary_ofALongChain_isComputedIteratively() {
        int n = 30_000;
        ArgumentMap.Builder b = ArgumentMap.builder().addSection(new Section("s", "S"));
        for (int i = 0; i < n; i++) {
            b.addClaim(Claim.of("c" + Integer.toHexString(i * 0x9E3779B1), "Step " + i + ".").withSection("s"));
            if (i > 0) {
                b.addRelation(Relation.support("c" + Integer.toHexString(i * 0x9E3779B1),
                        "c" + Integer.toHexString((i - 1) * 0x9E3779B1)));
            }
        }
        Summary s = Summary.of(b.build());
        Point root = s.section("s").orElseThrow().points().get(0);
        // Default depth 2: the root, its reason and that reason's reason; the rest counted.
        assertThat(root.replies().get(0).replies().get(0).omitted()).isEqualTo(n - 3);
        assertThat(s.longestChain().length()).isEqualTo(n - 1);
        assertThat(MarkdownSummary.render(s)).contains("… " + (n - 3) + " more replies not shown");
    }
}
