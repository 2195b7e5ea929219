package io.github.argmap.api.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.seeds.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageTest {
    private static final ArgumentMap PANEL = Seeds.panel();
    private static final HtmlOptions BUILTIN = HtmlOptions.builder().layout(HtmlOptions.Layout.BUILTIN).build();

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void page_marksEveryClaimOnceWithItsId() throws IOException {
        String page = HtmlPage.toHtml(PANEL, BUILTIN);
        for (Claim c : PANEL.claims()) {
            assertThat(count(page, "data-claim-id=\"" + c.id() + "\"")).as(c.id()).isEqualTo(1);
        }
        assertThat(count(page, "data-claim-id=")).isEqualTo(175);
    }

    @Test
    void page_isByteIdenticalForTheSameMap() throws IOException {
        assertThat(HtmlPage.toHtml(Seeds.panel(), BUILTIN)).isEqualTo(HtmlPage.toHtml(PANEL, BUILTIN));
        HtmlOptions auto = HtmlOptions.defaults();
        assertThat(HtmlPage.toHtml(Seeds.panel(), auto)).isEqualTo(HtmlPage.toHtml(PANEL, auto));
    }

    @Test
    void page_loadsNothingFromTheNetwork() throws IOException {
        for (HtmlOptions options : List.of(BUILTIN, HtmlOptions.defaults())) {
            String page = HtmlPage.toHtml(PANEL, options);
            // The only URLs are XML namespace names, which no browser fetches.
            String withoutNamespaces = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
                    .replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "");
            assertThat(withoutNamespaces).doesNotContain("http:", "https:", "src=", "@import", "url(", "<link", "//cdn");
        }
    }

    @Test
    void hostileText_cannotEndTheScriptOrInjectMarkup() throws IOException {
        String evil = "</script><script>alert(1)</script> <b>bold</b> & \u2028 \"q\" \\";
        ArgumentMap map = ArgumentMap.builder().title("T </title><script>")
                .addSpeaker(Speaker.of("s", "<i>Eve</i>", "x"))
                .addClaim(Claim.of("a", evil).withSpeaker("s").withQuote("</SCRIPT >"))
                .addClaim(Claim.of("b", "B."))
                .addRelation(Relation.support("b", "a").withNote("<!-- note -->"))
                .build();
        String page = HtmlPage.toHtml(map, BUILTIN);
        assertThat(count(page.toLowerCase(java.util.Locale.ROOT), "</script")).isEqualTo(2);
        assertThat(count(page, "<script")).isEqualTo(2);
        assertThat(page).doesNotContain("<b>bold", "<i>Eve", "<!-- note", "</title><script>");
        assertThat(page).contains("&lt;b&gt;bold&lt;/b&gt; &amp;", "\\u003c/script\\u003e", "\\u2028");
    }

    @Test
    void page_carriesEachReadingsStatusesInMapOrder() throws IOException {
        HtmlOptions two = HtmlOptions.builder().layout(HtmlOptions.Layout.BUILTIN)
                .semantics(List.of(Semantics.GROUNDED, Semantics.PREFERRED)).build();
        String page = HtmlPage.toHtml(PANEL, two);
        for (Semantics s : List.of(Semantics.GROUNDED, Semantics.PREFERRED)) {
            Acceptance a = Acceptance.of(PANEL, s);
            StringBuilder letters = new StringBuilder();
            for (Claim c : PANEL.claims()) {
                letters.append(Character.toLowerCase(a.status(c.id()).name().charAt(0)));
            }
            assertThat(page).contains("{\"name\":\"" + s.name().toLowerCase(java.util.Locale.ROOT)
                    + ", attack-only reading\",\"status\":\"" + letters + "\"}");
        }
    }

    @Test
    void builtinLayout_stacksSectionsAndKeepsRowsAtMostEightBoxesWide() throws IOException {
        String svg = PageLayout.svg(PANEL, io.github.argmap.core.dot.Coloring.bySpeaker(PANEL));
        Matcher view = Pattern.compile("viewBox=\"-10 -10 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(view.find()).isTrue();
        int width = Integer.parseInt(view.group(1));
        int height = Integer.parseInt(view.group(2));
        // Eight boxes of 230 and seven gaps of 22, two paddings of 18, and the 20 of the viewBox's margin.
        assertThat(width).isLessThanOrEqualTo(8 * 230 + 7 * 22 + 2 * 18 + 20);
        assertThat(width).isLessThan(height);
        assertThat(count(svg, "class=\"cluster\"")).isEqualTo(PANEL.sections().size());
        assertThat(count(svg, "class=\"edge rel ")).isEqualTo(PANEL.relations().size());
    }

    @Test
    void write_toAFileIsAtomic_andGraphvizAskedForButMissingFailsCleanly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.html");
        HtmlPage.write(PANEL, BUILTIN, file);
        assertThat(Files.readString(file)).isEqualTo(HtmlPage.toHtml(PANEL, BUILTIN));
        assertThat(dir.toFile().list()).containsExactly("p.html");
        assertThatThrownBy(() -> HtmlOptions.builder().semantics(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one semantics");
    }

    @Test
    void wrap_breaksAtSpacesAndCutsOverlongWords() {
        assertThat(PageLayout.wrap("aaa bbb ccc", 7)).containsExactly("aaa bbb", "ccc");
        assertThat(PageLayout.wrap("abcdefghij k", 4)).containsExactly("abcd", "efgh", "ij k");
        assertThat(PageLayout.wrap("one\n\ntwo", 20)).containsExactly("one", "two");
        // Four emoji, each two chars: cut after two of them, not inside one.
        assertThat(PageLayout.wrap("\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03", 2))
                .containsExactly("\uD83D\uDE00\uD83D\uDE01", "\uD83D\uDE02\uD83D\uDE03");
    }

    @Test
    void page_drawsALinkedRelationOnce_andEachUndercutToTheInferenceItAttacks() throws IOException {
        ArgumentMap map = ArgumentMap.builder().title("Harry")
                .addClaim(Claim.of("claim", "Harry is a British subject."))
                .addClaim(Claim.of("data", "Harry was born in Bermuda."))
                .addClaim(Claim.of("warrant", "A man born in Bermuda will generally be a British subject."))
                .addClaim(Claim.of("aliens", "Both of Harry's parents may have been aliens."))
                .addRelation(Relation.linked(io.github.argmap.core.RelationKind.SUPPORT, List.of("data", "warrant"), "claim")
                        .withId("harry"))
                .addRelation(Relation.undercut("aliens", "harry"))
                .build();
        String page = HtmlPage.toHtml(map, BUILTIN);
        // One group per relation: the linked support has a path from each premise, the undercut one path.
        assertThat(count(page, "class=\"edge rel ")).isEqualTo(2);
        assertThat(page).contains("<g class=\"edge rel support\" data-relation=\"harry\" data-from=\"data\" data-to=\"claim\">")
                .contains("<g class=\"edge rel undercut\" data-relation=\"r2\" data-from=\"aliens\" data-to=\"harry\">")
                .contains("{\"id\":\"harry\",\"from\":[\"data\",\"warrant\"],\"to\":\"claim\",\"kind\":\"support\"}")
                .contains("{\"id\":\"r2\",\"from\":\"aliens\",\"to\":\"harry\",\"kind\":\"undercut\"}");
        String group = page.substring(page.indexOf("data-relation=\"harry\""));
        group = group.substring(0, group.indexOf("</g>"));
        assertThat(count(group, "<path fill=\"none\"")).isEqualTo(2);
    }
}
