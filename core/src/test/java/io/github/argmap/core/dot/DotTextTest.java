package io.github.argmap.core.dot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DotTextTest {
    @Test
    void wrap_breaksAtSpacesWithinWidth() {
        // By hand, width 10: "the quick" (9) + " brown" would be 15; "brown fox" (9); "jumps over" (10);
        // "the lazy" (8) + " dog" would be 12; "dog".
        assertThat(DotText.wrap("the quick brown fox jumps over the lazy dog", 10))
                .containsExactly("the quick", "brown fox", "jumps over", "the lazy", "dog");
    }

    @Test
    void wrap_cutsAWordLongerThanALineIntoPieces() {
        assertThat(DotText.wrap("x abcdefghijklmnopqrstuvwxy z", 10))
                .containsExactly("x", "abcdefghij", "klmnopqrst", "uvwxy z");
        assertThat(DotText.wrap("abcdefghijklmnopqrst", 10)).containsExactly("abcdefghij", "klmnopqrst");
    }

    @Test
    void wrap_keepsLineBreaksAndDropsBlankLinesAndRunsOfSpace() {
        assertThat(DotText.wrap("one\r\ntwo\n\n\nthree\rfour  \t five", 34))
                .containsExactly("one", "two", "three", "four five");
    }

    @Test
    void wrap_neverCutsAnEmojiOrAnAccentedLetterInTwo() {
        // Each emoji is a surrogate pair; "👩🏽‍🔬" is one grapheme of 7 chars; "é" is e + U+0301.
        assertThat(DotText.wrap("🙂🙂🙂", 2)).containsExactly("🙂🙂", "🙂");
        assertThat(DotText.wrap("👩🏽‍🔬👩🏽‍🔬👩🏽‍🔬", 2)).containsExactly("👩🏽‍🔬👩🏽‍🔬", "👩🏽‍🔬");
        assertThat(DotText.wrap("e\u0301e\u0301e\u0301", 2)).containsExactly("e\u0301e\u0301", "e\u0301");
    }

    @Test
    void wrap_ofBlankTextIsOneEmptyLine() {
        assertThat(DotText.wrap(" \n ", 10)).containsExactly("");
    }

    @Test
    void html_escapesMarkupQuotesBackslashesAndBreaksLines() {
        assertThat(DotText.html("a & <b> \"q\" &amp; \\N\nx"))
                .isEqualTo("a &amp; &lt;b&gt; &quot;q&quot; &amp;amp; \\\\N<BR/>x");
        assertThat(DotText.html("Türkiye € £ 🙂 {} |")).isEqualTo("Türkiye € £ 🙂 {} |");
    }

    @Test
    void quoted_escapesQuotesBackslashesAndLineBreaks() {
        assertThat(DotText.quoted("a\"b\\c\nd\r\ne")).isEqualTo("\"a\\\"b\\\\c\\nd\\ne\"");
        assertThat(DotText.quoted("Gürsoy {x}")).isEqualTo("\"Gürsoy {x}\"");
    }

    @Test
    void clean_replacesWhatXmlCannotHoldAndTabs() {
        assertThat(DotText.clean("a\u0001b\uD800c\uFFFEd\te🙂\u007F"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd e🙂\u007F");
        // A low surrogate before its high one is two lone surrogates.
        assertThat(DotText.clean("\uDE42\uD83D")).isEqualTo("\uFFFD\uFFFD");
    }

    @Test
    void htmlWrapped_escapesEachLine() {
        assertThat(DotText.htmlWrapped("<a> & <b>", 5)).isEqualTo("&lt;a&gt; &amp;<BR/>&lt;b&gt;");
    }

    @Test
    void htmlWrapped_handWorkedCasesOfTheOnePassPath() {
        assertThat(DotText.htmlWrapped("aaaaaaa bb", 5)).isEqualTo("aaaaa<BR/>aa bb");
        assertThat(DotText.htmlWrapped("aaaaaaa bb", 3)).isEqualTo("aaa<BR/>aaa<BR/>a<BR/>bb");
        assertThat(DotText.htmlWrapped("ab\n\n  cd \\ \"e\"", 20)).isEqualTo("ab<BR/>cd \\\\ &quot;e&quot;");
        assertThat(DotText.htmlWrapped("abcdef gh", 3)).isEqualTo("abc<BR/>def<BR/>gh");
        assertThat(DotText.htmlWrapped(" \r\n ", 3)).isEmpty();
    }

    @Test
    void htmlWrapped_onePassPathGivesWhatTheGeneralPathGives() {
        // The alphabet is what the one-pass path accepts (below U+0300, no control characters
        // but line breaks), weighted towards separators and escapes so that every branch is hit.
        String alphabet = "ab  \n\r&<>\"\\\u00A0\u00E9\u02FFxyz";
        java.util.Random random = new java.util.Random(20261125);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? ' ' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int width = 1 + random.nextInt(12);
            StringBuilder general = new StringBuilder();
            DotText.appendHtmlWrappedGeneral(general, text.toString(), width);
            assertThat(DotText.htmlWrapped(text.toString(), width))
                    .as("seed 20261125, round %d, width %d, text [%s]", round, width, text)
                    .isEqualTo(general.toString());
        }
    }
}
