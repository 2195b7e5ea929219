package io.github.argmap.core;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.internal.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * An immutable argument map: claims as vertices, supports and rebuttals as edges of a directed
 * JGraphT graph, with the speakers and sections the claims refer to.
 *
 * <p>Maps are built only through {@link #builder()}, which checks every rule at
 * {@link Builder#build()} and reports all problems at once. The graph has no self-loops and at most
 * one relation per ordered pair of claims; {@link #graph()} hands out an unmodifiable view. Lists
 * keep the order in which elements were added, so a map read from a file writes back in the same
 * order. A map is safe to share between threads.
 *
 * <pre>{@code
 * ArgumentMap map = ArgumentMap.builder()
 *         .title("Should we walk?")
 *         .addClaim(Claim.of("walk", "We should walk to the station."))
 *         .addClaim(Claim.of("sunny", "It is sunny."))
 *         .addClaim(Claim.of("late", "We are late."))
 *         .addRelation(Relation.support("sunny", "walk"))
 *         .addRelation(Relation.rebuttal("late", "walk"))
 *         .build();
 * map.graph().incomingEdgesOf(map.requireClaim("walk")); // the two relations
 * }</pre>
 */
public final class ArgumentMap {
    private final String title;
    private final Source source;
    private final List<String> notes;
    private final List<Speaker> speakers;
    private final List<Section> sections;
    private final List<Claim> claims;
    private final List<Relation> relations;
    private final Map<String, Speaker> speakersById;
    private final Map<String, Section> sectionsById;
    private final Map<String, Claim> claimsById;
    private final Graph<Claim, Relation> graph;

    private ArgumentMap(Builder b, Checked checked) {
        this.title = b.title;
        this.source = b.source;
        this.notes = List.copyOf(b.notes);
        this.speakers = List.copyOf(b.speakers);
        this.sections = List.copyOf(b.sections);
        this.claims = List.copyOf(b.claims);
        this.relations = List.copyOf(b.relations);
        this.speakersById = Collections.unmodifiableMap(checked.speakers);
        this.sectionsById = Collections.unmodifiableMap(checked.sections);
        this.claimsById = Collections.unmodifiableMap(checked.claims);
        this.graph = new AsUnmodifiableGraph<>(checked.graph);
    }

    /** What {@link Builder#build()} learns while checking, kept so the map need not index again. */
    private static final class Checked {
        Map<String, Speaker> speakers;
        Map<String, Section> sections;
        Map<String, Claim> claims;
        MapGraph graph;
        Map<Relation, Integer> relationIndex;
    }

    /**
     * Starts an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding everything in this map, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().title(title).source(source);
        notes.forEach(b::addNote);
        speakers.forEach(b::addSpeaker);
        sections.forEach(b::addSection);
        claims.forEach(b::addClaim);
        relations.forEach(b::addRelation);
        return b;
    }

    /** @return the map's title */
    public String title() {
        return title;
    }

    /** @return the text the map was built from, or {@link Source#NONE} */
    public Source source() {
        return source;
    }

    /** @return the analyst's notes on the map as a whole, such as contradictions in the source */
    public List<String> notes() {
        return notes;
    }

    /** @return the speakers, in the order added */
    public List<Speaker> speakers() {
        return speakers;
    }

    /** @return the sections, in the debate's order */
    public List<Section> sections() {
        return sections;
    }

    /** @return the claims, in the order added */
    public List<Claim> claims() {
        return claims;
    }

    /** @return the relations, in the order added */
    public List<Relation> relations() {
        return relations;
    }

    /**
     * The map as a directed graph, claims as vertices and relations as edges.
     *
     * @return an unmodifiable view; any attempt to change it throws {@link UnsupportedOperationException}
     */
    public Graph<Claim, Relation> graph() {
        return graph;
    }

    /**
     * Looks up a claim.
     *
     * @param id the claim's id
     * @return the claim, or empty when the map has none with that id
     */
    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(claimsById.get(id));
    }

    /**
     * Looks up a claim that must exist.
     *
     * @param id the claim's id
     * @return the claim
     * @throws IllegalArgumentException when the map has no claim with that id
     */
    public Claim requireClaim(String id) {
        Claim claim = claimsById.get(id);
        if (claim == null) {
            throw new IllegalArgumentException("no claim has id '" + id + "' in map '" + title
                    + "'; list the claims' ids with claims()");
        }
        return claim;
    }

    /**
     * Looks up a speaker.
     *
     * @param id the speaker's id
     * @return the speaker, or empty
     */
    public Optional<Speaker> speaker(String id) {
        return Optional.ofNullable(speakersById.get(id));
    }

    /**
     * Looks up a section.
     *
     * @param id the section's id
     * @return the section, or empty
     */
    public Optional<Section> section(String id) {
        return Optional.ofNullable(sectionsById.get(id));
    }

    /**
     * The speaker of a claim, when the claim names one.
     *
     * @param claim a claim of this map
     * @return the speaker, or empty
     */
    public Optional<Speaker> speakerOf(Claim claim) {
        return claim.speaker().map(speakersById::get);
    }

    /**
     * The section of a claim, when the claim names one.
     *
     * @param claim a claim of this map
     * @return the section, or empty
     */
    public Optional<Section> sectionOf(Claim claim) {
        return claim.section().map(sectionsById::get);
    }

    /**
     * Two maps are equal when they hold the same title, source, notes, speakers, sections, claims
     * and relations in the same order.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ArgumentMap)) {
            return false;
        }
        ArgumentMap m = (ArgumentMap) o;
        return title.equals(m.title) && source.equals(m.source) && notes.equals(m.notes)
                && speakers.equals(m.speakers) && sections.equals(m.sections)
                && claims.equals(m.claims) && relations.equals(m.relations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, source, notes, speakers, sections, claims, relations);
    }

    @Override
    public String toString() {
        return "ArgumentMap[" + title + ": " + claims.size() + " claims, " + relations.size() + " relations]";
    }

    /**
     * Collects the parts of a map and checks them at {@link #build()}.
     *
     * <p>A builder is reusable: {@code build()} returns an immutable snapshot and leaves the builder
     * as it was. It is not thread-safe.
     */
    public static final class Builder {
        private String title = "";
        private Source source = Source.NONE;
        private final List<String> notes = new ArrayList<>();
        private final List<Speaker> speakers = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the title.
         *
         * @param newTitle the title
         * @return this builder
         */
        public Builder title(String newTitle) {
            this.title = Objects.requireNonNull(newTitle, "title");
            return this;
        }

        /**
         * Sets the source.
         *
         * @param newSource the source
         * @return this builder
         */
        public Builder source(Source newSource) {
            this.source = Objects.requireNonNull(newSource, "source");
            return this;
        }

        /**
         * Adds a note on the map as a whole.
         *
         * @param note the note
         * @return this builder
         */
        public Builder addNote(String note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        /**
         * Adds a speaker.
         *
         * @param speaker the speaker
         * @return this builder
         */
        public Builder addSpeaker(Speaker speaker) {
            speakers.add(Objects.requireNonNull(speaker, "speaker"));
            return this;
        }

        /**
         * Adds a section after those already added.
         *
         * @param section the section
         * @return this builder
         */
        public Builder addSection(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /**
         * Adds a claim.
         *
         * @param claim the claim
         * @return this builder
         */
        public Builder addClaim(Claim claim) {
            claims.add(Objects.requireNonNull(claim, "claim"));
            return this;
        }

        /**
         * Adds claims.
         *
         * @param more the claims
         * @return this builder
         */
        public Builder addClaims(Collection<Claim> more) {
            more.forEach(this::addClaim);
            return this;
        }

        /**
         * Adds a relation; its endpoints may be added before or after it.
         *
         * @param relation the relation
         * @return this builder
         */
        public Builder addRelation(Relation relation) {
            relations.add(Objects.requireNonNull(relation, "relation"));
            return this;
        }

        /**
         * Adds relations.
         *
         * @param more the relations
         * @return this builder
         */
        public Builder addRelations(Collection<Relation> more) {
            more.forEach(this::addRelation);
            return this;
        }

        /**
         * Checks every rule and returns an immutable map.
         *
         * <p>The rules: ids follow {@link Ids}; ids are unique among claims, among speakers and
         * among sections; names, titles and claim texts are not blank; a claim's speaker and section
         * exist; tags follow {@link Ids}; weights lie in [0, 1]; a relation's endpoints exist and
         * differ, and its group, if any, follows {@link Ids}; no two relations share an ordered pair of claims.
         *
         * @return the map
         * @throws InvalidMapException listing every broken rule, each with a JSON pointer such as
         *     {@code /relations/3/to}
         */
        public ArgumentMap build() {
            List<Problem> problems = new ArrayList<>();
            Checked checked = new Checked();
            checked.speakers = checkIds("speaker", Problem.Kind.SPEAKER, speakers, Speaker::id, problems);
            for (int i = 0; i < speakers.size(); i++) {
                Speaker s = speakers.get(i);
                if (s.name().isBlank()) {
                    problems.add(Problem.of(new Problem.Element(Problem.Kind.SPEAKER, i, s.id(), "name"),
                            format(Messages.BLANK_TEXT, "the name of speaker '" + s.id() + "'")));
                }
            }
            checked.sections = checkIds("section", Problem.Kind.SECTION, sections, Section::id, problems);
            checked.claims = checkIds("claim", Problem.Kind.CLAIM, claims, Claim::id, problems);
            // The graph is built while the relations are checked: adding an edge is how a second
            // relation on the same ordered pair is found, without a table of pairs of its own.
            checked.graph = new MapGraph(claims.size(), relations.size());
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                checkClaim(i, c, checked.speakers, checked.sections, problems);
                checked.graph.addVertex(c);
            }
            for (int i = 0; i < relations.size(); i++) {
                checkRelation(i, relations.get(i), checked, problems);
            }
            if (!problems.isEmpty()) {
                throw new InvalidMapException(problems);
            }
            return new ArgumentMap(this, checked);
        }

        /** Indexes items by id, reporting invalid and repeated ids; the first of a repeated id is kept. */
        private static <T> Map<String, T> checkIds(String what, Problem.Kind kind, List<T> items,
                Function<T, String> idOf, List<Problem> problems) {
            Map<String, T> first = new HashMap<>(Math.max(16, items.size() / 3 * 4 + 16));
            Map<String, Integer> firstIndex = null;
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                String id = idOf.apply(item);
                if (!Ids.isValid(id)) {
                    problems.add(Problem.of(new Problem.Element(kind, i, id, "id"), format(Messages.INVALID_ID, what, id)));
                    continue;
                }
                if (first.putIfAbsent(id, item) != null) {
                    if (firstIndex == null) {
                        // Only on the error path, and only once: where each id was first used.
                        firstIndex = new HashMap<>();
                        for (int j = 0; j < items.size(); j++) {
                            firstIndex.putIfAbsent(idOf.apply(items.get(j)), j);
                        }
                    }
                    problems.add(Problem.of(new Problem.Element(kind, i, id, "id"), format(Messages.DUPLICATE_ID, what, id,
                            new Problem.Element(kind, firstIndex.get(id), id, "").pointer(), what)));
                }
            }
            return first;
        }

        private static Problem.Element claimAt(int i, Claim c, String field) {
            return new Problem.Element(Problem.Kind.CLAIM, i, c.id(), field);
        }

        private static Problem.Element relationAt(int i, String field) {
            return new Problem.Element(Problem.Kind.RELATION, i, "", field);
        }

        private static void checkClaim(int i, Claim c, Map<String, Speaker> speakerIndex,
                Map<String, Section> sectionIndex, List<Problem> problems) {
            if (c.text().isBlank()) {
                problems.add(Problem.of(claimAt(i, c, "text"), format(Messages.BLANK_TEXT, "the text of claim '" + c.id() + "'")));
            }
            c.speaker().filter(s -> !speakerIndex.containsKey(s)).ifPresent(s ->
                    problems.add(Problem.of(claimAt(i, c, "speaker"), format(Messages.UNKNOWN_SPEAKER, c.id(), s))));
            c.section().filter(s -> !sectionIndex.containsKey(s)).ifPresent(s ->
                    problems.add(Problem.of(claimAt(i, c, "section"), format(Messages.UNKNOWN_SECTION, c.id(), s))));
            for (int t = 0; t < c.tags().size(); t++) {
                String tag = c.tags().get(t);
                if (!Ids.isValid(tag)) {
                    problems.add(Problem.of(claimAt(i, c, "tags"), format(Messages.INVALID_TAG, c.id(), tag)));
                }
            }
            if (c.weight().isPresent()) {
                double w = c.weight().getAsDouble();
                if (!(w >= 0.0 && w <= 1.0)) {
                    problems.add(Problem.of(claimAt(i, c, "weight"), format(Messages.WEIGHT_RANGE, c.id(), w)));
                }
            }
        }

        private void checkRelation(int i, Relation r, Checked checked, List<Problem> problems) {
            r.group().filter(g -> !Ids.isValid(g)).ifPresent(g -> problems.add(Problem.of(relationAt(i, "group"),
                    format(Messages.INVALID_GROUP, r.from(), r.to(), g))));
            Claim from = checked.claims.get(r.from());
            Claim to = checked.claims.get(r.to());
            if (from == null) {
                problems.add(Problem.of(relationAt(i, "from"),
                        format(Messages.DANGLING_ENDPOINT, r.kind().label(), r.from(), r.to(), r.from(), "from")));
            }
            if (to == null) {
                problems.add(Problem.of(relationAt(i, "to"),
                        format(Messages.DANGLING_ENDPOINT, r.kind().label(), r.from(), r.to(), r.to(), "to")));
            }
            if (r.from().equals(r.to())) {
                problems.add(Problem.of(relationAt(i, ""), format(Messages.SELF_RELATION, r.kind().label(), r.from())));
                return;
            }
            if (from == null || to == null || checked.graph.addEdge(from, to, r)) {
                return;
            }
            // The graph refused the edge: the ordered pair already holds a relation (of either kind).
            Relation earlier = checked.graph.getEdge(from, to);
            if (checked.relationIndex == null) {
                // Only on the error path, and only once: where each relation stands in the list.
                checked.relationIndex = new HashMap<>();
                for (int j = 0; j < relations.size(); j++) {
                    checked.relationIndex.putIfAbsent(relations.get(j), j);
                }
            }
            problems.add(Problem.of(relationAt(i, ""), format(Messages.DUPLICATE_PAIR, r.from(), r.to(),
                    earlier.kind().label(), relationAt(checked.relationIndex.get(earlier), "").pointer())));
        }
    }
}
