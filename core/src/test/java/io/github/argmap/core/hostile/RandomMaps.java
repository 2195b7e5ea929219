package io.github.argmap.core.hostile;

import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Ids;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of valid argument maps whose texts hold the characters that break careless
 * readers and writers, for property and fuzz tests in any package.
 *
 * <p>The same seed always gives the same maps, so a failing case is reproduced by its seed alone.
 * Every map returned passes {@link ArgumentMap.Builder#build()}.
 *
 * <pre>{@code
 * RandomMaps random = new RandomMaps(42);
 * ArgumentMap map = random.map(30);          // about 30 claims, hostile texts, random relations
 * ArgumentMap chain = RandomMaps.chain(1_000_000);
 * }</pre>
 */
public final class RandomMaps {
    /** Pieces a text is made of: each has broken some parser or writer somewhere. */
    static final List<String> HOSTILE_PIECES = List.of(
            "plain words", "\"quoted\"", "back\\slash", "'single'", "{\"json\": [1]}", "</script>",
            "😀", "👩‍👩‍👧", "🇪🇺", "e\u0301", "a\u0308\u0332", "שלום", "مرحبا", "\u202Ereversed\u202C",
            "\u0000", "\u0001", "\u001F", "\u007F", "\u0085", "\t", "\n", "\r\n", "\r", "\u2028", "\u2029",
            "\uFEFF", "\uFFFE", "\uFFFF", "\u200B", "\u00A0", "𝕏", "中文", "Ünïcödé",
            // Lone and reversed surrogates: legal in a Java String, not encodable in UTF-8 as such.
            "\uD800", "\uDFFF", "\uDC00\uD800", "x\uD83D", "\uDE00y",
            "%s %n %d", "${x}", "-- ", "\\u0000", "\\");

    private static final String ID_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

    private final Random random;

    /**
     * Starts a generator.
     *
     * @param seed the seed; equal seeds give equal sequences of maps
     */
    public RandomMaps(long seed) {
        this.random = new Random(seed);
    }

    /**
     * A hostile but valid text: never blank, may hold any of {@link #HOSTILE_PIECES}.
     *
     * @return the text
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(3)) {
                case 0:
                    out.append(HOSTILE_PIECES.get(random.nextInt(HOSTILE_PIECES.size())));
                    break;
                case 1:
                    out.append((char) random.nextInt(Character.MAX_VALUE + 1));
                    break;
                default:
                    out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        if (out.toString().isBlank()) {
            out.append('x');
        }
        return out.toString();
    }

    /**
     * A valid id of 1 to {@value Ids#MAX_LENGTH} characters, biased towards short ones.
     *
     * @return the id
     */
    public String id() {
        int length = random.nextInt(10) == 0 ? Ids.MAX_LENGTH - random.nextInt(3) : 1 + random.nextInt(12);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return out.toString();
    }

    private String uniqueId(Set<String> used) {
        String id;
        do {
            id = id();
        } while (!used.add(id));
        return id;
    }

    private Optional<String> maybe() {
        return random.nextBoolean() ? Optional.of(text()) : Optional.empty();
    }

    private OptionalDouble weight() {
        switch (random.nextInt(8)) {
            case 0: return OptionalDouble.empty();
            case 1: return OptionalDouble.of(0.0);
            case 2: return OptionalDouble.of(1.0);
            case 3: return OptionalDouble.of(-0.0);
            case 4: return OptionalDouble.of(Double.MIN_VALUE);
            case 5: return OptionalDouble.of(Math.nextDown(1.0));
            default: return OptionalDouble.of(random.nextDouble());
        }
    }

    /**
     * A valid map with about {@code claims} claims and random speakers, sections, tags, weights,
     * notes and relations.
     *
     * @param claims how many claims
     * @return the map
     */
    public ArgumentMap map(int claims) {
        ArgumentMap.Builder b = ArgumentMap.builder().title(text());
        if (random.nextBoolean()) {
            b.source(new Source(maybe(), maybe(), maybe()));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.addNote(random.nextInt(4) == 0 ? "" : text());
        }
        List<String> speakers = new ArrayList<>();
        Set<String> speakerIds = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String id = uniqueId(speakerIds);
            speakers.add(id);
            b.addSpeaker(new Speaker(id, text(), random.nextInt(4) == 0 ? "" : text(), maybe()));
        }
        List<String> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String id = uniqueId(sectionIds);
            sections.add(id);
            b.addSection(new Section(id, text()));
        }
        List<String> claimIds = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < claims; i++) {
            String id = uniqueId(used);
            claimIds.add(id);
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(3); t > 0; t--) {
                tags.add(id());
            }
            b.addClaim(new Claim(id, text(),
                    speakers.isEmpty() || random.nextBoolean() ? Optional.empty()
                            : Optional.of(speakers.get(random.nextInt(speakers.size()))),
                    sections.isEmpty() || random.nextBoolean() ? Optional.empty()
                            : Optional.of(sections.get(random.nextInt(sections.size()))),
                    maybe(), tags, maybe(), weight(), Optional.empty()));
        }
        if (claims >= 2) {
            Set<List<String>> pairs = new HashSet<>();
            Set<String> relationIds = new HashSet<>();
            for (int i = random.nextInt(2 * claims); i > 0; i--) {
                String from = claimIds.get(random.nextInt(claims));
                String to = claimIds.get(random.nextInt(claims));
                if (!from.equals(to) && pairs.add(List.of(from, to))) {
                    RelationKind kind = random.nextBoolean() ? RelationKind.SUPPORT : RelationKind.REBUTTAL;
                    List<String> premises = new ArrayList<>(List.of(from));
                    // One relation in four is linked: a second premise that is neither premise nor target yet.
                    String second = claimIds.get(random.nextInt(claims));
                    if (random.nextInt(4) == 0 && !second.equals(to) && !second.equals(from)
                            && pairs.add(List.of(second, to))) {
                        premises.add(second);
                    }
                    String id = random.nextInt(4) == 0 ? id() : "";
                    b.addRelation(new Relation(relationIds.add(id) ? id : "", premises, to, kind, maybe(), Optional.empty()));
                }
            }
        }
        return b.build();
    }

    /**
     * A valid map like {@link #map(int)} with the model's structure on top: claim titles, map
     * metadata, relation schemes, arguments (with premises, conclusions and relations to and from
     * them), and undercuts of supports, of rebuttals and of undercuts, some of them linked.
     *
     * @param claims how many claims
     * @return the map
     */
    public ArgumentMap structured(int claims) {
        ArgumentMap base = map(claims);
        ArgumentMap.Builder b = ArgumentMap.builder().title(base.title()).source(base.source());
        base.notes().forEach(b::addNote);
        for (int i = random.nextInt(4); i > 0; i--) {
            b.putMetadata(text(), random.nextInt(4) == 0 ? "" : text());
        }
        base.speakers().forEach(b::addSpeaker);
        base.sections().forEach(b::addSection);
        Set<String> nodeIds = new HashSet<>();
        List<String> claimIds = new ArrayList<>();
        for (Claim c : base.claims()) {
            b.addClaim(random.nextInt(3) == 0 ? c.withTitle(text()) : c);
            nodeIds.add(c.id());
            claimIds.add(c.id());
        }
        List<Relation> relations = new ArrayList<>();
        for (Relation r : base.relations()) {
            relations.add(random.nextInt(4) == 0 ? r.withScheme(text()) : r);
        }
        // Targets an undercut may name: every relation of the base map by its id there (appending keeps
        // those ids, as appended relations are named u-… or left unnamed), then named undercuts.
        List<String> targets = new ArrayList<>();
        base.relations().forEach(r -> targets.add(base.idOf(r)));
        if (claims >= 1) {
            for (int i = random.nextInt(4); i > 0; i--) {
                String id = uniqueId(nodeIds);
                Argument a = Argument.of(id, random.nextInt(3) == 0 ? "" : text());
                if (random.nextBoolean()) {
                    a = a.withTitle(text());
                }
                List<String> premises = new ArrayList<>();
                for (int p = random.nextInt(3); p > 0; p--) {
                    String c = claimIds.get(random.nextInt(claimIds.size()));
                    if (!premises.contains(c)) {
                        premises.add(c);
                    }
                }
                a = a.withPremises(premises);
                String conclusion = claimIds.get(random.nextInt(claimIds.size()));
                if (random.nextBoolean() && !premises.contains(conclusion)) {
                    a = a.withConclusion(conclusion);
                }
                if (random.nextBoolean()) {
                    a = a.withNote(text()).withQuote(text()).withTags(List.of(id(), id()));
                }
                b.addArgument(a);
                // The argument supports or rebuts a claim, and perhaps is rebutted by one.
                String target = claimIds.get(random.nextInt(claimIds.size()));
                relations.add(random.nextBoolean() ? Relation.support(id, target) : Relation.rebuttal(id, target));
                if (random.nextBoolean()) {
                    relations.add(Relation.rebuttal(claimIds.get(random.nextInt(claimIds.size())), id).withScheme(text()));
                }
            }
        }
        if (claims >= 2 && !targets.isEmpty()) {
            Set<List<Object>> undercutKeys = new HashSet<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                String target = targets.get(random.nextInt(targets.size()));
                List<String> premises = new ArrayList<>(List.of(claimIds.get(random.nextInt(claims))));
                String second = claimIds.get(random.nextInt(claims));
                if (random.nextInt(3) == 0 && !premises.contains(second)) {
                    premises.add(second);
                }
                if (!undercutKeys.add(List.of(new java.util.TreeSet<>(premises), target))) {
                    continue;
                }
                Relation u = Relation.linked(RelationKind.UNDERCUT, premises, target);
                if (random.nextBoolean()) {
                    u = u.withId("u-" + i);
                    targets.add(u.id());
                }
                relations.add(random.nextBoolean() ? u.withScheme(text()) : u);
            }
        }
        b.addRelations(relations);
        return b.build();
    }

    /**
     * A chain {@code c0 ← c1 ← … ← c(n-1)} where each claim supports the one before: the deepest
     * graph a map of {@code n} claims can have, for checking that nothing recurses on depth.
     *
     * @param n how many claims
     * @return the map
     */
    public static ArgumentMap chain(int n) {
        ArgumentMap.Builder b = ArgumentMap.builder().title("chain of " + n);
        for (int i = 0; i < n; i++) {
            // Not "claim " + i: a text ending in the id's digits makes Claim's record hashCode
            // (31 * hash(id) + hash(text) + ...) collide in its low bits, and JGraphT's maps crawl.
            b.addClaim(Claim.of("c" + i, "a link in the chain"));
            if (i > 0) {
                b.addRelation(Relation.support("c" + i, "c" + (i - 1)));
            }
        }
        return b.build();
    }
}
