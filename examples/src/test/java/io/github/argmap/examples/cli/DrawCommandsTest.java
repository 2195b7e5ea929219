package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Status;
import io.github.argmap.core.dot.Graphviz;
import io.github.argmap.examples.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawCommandsTest {
    private static final ArgumentMap PANEL = Seeds.panel();
    private static final Pattern CLAIM_NODE = Pattern.compile("^\\s+\"([A-Za-z0-9_.-]+)\" \\[label=", Pattern.MULTILINE);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    private static long claimNodes(String dot) {
        Matcher m = CLAIM_NODE.matcher(dot);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void render_takesTheFormatFromTheFileName(@TempDir Path dir) throws IOException {
        assumeTrue(Graphviz.isAvailable(), "Graphviz's dot is not on the PATH; CI installs it");
        Path png = dir.resolve("panel.png");
        CliRun r = CliRun.run("render", "--section", "closing", "-o", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Arrays.copyOf(Files.readAllBytes(png), 4)).isEqualTo(PNG_MAGIC);
        Path pdf = dir.resolve("panel.PDF");
        assertThat(CliRun.run("render", "--section", "closing", "-o", pdf.toString()).code()).isZero();
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        // A name that says nothing: --format decides.
        Path img = dir.resolve("panel.img");
        assertThat(CliRun.run("render", "--section", "closing", "--format", "png", "-o", img.toString()).code()).isZero();
        assertThat(Arrays.copyOf(Files.readAllBytes(img), 4)).isEqualTo(PNG_MAGIC);
    }

    @Test
    void render_refusesAFormatThatContradictsTheFileName(@TempDir Path dir) {
        Path png = dir.resolve("x.png");
        CliRun r = CliRun.run("render", "--format=svg", "-o", png.toString());
        assertThat(r.code()).isEqualTo(Argmap.USAGE);
        assertThat(r.err()).startsWith("argmap: --format svg contradicts the output file " + png + ", whose name says png");
        assertThat(png).doesNotExist();
        CliRun unknown = CliRun.run("render", "-o", dir.resolve("x.out").toString());
        assertThat(unknown.code()).isEqualTo(Argmap.USAGE);
        assertThat(unknown.err()).contains("cannot tell the picture's format from the file name");
    }

    @Test
    void dot_sectionAndSpeaker_drawThatPartOnly_andSayWhichInTheSubtitle() {
        long inSection = PANEL.claims().stream().filter(c -> c.section().orElse("").equals("rieker-presentation")).count();
        CliRun section = CliRun.run("dot", "--section", "rieker-presentation");
        assertThat(section.code()).as(section.err()).isZero();
        assertThat(claimNodes(section.out())).isEqualTo(inSection).isEqualTo(33);
        assertThat(section.out()).contains("section \u2018");
        long bySpeaker = PANEL.claims().stream().filter(c -> c.speaker().orElse("").equals("rieker")).count();
        CliRun speaker = CliRun.run("dot", "--speaker", "rieker");
        assertThat(claimNodes(speaker.out())).isEqualTo(bySpeaker).isEqualTo(50);
        assertThat(speaker.out()).contains("claims by Pernille Rieker");
        long both = PANEL.claims().stream().filter(c -> c.speaker().orElse("").equals("rieker")
                && c.section().orElse("").equals("audience-qa")).count();
        assertThat(claimNodes(CliRun.run("dot", "--speaker", "rieker", "--section", "audience-qa").out())).isEqualTo(both);
    }

    @Test
    void dot_unknownSectionOrSpeaker_listsTheChoices() {
        CliRun r = CliRun.run("dot", "--section", "lunch");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no section 'lunch'", "introduction, toygur-presentation");
        assertThat(CliRun.run("dot", "--speaker", "nobody").err()).contains("no speaker 'nobody'", "gursoy, toygur");
    }

    @Test
    void dot_partOfAMapKeepsTheColoursOfTheWhole() {
        // Rieker is the third speaker of the panel: the third colour, alone or in the whole map.
        String whole = CliRun.run("dot").out();
        String part = CliRun.run("dot", "--speaker", "rieker").out();
        assertThat(fillOf(part, "rieker-no-single-institution")).isEqualTo(fillOf(whole, "rieker-no-single-institution"));
    }

    @Test
    void dot_colorBy_namesWhatTheColoursMeanInTheLegend() {
        assertThat(CliRun.run("dot", "--color-by", "section").out()).contains("<I>Colour: Section</I>");
        assertThat(CliRun.run("dot", "--color-by", "tag").out()).contains("<I>Colour: Most used tag</I>", ">eu<");
        assertThat(CliRun.run("dot", "--color-by", "status").out()).contains("<I>Colour: Status</I>", "accepted");
        assertThat(CliRun.run("dot").out()).contains("<I>Colour: Speaker</I>");
    }

    private static String fillOf(String dot, String id) {
        Matcher m = Pattern.compile("^\\s+\"" + Pattern.quote(id) + "\" \\[.*?fillcolor=\"(#[0-9A-F]{6})\"", Pattern.MULTILINE)
                .matcher(dot);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }

    @Test
    void html_writesOnePageWithEveryClaim_andTheSameBytesTwice(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("panel.html");
        CliRun r = CliRun.run("html", "-o", page.toString(), "--layout", "builtin", "--semantics", "grounded,preferred");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + page);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html.split("data-claim-id=\"", -1)).hasSize(176);
        assertThat(html).contains("\"name\":\"preferred, attack-only reading\"");
        byte[] first = Files.readAllBytes(page);
        assertThat(CliRun.run("html", "-o", page.toString(), "--layout", "builtin", "--semantics", "grounded,preferred").code())
                .isZero();
        assertThat(Files.readAllBytes(page)).isEqualTo(first);
    }

    @Test
    void html_badOptionsAreUsageErrors(@TempDir Path dir) {
        Path page = dir.resolve("p.html");
        assertThat(CliRun.run("html", "-o", page.toString(), "--layout", "circle").err()).contains("use auto, graphviz or builtin");
        assertThat(CliRun.run("html", "-o", page.toString(), "--semantics", "grounded,ideal").err()).contains("unknown semantics");
        assertThat(page).doesNotExist();
    }
}
