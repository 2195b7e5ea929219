package io.github.argmap.jackson;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random maps that use every optional field and awkward text (quotes, backslashes, control
 * characters, non-ASCII letters, emoji), for round trips.
 */
final class RandomMaps {
    private static final String[] PIECES = {
        "NATO", "Türkiye", "coalition", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "😀",
        "Ελλάδα", "Україна", "€5bn", "</script>", "a/b", "'single'", "\u0001", "日本語", " ", "—"
    };

    private RandomMaps() {}

    static ArgumentMap map(long seed) {
        Random r = new Random(seed);
        ArgumentMap.Builder b = ArgumentMap.builder().title(text(r));
        if (r.nextBoolean()) {
            b.source(new Source(maybe(r, "debate-" + r.nextInt(100) + ".txt"), maybe(r, text(r)), maybe(r, "2026-05-16")));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addNote(text(r));
        }
        int speakers = r.nextInt(4);
        for (int i = 0; i < speakers; i++) {
            Speaker s = Speaker.of("s" + i, text(r), text(r));
            b.addSpeaker(r.nextBoolean() ? new Speaker(s.id(), s.name(), s.role(), Optional.of(text(r))) : s);
        }
        int sections = r.nextInt(4);
        for (int i = 0; i < sections; i++) {
            b.addSection(new Section("sec." + i, text(r)));
        }
        int claims = 1 + r.nextInt(30);
        for (int i = 0; i < claims; i++) {
            Claim c = Claim.of("c-" + i, text(r));
            if (speakers > 0 && r.nextBoolean()) {
                c = c.withSpeaker("s" + r.nextInt(speakers));
            }
            if (sections > 0 && r.nextBoolean()) {
                c = c.withSection("sec." + r.nextInt(sections));
            }
            if (r.nextBoolean()) {
                c = c.withQuote(text(r));
            }
            if (r.nextInt(3) == 0) {
                List<String> tags = new ArrayList<>();
                for (int t = 1 + r.nextInt(3); t > 0; t--) {
                    tags.add("t_" + r.nextInt(5));
                }
                c = c.withTags(tags);
            }
            if (r.nextInt(3) == 0) {
                c = c.withNote(text(r));
            }
            if (r.nextInt(3) == 0) {
                // Doubles whose shortest decimal form is long, and the ends of the range.
                double[] special = {0.0, 1.0, 0.1, 1.0 / 3, 0.7071067811865476, 1e-7};
                c = c.withWeight(r.nextBoolean() ? special[r.nextInt(special.length)] : r.nextDouble());
            }
            b.addClaim(c);
        }
        Set<String> pairs = new HashSet<>();
        for (int k = r.nextInt(2 * claims); k > 0; k--) {
            int from = r.nextInt(claims);
            int to = r.nextInt(claims);
            if (from == to || !pairs.add(from + ">" + to)) {
                continue;
            }
            Relation rel = r.nextBoolean() ? Relation.support("c-" + from, "c-" + to) : Relation.rebuttal("c-" + from, "c-" + to);
            if (r.nextInt(3) == 0) {
                rel = rel.withNote(text(r));
            }
            b.addRelation(rel);
        }
        return b.build();
    }

    private static Optional<String> maybe(Random r, String value) {
        return r.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    private static String text(Random r) {
        StringBuilder s = new StringBuilder("x");
        for (int i = r.nextInt(6); i > 0; i--) {
            s.append(' ').append(PIECES[r.nextInt(PIECES.length)]);
        }
        return s.toString();
    }
}
