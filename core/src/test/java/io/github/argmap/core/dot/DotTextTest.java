package io.github.argmap.core.dot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void wrapAndHtmlWrapped_agreeWithTheEarlierTwoPassAlgorithm() {
        // The oracle is the wrapping of the previous release (split into words, lines collected,
        // each line escaped), kept below; the alphabet mixes separators, escapes, accents,
        // combining marks, an emoji ZWJ sequence, tabs and control characters to be cleaned.
        String[] alphabet = {"a", "b", "xyz", " ", " ", "\n", "\r", "\t", "&", "<", ">", "\"", "\\", "\u00A0",
            "\u00E9", "e\u0301", "\u02FF", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\u0001", "\u202F", "\uFFFE"};
        java.util.Random random = new java.util.Random(20261125);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? " " : alphabet[random.nextInt(alphabet.length)]);
            }
            int width = 1 + random.nextInt(12);
            List<String> expected = OldWrap.wrap(text.toString(), width);
            assertThat(DotText.wrap(text.toString(), width))
                    .as("seed 20261125, round %d, width %d, text [%s]", round, width, text)
                    .isEqualTo(expected);
            assertThat(DotText.htmlWrapped(text.toString(), width))
                    .as("seed 20261125, round %d, width %d, text [%s]", round, width, text)
                    .isEqualTo(String.join("<BR/>", expected.stream().map(DotText::html).toList()));
        }
    }

    /** The two-pass wrapping argmap used before the one-pass loop, as the oracle above. */
    private static final class OldWrap {
        private static final Pattern GRAPHEME = Pattern.compile("\\X");

        static List<String> wrap(String text, int width) {
            List<String> lines = new ArrayList<>();
            String cleaned = DotText.clean(text);
            int n = cleaned.length();
            StringBuilder line = new StringBuilder();
            int used = 0;
            int i = 0;
            while (i <= n) {
                if (i == n || cleaned.charAt(i) == '\n' || cleaned.charAt(i) == '\r') {
                    if (used > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    i++;
                    continue;
                }
                if (space(cleaned.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && !space(cleaned.charAt(i)) && cleaned.charAt(i) != '\n' && cleaned.charAt(i) != '\r') {
                    i++;
                }
                String word = cleaned.substring(start, i);
                List<String> pieces = graphemes(word);
                int length = pieces.size();
                if (used > 0 && used + 1 + length <= width) {
                    line.append(' ').append(word);
                    used += 1 + length;
                    continue;
                }
                if (used > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                if (length <= width) {
                    line.append(word);
                    used = length;
                    continue;
                }
                for (int p = 0; p < length; p += width) {
                    int end = Math.min(length, p + width);
                    String chunk = String.join("", pieces.subList(p, end));
                    if (end - p == width) {
                        lines.add(chunk);
                    } else {
                        line.append(chunk);
                        used = end - p;
                    }
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
            return lines;
        }

        private static boolean space(char c) {
            return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
        }

        private static List<String> graphemes(String word) {
            List<String> pieces = new ArrayList<>();
            Matcher m = GRAPHEME.matcher(word);
            while (m.find()) {
                pieces.add(m.group());
            }
            return pieces;
        }
    }
}
