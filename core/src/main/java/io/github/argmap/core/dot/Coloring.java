package io.github.argmap.core.dot;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the fill colour of a claim means, with the legend that says so: an attribute provider for
 * {@link DotWriter}, built from a whole map so that a picture of part of it (a section, a
 * speaker, a claim's neighbourhood) colours each group as the picture of the whole map does.
 *
 * <p>Colours come from the Okabe–Ito palette, lightened for black text; groups take them in the
 * map's order (speakers and sections as listed, tags from the most used), so the same map always
 * gets the same colours. Beyond eight groups colours repeat.
 *
 * <pre>{@code
 * DotOptions options = DotOptions.builder().coloring(Coloring.bySection(map)).build();
 * DotWriter.write(Traversal.of(map).bySpeaker("rieker"), options, writer);
 * }</pre>
 */
public final class Coloring {
    /** How many tags get a colour of their own; the rest share "other tags". */
    static final int TAG_COLOURS = Palette.SIZE - 1;

    private final String heading;
    private final Function<Claim, Optional<String>> keyOf;
    private final Map<String, Entry> entries;
    private final Entry none;

    /**
     * One line of the legend: a colour and what it stands for.
     *
     * @param key the speaker, section, tag or status it colours
     * @param label what the legend calls it
     * @param details a second, smaller line (a speaker's role and affiliation); may be empty
     * @param fill the colour, {@code #RRGGBB}
     */
    public record Entry(String key, String label, String details, String fill) {
        /**
         * Checks the components.
         *
         * @param key the speaker, section, tag or status it colours
         * @param label what the legend calls it
         * @param details a second, smaller line (a speaker's role and affiliation); may be empty
         * @param fill the colour, {@code #RRGGBB}
         * @throws NullPointerException when a component is {@code null}
         */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(fill, "fill");
        }
    }

    private Coloring(String heading, Function<Claim, Optional<String>> keyOf, Map<String, Entry> entries, Entry none) {
        this.heading = heading;
        this.keyOf = keyOf;
        this.entries = entries;
        this.none = none;
    }

    /**
     * Colours claims by who made them, the default.
     *
     * @param map the whole map, whose speakers take colours in their order
     * @return the colouring
     */
    public static Coloring bySpeaker(ArgumentMap map) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        int i = 0;
        for (Speaker s : map.speakers()) {
            StringBuilder details = new StringBuilder(s.role().strip());
            s.affiliation().filter(a -> !a.isBlank())
                    .ifPresent(a -> details.append(details.length() > 0 ? ", " : "").append(a.strip()));
            entries.put(s.id(), new Entry(s.id(), s.name(), details.toString(), Palette.fill(i++)));
        }
        return new Coloring("Speaker", Claim::speaker, entries, new Entry("", "no speaker", "", Palette.NONE_FILL));
    }

    /**
     * Colours claims by the section of the debate they come from.
     *
     * @param map the whole map, whose sections take colours in their order
     * @return the colouring
     */
    public static Coloring bySection(ArgumentMap map) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        int i = 0;
        for (Section s : map.sections()) {
            entries.put(s.id(), new Entry(s.id(), s.title(), "", Palette.fill(i++)));
        }
        return new Coloring("Section", Claim::section, entries, new Entry("", "no section", "", Palette.NONE_FILL));
    }

    /**
     * Colours claims by their most used tag: the {@value #TAG_COLOURS} tags carried by the most
     * claims of the map (ties by name) get a colour each, a claim takes the colour of the first
     * of them it carries, and claims with only other tags share one grey.
     *
     * @param map the whole map
     * @return the colouring
     */
    public static Coloring byTag(ArgumentMap map) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Claim c : map.claims()) {
            c.tags().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparing((String t) -> -counts.get(t)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rank = new HashMap<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(TAG_COLOURS, ranked.size()); i++) {
            String tag = ranked.get(i);
            rank.put(tag, i);
            entries.put(tag, new Entry(tag, tag, counts.get(tag) + (counts.get(tag) == 1 ? " claim" : " claims"),
                    Palette.fill(i)));
        }
        String other = "\u0000other"; // no tag can hold a NUL, so this key meets no real tag
        if (ranked.size() > TAG_COLOURS) {
            entries.put(other, new Entry(other, "other tags", (ranked.size() - TAG_COLOURS) + " less used tags",
                    Palette.fill(TAG_COLOURS)));
        }
        Function<Claim, Optional<String>> keyOf = c -> {
            String best = null;
            for (String t : c.tags()) {
                Integer r = rank.get(t);
                if (r != null && (best == null || r < rank.get(best))) {
                    best = t;
                }
            }
            return best != null ? Optional.of(best) : c.tags().isEmpty() ? Optional.empty() : Optional.of(other);
        };
        return new Coloring("Most used tag", keyOf, entries, new Entry("", "no tag", "", Palette.NONE_FILL));
    }

    /**
     * Colours claims by their acceptance status, as a semantics decides it.
     *
     * @param statusById status by claim id; claims missing from it are shown as unknown
     * @return the colouring
     */
    public static Coloring byStatus(Map<String, Status> statusById) {
        Map<String, Status> copy = Map.copyOf(statusById);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            String fill = switch (s) {
                case ACCEPTED -> Palette.ACCEPTED_FILL;
                case REJECTED -> Palette.REJECTED_FILL;
                case UNDECIDED -> Palette.UNDECIDED_FILL;
            };
            entries.put(s.name(), new Entry(s.name(), s.marker() + " " + s.label(), "", fill));
        }
        return new Coloring("Status", c -> Optional.ofNullable(copy.get(c.id())).map(Enum::name), entries,
                new Entry("", "no status", "", Palette.NONE_FILL));
    }

    /**
     * What the colours stand for, as the legend's heading.
     *
     * @return such as {@code Speaker}
     */
    public String heading() {
        return heading;
    }

    /**
     * The fill colour of a claim.
     *
     * @param claim any claim
     * @return {@code #RRGGBB}
     */
    public String fill(Claim claim) {
        return entry(claim).fill();
    }

    /**
     * The legend entry a claim falls under.
     *
     * @param claim any claim
     * @return its entry, or the entry for claims without a value
     */
    public Entry entry(Claim claim) {
        return keyOf.apply(claim).map(entries::get).orElse(none);
    }

    /**
     * The legend for some claims: the entries they fall under, in the colouring's order, then the
     * entry for claims without a value if any has none. Runs in time linear in the claims.
     *
     * @param claims the claims drawn
     * @return the entries
     */
    public List<Entry> legend(Collection<Claim> claims) {
        Set<String> used = new HashSet<>();
        boolean anyNone = false;
        for (Claim c : claims) {
            Entry e = entry(c);
            if (e == none) {
                anyNone = true;
            } else {
                used.add(e.key());
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (used.contains(e.key())) {
                out.add(e);
            }
        }
        if (anyNone) {
            out.add(none);
        }
        return List.copyOf(out);
    }

    /**
     * Every entry, whether claims use it or not, then the entry for claims without a value.
     *
     * @return the entries
     */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(entries.values());
        out.add(none);
        return List.copyOf(out);
    }
}
