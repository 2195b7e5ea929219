package io.github.argmap.core.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reader's shortcuts (YAML without SnakeYAML, ids of Latin-1 titles without the normalizer,
 * relation keys as longs) each checked against the general method they stand in for.
 */
class ArgdownFastPathsTest {
    /** The general method: deriveId as it was written before the Latin-1 table, on the normalizer. */
    private static String deriveIdByNormalizer(String title, String prefix) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder s = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < folded.length() && s.length() < 100; i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
            if (ok) {
                s.append(c);
                dash = false;
            } else if (!dash && s.length() > 0) {
                s.append('-');
                dash = true;
            }
        }
        while (s.length() > 0 && (s.charAt(s.length() - 1) == '-' || s.charAt(s.length() - 1) == '.')) {
            s.setLength(s.length() - 1);
        }
        return s.length() == 0 ? prefix + "-" + String.format(java.util.Locale.ROOT, "%08x", title.hashCode()) : s.toString();
    }

    private static String withoutMarks(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void latin1Folding_isTheNormalizersNfkdWithoutMarks_forEveryCharacter() {
        for (char c = 0; c <= 0xFF; c++) {
            String one = String.valueOf(c);
            assertThat(ArgdownReader.foldLatin1(one)).as("U+%04X", (int) c)
                    .isEqualTo(withoutMarks(Normalizer.normalize(one, Normalizer.Form.NFKD)));
        }
    }

    @Test
    void idsOfLatin1Titles_areTheIdsTheNormalizerGives() {
        assertThat(ArgdownReader.deriveId("Statement 4 Zürich élan", "s")).isEqualTo("Statement-4-Zurich-elan");
        assertThat(ArgdownReader.deriveId("½ of Æsir ß", "s")).isEqualTo("1-2-of-sir");
        Random r = new Random(18);
        for (int n = 0; n < 5000; n++) {
            StringBuilder t = new StringBuilder();
            int len = 1 + r.nextInt(12);
            for (int i = 0; i < len; i++) {
                t.append(r.nextBoolean() ? (char) ('a' + r.nextInt(26)) : (char) (0x80 + r.nextInt(0x80)));
            }
            String title = t.toString();
            assertThat(ArgdownReader.deriveId(title, "s")).as(title).isEqualTo(deriveIdByNormalizer(title, "s"));
        }
    }

    @Test
    void blockFrontMatter_isReadWithoutSnakeYaml_asSnakeYamlReadsIt() throws Exception {
        String yaml = "\ntitle: Synthetic debate of 10000 statements\nauthor: bench/argdown-synthetic.py\n"
                + "date: 2026-12-04\nflag: yes\nnothing: ~\n\nsub-title: a  b  \n";
        Map<String, Object> fast = ArgdownYaml.simpleBlockMapping(yaml);
        assertThat(fast).isNotNull().containsOnlyKeys("title", "author", "date", "flag", "nothing", "sub-title");
        assertThat(fast).isEqualTo(ArgdownYaml.parse(yaml));
        assertThat(fast.get("nothing")).isSameAs(ArgdownYaml.NULL);
        assertThat(fast.get("sub-title")).isEqualTo("a  b");
    }

    @Test
    void blockFrontMatter_leavesToSnakeYamlWhatItCannotReadExactly() {
        for (String yaml : List.of("title: a\ntitle: b\n", "title:\n", "title: a\n  continued\n", "title: a # note\n",
                "title: 'quoted'\n", "list:\n  - a\n", "title: a: b\n", "---\ntitle: a\n", "Null: a\n", "title: -1\n",
                "title:\ta\n", "title: a\r\n", "\ttitle: a\n", "title: [a]\n", "", "\n\n", "title: a\u0085b\n")) {
            assertThat(ArgdownYaml.simpleBlockMapping(yaml)).as(yaml).isNull();
        }
    }

    @Test
    void blockFrontMatter_agreesWithSnakeYaml_onRandomLines() throws Exception {
        String alphabet = "ab Z9_-:#'\"{}[],&*!|>%@`?~\t\u00e9\u00a0\u2028.";
        Random r = new Random(1805);
        int fast = 0;
        for (int n = 0; n < 8000; n++) {
            StringBuilder y = new StringBuilder();
            int lines = 1 + r.nextInt(4);
            for (int l = 0; l < lines; l++) {
                y.append(r.nextInt(5) == 0 ? " " : "").append((char) ('a' + r.nextInt(3))).append(r.nextInt(3) == 0 ? "" : ": ");
                int len = r.nextInt(8);
                for (int i = 0; i < len; i++) {
                    y.append(r.nextInt(3) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : (char) ('a' + r.nextInt(26)));
                }
                y.append('\n');
            }
            String yaml = y.toString();
            Map<String, Object> m = ArgdownYaml.simpleBlockMapping(yaml);
            if (m != null) {
                fast++;
                assertThat(m).as(yaml).isEqualTo(ArgdownYaml.parse(yaml));
            }
        }
        assertThat(fast).as("inputs the fast path read").isGreaterThan(300);
    }

    @Test
    void decoding_givesTheStrictDecodersTextOrItsError() {
        List<byte[]> files = List.of("[A]: Z\u00fcrich \u00e9lan \ud83d\ude00".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "[A]: a \ufffd in the file".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "\ufeff[A]: after a BOM".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "\ufeff[A]: UTF-16".getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
                new byte[] {'[', 'A', ']', ':', ' ', 'a', '\n', 'b', (byte) 0xC3, '(', 'x'},
                new byte[] {'[', 'A', ']', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xEF, (byte) 0xBF});
        for (byte[] file : files) {
            Object fast;
            Object strict;
            try {
                fast = ArgdownReader.decode(file, "f.argdown");
            } catch (io.github.argmap.core.InvalidMapException e) {
                fast = e.problems();
            }
            try {
                strict = io.github.argmap.core.internal.UnicodeText.decode(file, "f.argdown");
            } catch (io.github.argmap.core.InvalidMapException e) {
                strict = e.problems();
            }
            assertThat(fast).isEqualTo(strict);
        }
    }

    @Test
    void longSet_holdsWhatAHashSetHolds() {
        ArgdownParser.LongSet set = new ArgdownParser.LongSet();
        Set<Long> reference = new HashSet<>();
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long k = 1 + (r.nextBoolean() ? r.nextInt(5000) : r.nextLong() >>> 1);
            assertThat(set.contains(k)).isEqualTo(reference.contains(k));
            assertThat(set.add(k)).isEqualTo(reference.add(k));
        }
        assertThat(set.size()).isEqualTo(reference.size());
    }
}
