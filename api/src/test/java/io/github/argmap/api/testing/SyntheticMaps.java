package io.github.argmap.api.testing;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The one seeded generator of synthetic maps and frameworks that every benchmark uses.
 *
 * <p>Maps look like debates: a few speakers and sections, tags, claims that mostly hang off an
 * earlier claim as a tree (each claim supports or rebuts one claim before it), with about one
 * claim in ten adding a cross link to another earlier claim; supports outnumber rebuttals about
 * 3:1. The same seed and size always give the same map.
 *
 * <pre>{@code
 * ArgumentMap map = SyntheticMaps.map(10_000, 42);
 * ArgumentationFramework af = SyntheticMaps.framework(1_000_000, 4_000_000, 42);
 * }</pre>
 */
public final class SyntheticMaps {
    private static final String[] WORDS = ("europe defence security coalition alliance budget treaty industry "
            + "sovereignty partnership integration enlargement deterrence ukraine russia nato union border "
            + "market energy supply autonomy funding procurement council").split(" ");

    private SyntheticMaps() {}

    /**
     * A synthetic debate.
     *
     * @param claims the number of claims, at least 1
     * @param seed the seed
     * @return the map
     */
    public static ArgumentMap map(int claims, long seed) {
        Random r = new Random(seed);
        ArgumentMap.Builder b = ArgumentMap.builder().title("Synthetic debate of " + claims + " claims");
        int speakers = 8;
        int sections = Math.max(1, Math.min(50, claims / 20));
        for (int s = 0; s < speakers; s++) {
            b.addSpeaker(Speaker.of("s" + s, "Speaker " + s, s == 0 ? "chair" : "panellist"));
        }
        for (int s = 0; s < sections; s++) {
            b.addSection(new Section("sec" + s, "Section " + s));
        }
        for (int i = 0; i < claims; i++) {
            b.addClaim(Claim.of("c" + i, sentence(r))
                    .withSpeaker("s" + r.nextInt(speakers))
                    .withSection("sec" + (int) ((long) i * sections / claims))
                    .withTags(List.of("t" + r.nextInt(12), "t" + r.nextInt(12))));
        }
        for (int i = 1; i < claims; i++) {
            int parent = r.nextInt(i);
            b.addRelation(r.nextInt(4) == 0 ? Relation.rebuttal("c" + i, "c" + parent) : Relation.support("c" + i, "c" + parent));
            if (i > 2 && r.nextInt(10) == 0) {
                int other = r.nextInt(i);
                if (other != parent) {
                    b.addRelation(r.nextInt(4) == 0 ? Relation.rebuttal("c" + i, "c" + other) : Relation.support("c" + i, "c" + other));
                }
            }
        }
        return b.build();
    }

    private static String sentence(Random r) {
        int words = 8 + r.nextInt(14);
        StringBuilder s = new StringBuilder("The");
        for (int w = 0; w < words; w++) {
            s.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    /**
     * A random abstract framework with exactly {@code attacks} distinct attacks (self-attacks allowed).
     *
     * @param arguments the number of arguments
     * @param attacks the number of attacks
     * @param seed the seed
     * @return the framework, arguments named {@code a0, a1, …}
     */
    public static ArgumentationFramework framework(int arguments, int attacks, long seed) {
        Random r = new Random(seed);
        List<String> ids = new ArrayList<>(arguments);
        for (int i = 0; i < arguments; i++) {
            ids.add("a" + i);
        }
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        int[] from = new int[attacks];
        int[] to = new int[attacks];
        int n = 0;
        while (n < attacks) {
            int a = r.nextInt(arguments);
            int b = r.nextInt(arguments);
            if (seen.add((long) a * arguments + b)) {
                from[n] = a;
                to[n] = b;
                n++;
            }
        }
        return ArgumentationFramework.of(ids, from, to);
    }

    /**
     * A random framework in which each ordered pair is an attack with probability {@code p}.
     *
     * @param arguments the number of arguments
     * @param p the attack probability
     * @param seed the seed
     * @return the framework
     */
    public static ArgumentationFramework erdosRenyi(int arguments, double p, long seed) {
        Random r = new Random(seed);
        List<String> ids = new ArrayList<>(arguments);
        for (int i = 0; i < arguments; i++) {
            ids.add("a" + i);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < arguments; a++) {
            for (int b = 0; b < arguments; b++) {
                if (r.nextDouble() < p) {
                    pairs.add(new int[] {a, b});
                }
            }
        }
        int[] from = new int[pairs.size()];
        int[] to = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            from[i] = pairs.get(i)[0];
            to[i] = pairs.get(i)[1];
        }
        return ArgumentationFramework.of(ids, from, to);
    }
}
