package io.github.argmap.core.argdown;

import java.util.Random;

/**
 * Random Argdown text for the differential test: statements and arguments drawn from a small pool of
 * titles (so equivalence classes and repeated relations occur), every relation arrow, nesting,
 * premise-conclusion structures with undercuts, headings, tags, data, comments and markup.
 */
final class RandomArgdown {
    private static final String[] ARROWS = {"+", "-", "<+", "<-", "+>", "->", "><", "_>", "<_"};
    private static final String[] WORDS = {"rain", "wet", "street", "because", "not", "all", "some", "é", "日本", "x"};

    private final Random random;
    private final StringBuilder s = new StringBuilder();

    private RandomArgdown(long seed) {
        random = new Random(seed);
    }

    static String text(long seed) {
        RandomArgdown r = new RandomArgdown(seed);
        r.document();
        return r.s.toString();
    }

    private void document() {
        if (random.nextInt(3) == 0) {
            s.append("===\ntitle: Random ").append(random.nextInt(100)).append('\n');
            if (random.nextBoolean()) {
                s.append("model:\n    mode: ").append(random.nextBoolean() ? "strict" : "loose").append('\n');
            }
            s.append("===\n\n");
        }
        int blocks = 3 + random.nextInt(10);
        for (int b = 0; b < blocks; b++) {
            if (b > 0) {
                s.append('\n');
            }
            switch (random.nextInt(7)) {
                case 0 -> s.append("#".repeat(1 + random.nextInt(3))).append(' ').append(words()).append('\n');
                case 1, 2 -> element(0, false);
                case 3 -> {
                    s.append('<').append(title()).append(">\n\n");
                    pcs();
                }
                case 4 -> pcs();
                case 5 -> s.append("// a comment ").append(words()).append("\n").append(random.nextBoolean() ? "" : "\n");
                default -> element(0, true);
            }
        }
    }

    private String title() {
        return (random.nextBoolean() ? "T" : "Title ") + random.nextInt(6);
    }

    private String words() {
        StringBuilder w = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                w.append(' ');
            }
            String word = WORDS[random.nextInt(WORDS.length)];
            switch (random.nextInt(12)) {
                case 0 -> w.append("*").append(word).append("*");
                case 1 -> w.append("**").append(word).append("**");
                case 2 -> w.append("#").append(word);
                case 3 -> w.append("#(").append(word).append(" tag)");
                case 4 -> w.append("@[").append(title()).append("]");
                default -> w.append(word);
            }
        }
        return w.toString();
    }

    private void head(boolean argument) {
        int form = random.nextInt(4);
        String open = argument ? "<" : "[";
        String close = argument ? ">" : "]";
        if (form == 0 && !argument) {
            s.append(words());
        } else if (form == 1) {
            s.append(open).append(title()).append(close);
        } else {
            s.append(open).append(title()).append(close).append(": ").append(words());
        }
        if (random.nextInt(5) == 0) {
            s.append(" {k").append(random.nextInt(3)).append(": v}");
        }
        s.append('\n');
    }

    private void element(int depth, boolean argument) {
        head(argument);
        if (depth < 4 && random.nextInt(3) > 0) {
            int n = 1 + random.nextInt(3);
            String indent = "    ".repeat(depth + 1);
            for (int i = 0; i < n; i++) {
                String arrow = ARROWS[random.nextInt(ARROWS.length)];
                s.append(indent).append(arrow).append(' ');
                element(depth + 1, !arrow.equals("><") && random.nextInt(3) == 0);
            }
        }
    }

    private void pcs() {
        int premises = 1 + random.nextInt(3);
        int nr = 1;
        for (int i = 0; i < premises; i++) {
            s.append('(').append(nr++).append(") ");
            head(false);
        }
        int steps = 1 + random.nextInt(2);
        for (int st = 0; st < steps; st++) {
            if (random.nextBoolean()) {
                s.append("----\n");
            } else {
                s.append("-- rule ").append(random.nextInt(3)).append(" --\n");
            }
            if (random.nextInt(4) == 0) {
                s.append("    <_ ");
                head(random.nextBoolean());
            }
            s.append('(').append(nr++).append(") ");
            head(false);
            if (random.nextInt(3) == 0) {
                s.append("    ").append(ARROWS[random.nextInt(ARROWS.length)]).append(' ');
                head(false);
            }
        }
    }
}
