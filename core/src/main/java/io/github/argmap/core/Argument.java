package io.github.argmap.core;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An argument as a node of its own: a named piece of reasoning, optionally spelled out as premises
 * and a conclusion, which relations may start or end at.
 *
 * <p>Argdown's {@code <Title>: description} with its premise–conclusion structure and AIF's
 * distinction between statements and the reasoning that connects them both come in as arguments.
 * The premises and the conclusion are claims of the same map; they are the argument's structure,
 * not extra relations, so that the relation counts of a map read from Argdown match Argdown's own.
 * Arguments share one namespace of ids with claims. Arguments are immutable values; tags are kept
 * sorted and without repeats.
 *
 * <pre>{@code
 * Argument.of("a-walk", "Walking is the sensible choice.")
 *         .withTitle("Walk")
 *         .withPremises(List.of("sunny", "close"))
 *         .withConclusion("walk");
 * }</pre>
 *
 * @param id the argument's id (see {@link Ids}); claims and arguments never share one
 * @param text a short description of the argument, possibly empty
 * @param title a free-text name, such as an Argdown argument's title, if any
 * @param premises the ids of the claims the argument reasons from, in order, without repeats
 * @param conclusion the id of the claim it concludes, if it is spelled out
 * @param speaker the id of the speaker who puts it forward, if known
 * @param section the id of the section it is made in, if any
 * @param quote the verbatim span of the source text it is taken from, if any
 * @param tags topic tags, sorted, without repeats
 * @param note an analyst's remark
 */
public record Argument(
        String id,
        String text,
        Optional<String> title,
        List<String> premises,
        Optional<String> conclusion,
        Optional<String> speaker,
        Optional<String> section,
        Optional<String> quote,
        List<String> tags,
        Optional<String> note) {

    /**
     * Copies the lists, sorts the tags and checks that no component is {@code null}; content is
     * validated by {@link ArgumentMap.Builder#build()}.
     *
     * @param id the argument's id
     * @param text a short description, possibly empty
     * @param title a free-text name, if any
     * @param premises the premises' claim ids
     * @param conclusion the conclusion's claim id, if any
     * @param speaker the speaker's id, if known
     * @param section the section's id, if any
     * @param quote the verbatim source span, if any
     * @param tags topic tags
     * @param note an analyst's remark
     * @throws NullPointerException when a component, a premise or a tag is {@code null}
     */
    public Argument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        premises = List.copyOf(premises);
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(quote, "quote");
        tags = List.copyOf(new TreeSet<>(tags));
        Objects.requireNonNull(note, "note");
    }

    /**
     * Hashes the id only: arguments of one map have distinct ids.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Hashing.mix(id.hashCode());
    }

    /**
     * Equal when every component is equal, as for any record.
     *
     * @param o another object
     * @return whether it is an argument with equal components
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Argument a && id.equals(a.id) && text.equals(a.text) && title.equals(a.title)
                && premises.equals(a.premises) && conclusion.equals(a.conclusion) && speaker.equals(a.speaker)
                && section.equals(a.section) && quote.equals(a.quote) && tags.equals(a.tags) && note.equals(a.note);
    }

    /**
     * An argument with only an id and a description.
     *
     * @param id the id
     * @param text the description, possibly empty
     * @return the argument
     */
    public static Argument of(String id, String text) {
        return new Argument(id, text, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * Copies this argument with a title.
     *
     * @param name the title
     * @return the copy
     */
    public Argument withTitle(String name) {
        return new Argument(id, text, Optional.of(name), premises, conclusion, speaker, section, quote, tags, note);
    }

    /**
     * Copies this argument with other premises.
     *
     * @param claimIds the premises' claim ids, in order
     * @return the copy
     */
    public Argument withPremises(List<String> claimIds) {
        return new Argument(id, text, title, claimIds, conclusion, speaker, section, quote, tags, note);
    }

    /**
     * Copies this argument with a conclusion.
     *
     * @param claimId the conclusion's claim id
     * @return the copy
     */
    public Argument withConclusion(String claimId) {
        return new Argument(id, text, title, premises, Optional.of(claimId), speaker, section, quote, tags, note);
    }

    /**
     * Copies this argument with a speaker.
     *
     * @param speakerId the speaker's id
     * @return the copy
     */
    public Argument withSpeaker(String speakerId) {
        return new Argument(id, text, title, premises, conclusion, Optional.of(speakerId), section, quote, tags, note);
    }

    /**
     * Copies this argument with a section.
     *
     * @param sectionId the section's id
     * @return the copy
     */
    public Argument withSection(String sectionId) {
        return new Argument(id, text, title, premises, conclusion, speaker, Optional.of(sectionId), quote, tags, note);
    }

    /**
     * Copies this argument with a quote.
     *
     * @param verbatim the span of the source text
     * @return the copy
     */
    public Argument withQuote(String verbatim) {
        return new Argument(id, text, title, premises, conclusion, speaker, section, Optional.of(verbatim), tags, note);
    }

    /**
     * Copies this argument with other tags.
     *
     * @param newTags the tags, in any order
     * @return the copy
     */
    public Argument withTags(Collection<String> newTags) {
        return new Argument(id, text, title, premises, conclusion, speaker, section, quote, List.copyOf(newTags), note);
    }

    /**
     * Copies this argument with a note.
     *
     * @param remark the note
     * @return the copy
     */
    public Argument withNote(String remark) {
        return new Argument(id, text, title, premises, conclusion, speaker, section, quote, tags, Optional.of(remark));
    }
}
