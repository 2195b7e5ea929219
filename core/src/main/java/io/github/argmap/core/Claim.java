package io.github.argmap.core;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * A position, reason or piece of evidence put forward in a debate: a vertex of the map.
 *
 * <p>Claims are immutable values; the {@code with…} methods return modified copies. Tags are kept
 * sorted and without repeats so that two claims with the same tags are equal however the tags were
 * given. Equality is structural over every component; within one {@link ArgumentMap} ids are
 * unique, so two distinct vertices are never equal.
 *
 * <p>{@code Claim.of("c1", "NATO remains indispensable.").withSpeaker("rieker").withTags(List.of("nato"))}
 *
 * @param id the claim's id (see {@link Ids})
 * @param text a short, self-contained statement of the claim
 * @param speaker the id of the speaker who makes the claim, if known
 * @param section the id of the section it is made in, if any
 * @param quote the verbatim span of the source text the claim is taken from, if any
 * @param tags topic tags, sorted, without repeats
 * @param note an analyst's remark, for example on a doubtful statement in the source
 * @param weight the base score in [0, 1] used by gradual semantics, if set
 * @param title a free-text name, such as an Argdown statement's title, when the claim came with one
 */
public record Claim(
        String id,
        String text,
        Optional<String> speaker,
        Optional<String> section,
        Optional<String> quote,
        List<String> tags,
        Optional<String> note,
        OptionalDouble weight,
        Optional<String> title) {

    /**
     * Sorts the tags and checks that no component is {@code null}; content is validated by
     * {@link ArgumentMap.Builder#build()}.
     *
     * @param id the claim's id (see {@link Ids})
     * @param text a short, self-contained statement of the claim
     * @param speaker the id of the speaker who makes the claim, if known
     * @param section the id of the section it is made in, if any
     * @param quote the verbatim span of the source text the claim is taken from, if any
     * @param tags topic tags, sorted, without repeats
     * @param note an analyst's remark, for example on a doubtful statement in the source
     * @param weight the base score in [0, 1] used by gradual semantics, if set
     * @param title a free-text name, when the claim came with one
     * @throws NullPointerException when a component or a tag is {@code null}
     */
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(quote, "quote");
        tags = sortedDistinct(tags);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(title, "title");
    }

    private static List<String> sortedDistinct(List<String> tags) {
        for (int i = 1; i < tags.size(); i++) {
            if (tags.get(i - 1).compareTo(tags.get(i)) >= 0) {
                return List.copyOf(new TreeSet<>(tags));
            }
        }
        return List.copyOf(tags);
    }

    /**
     * Hashes the id only: claims of one map have distinct ids, and a record's default hash would
     * walk the text, tags and every optional on each of JGraphT's vertex look-ups.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Hashing.mix(id.hashCode());
    }

    /**
     * Equal when every component is equal, as for any record; written out because JGraphT
     * compares the two ends of every edge it adds, and the generated equals costs a method-handle
     * call per component where this stops at the first differing id.
     *
     * @param o another object
     * @return whether it is a claim with equal components
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Claim c && id.equals(c.id) && text.equals(c.text) && speaker.equals(c.speaker)
                && section.equals(c.section) && quote.equals(c.quote) && tags.equals(c.tags)
                && note.equals(c.note) && weight.equals(c.weight) && title.equals(c.title);
    }

    /**
     * A claim with only an id and a text.
     *
     * @param id the id
     * @param text the statement
     * @return the claim
     */
    public static Claim of(String id, String text) {
        return new Claim(id, text, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), OptionalDouble.empty(), Optional.empty());
    }

    /**
     * Copies this claim with another speaker.
     *
     * @param speakerId the speaker's id
     * @return the copy
     */
    public Claim withSpeaker(String speakerId) {
        return new Claim(id, text, Optional.of(speakerId), section, quote, tags, note, weight, title);
    }

    /**
     * Copies this claim with another section.
     *
     * @param sectionId the section's id
     * @return the copy
     */
    public Claim withSection(String sectionId) {
        return new Claim(id, text, speaker, Optional.of(sectionId), quote, tags, note, weight, title);
    }

    /**
     * Copies this claim with another quote.
     *
     * @param verbatim the span of the source text
     * @return the copy
     */
    public Claim withQuote(String verbatim) {
        return new Claim(id, text, speaker, section, Optional.of(verbatim), tags, note, weight, title);
    }

    /**
     * Copies this claim with other tags.
     *
     * @param newTags the tags, in any order
     * @return the copy
     */
    public Claim withTags(Collection<String> newTags) {
        return new Claim(id, text, speaker, section, quote, List.copyOf(newTags), note, weight, title);
    }

    /**
     * Copies this claim with another note.
     *
     * @param remark the note
     * @return the copy
     */
    public Claim withNote(String remark) {
        return new Claim(id, text, speaker, section, quote, tags, Optional.of(remark), weight, title);
    }

    /**
     * Copies this claim with another base score.
     *
     * @param baseScore a number in [0, 1]
     * @return the copy
     */
    public Claim withWeight(double baseScore) {
        return new Claim(id, text, speaker, section, quote, tags, note, OptionalDouble.of(baseScore), title);
    }

    /**
     * Copies this claim with a free-text title.
     *
     * @param name the title, such as {@code "Freedom of speech"}
     * @return the copy
     */
    public Claim withTitle(String name) {
        return new Claim(id, text, speaker, section, quote, tags, note, weight, Optional.of(name));
    }
}
