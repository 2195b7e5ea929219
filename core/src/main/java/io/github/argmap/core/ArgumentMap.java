package io.github.argmap.core;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.internal.RelationIds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * An immutable argument map: claims and arguments, the supports, rebuttals and undercuts between
 * them, and the speakers and sections they refer to.
 *
 * <p>Maps are built only through {@link #builder()}, which checks every rule at
 * {@link Builder#build()} and reports all problems at once. The graph has no self-loops and at most
 * one relation per ordered pair of claims; {@link #graph()} hands out an unmodifiable view of the claims
 * and the relations with one premise between claims, and {@link #relationsTo}, {@link #relationsFrom}
 * and {@link #undercutsOf} reach every relation, linked ones and undercuts included. Lists
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
    private final SortedMap<String, String> metadata;
    private final List<Speaker> speakers;
    private final List<Section> sections;
    private final List<Claim> claims;
    private final List<Argument> arguments;
    private final List<Relation> relations;
    private final Map<String, Speaker> speakersById;
    private final Map<String, Section> sectionsById;
    private final Map<String, Claim> claimsById;
    private final Map<String, Argument> argumentsById;
    private final Map<String, Relation> relationsById;
    private final Graph<Claim, Relation> graph;
    // Built on first use: most maps are only read and written, and a million-claim map would pay for
    // two more tables of a million entries each.
    private volatile Incidence incidence;

    private ArgumentMap(Builder b, Checked checked) {
        this.title = b.title;
        this.source = b.source;
        this.notes = List.copyOf(b.notes);
        this.metadata = Collections.unmodifiableSortedMap(new TreeMap<>(b.metadata));
        this.speakers = List.copyOf(b.speakers);
        this.sections = List.copyOf(b.sections);
        this.claims = List.copyOf(b.claims);
        this.arguments = List.copyOf(b.arguments);
        this.relations = List.copyOf(checked.relations);
        this.speakersById = Collections.unmodifiableMap(checked.speakers);
        this.sectionsById = Collections.unmodifiableMap(checked.sections);
        this.claimsById = Collections.unmodifiableMap(checked.claims);
        this.argumentsById = Collections.unmodifiableMap(checked.arguments);
        this.relationsById = Collections.unmodifiableMap(checked.relationsById);
        this.graph = new AsUnmodifiableGraph<>(checked.graph);
    }

    /** What {@link Builder#build()} learns while checking, kept so the map need not index again. */
    private static final class Checked {
        Map<String, Speaker> speakers;
        Map<String, Section> sections;
        Map<String, Claim> claims;
        Map<String, Argument> arguments;
        List<Relation> relations;
        Map<String, Relation> relationsById;
        String[] ids;
        MapGraph graph;
        Map<Relation, Integer> relationIndex;
    }

    /** The relations that end at and start from each node, and the undercuts of each relation. */
    private static final class Incidence {
        final Map<String, List<Relation>> into = new HashMap<>();
        final Map<String, List<Relation>> outOf = new HashMap<>();
        final Map<String, List<Relation>> undercuts = new HashMap<>();
        final Map<Relation, String> ids = new HashMap<>();

        Incidence(List<Relation> relations) {
            String[] own = new String[relations.size()];
            for (int i = 0; i < own.length; i++) {
                own[i] = relations.get(i).id();
            }
            String[] effective = RelationIds.of(own);
            for (int i = 0; i < relations.size(); i++) {
                Relation r = relations.get(i);
                ids.put(r, effective[i]);
                (r.isUndercut() ? undercuts : into).computeIfAbsent(r.to(), k -> new ArrayList<>(2)).add(r);
                for (String p : r.from()) {
                    outOf.computeIfAbsent(p, k -> new ArrayList<>(2)).add(r);
                }
            }
            into.replaceAll((k, v) -> List.copyOf(v));
            outOf.replaceAll((k, v) -> List.copyOf(v));
            undercuts.replaceAll((k, v) -> List.copyOf(v));
        }
    }

    private Incidence incidence() {
        Incidence i = incidence;
        if (i == null) {
            i = new Incidence(relations);
            incidence = i;
        }
        return i;
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
        metadata.forEach(b::putMetadata);
        speakers.forEach(b::addSpeaker);
        sections.forEach(b::addSection);
        claims.forEach(b::addClaim);
        arguments.forEach(b::addArgument);
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

    /**
     * Facts about the map as a whole that have no field of their own, such as a corpus text's id,
     * topic and stance, or an Argdown file's front matter.
     *
     * @return an unmodifiable map, sorted by key
     */
    public SortedMap<String, String> metadata() {
        return metadata;
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

    /** @return the arguments, in the order added */
    public List<Argument> arguments() {
        return arguments;
    }

    /** @return the relations, in the order added, as they were added (see {@link #idOf} for their ids) */
    public List<Relation> relations() {
        return relations;
    }

    /**
     * The claims as a directed JGraphT graph whose edges are the supports and rebuttals with one
     * premise that run from a claim to a claim.
     *
     * <p>JGraphT edges have one source and one target, so linked relations, relations that start or
     * end at an argument, and undercuts are not edges of this graph; reach them through
     * {@link #relations()}, {@link #relationsTo}, {@link #relationsFrom} and {@link #undercutsOf}.
     * For maps without such relations (most maps) the graph holds every relation.
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
     * Looks up an argument node.
     *
     * @param id the argument's id
     * @return the argument, or empty when the map has none with that id
     */
    public Optional<Argument> argument(String id) {
        return Optional.ofNullable(argumentsById.get(id));
    }

    /**
     * Looks up a relation by its id: its own, or for a relation without one the id the map gives it
     * ({@link #idOf}).
     *
     * @param id the relation's id
     * @return the relation, or empty when the map has none with that id
     */
    public Optional<Relation> relation(String id) {
        return Optional.ofNullable(relationsById.get(id));
    }

    /**
     * Tells whether an id names a claim of this map.
     *
     * @param id an id
     * @return {@code true} for a claim's id
     */
    public boolean isClaim(String id) {
        return claimsById.containsKey(id);
    }

    /**
     * Tells whether an id names an argument node of this map.
     *
     * @param id an id
     * @return {@code true} for an argument's id
     */
    public boolean isArgument(String id) {
        return argumentsById.containsKey(id);
    }

    /**
     * The id of a relation of this map: its own id, or, for a relation built without one, the id the
     * map gives it ({@link Builder#defaultRelationId}). Costs O(1) after a first call, which indexes
     * every relation in O(relations).
     *
     * <pre>{@code
     * map.idOf(map.relations().get(0)); // "r1" unless the relation was given an id
     * }</pre>
     *
     * @param relation a relation of this map
     * @return its id
     * @throws IllegalArgumentException when the relation is not one of this map's
     */
    public String idOf(Relation relation) {
        String id = incidence().ids.get(relation);
        if (id == null) {
            throw new IllegalArgumentException("relation " + relation + " is not in map '" + title
                    + "'; pass one of relations()");
        }
        return id;
    }

    /**
     * The supports and rebuttals whose target is a node. Costs O(1) after a first call, which indexes
     * every relation in O(relations).
     *
     * @param nodeId a claim's or an argument's id
     * @return the relations in map order, possibly empty
     */
    public List<Relation> relationsTo(String nodeId) {
        return incidence().into.getOrDefault(nodeId, List.of());
    }

    /**
     * The relations, of any kind, that have a node among their premises. Costs O(1) after a first
     * call, which indexes every relation in O(relations).
     *
     * @param nodeId a claim's or an argument's id
     * @return the relations in map order, possibly empty
     */
    public List<Relation> relationsFrom(String nodeId) {
        return incidence().outOf.getOrDefault(nodeId, List.of());
    }

    /**
     * The undercuts that attack a relation's inference. Costs O(1) after a first call, which indexes
     * every relation in O(relations).
     *
     * @param relationId a relation's id
     * @return the undercuts in map order, possibly empty
     */
    public List<Relation> undercutsOf(String relationId) {
        return incidence().undercuts.getOrDefault(relationId, List.of());
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
     * Two maps are equal when they hold the same title, source, notes, metadata, speakers, sections,
     * claims, arguments and relations in the same order.
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
                && metadata.equals(m.metadata) && speakers.equals(m.speakers) && sections.equals(m.sections)
                && claims.equals(m.claims) && arguments.equals(m.arguments) && relations.equals(m.relations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, source, notes, metadata, speakers, sections, claims, arguments, relations);
    }

    @Override
    public String toString() {
        return "ArgumentMap[" + title + ": " + claims.size() + " claims, "
                + (arguments.isEmpty() ? "" : arguments.size() + " arguments, ") + relations.size() + " relations]";
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
        private final Map<String, String> metadata = new TreeMap<>();
        private final List<Speaker> speakers = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private final List<Argument> arguments = new ArrayList<>();
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
         * Sets one entry of the map's metadata, replacing an earlier value for the same key.
         *
         * @param key the entry's name, not blank
         * @param value its value
         * @return this builder
         */
        public Builder putMetadata(String key, String value) {
            metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
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
         * Adds an argument node.
         *
         * @param argument the argument
         * @return this builder
         */
        public Builder addArgument(Argument argument) {
            arguments.add(Objects.requireNonNull(argument, "argument"));
            return this;
        }

        /**
         * Adds argument nodes.
         *
         * @param more the arguments
         * @return this builder
         */
        public Builder addArguments(Collection<Argument> more) {
            more.forEach(this::addArgument);
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
         * The id a map gives the relation at a position when it has none of its own, unless another
         * relation already holds it (then a suffix {@code -2}, {@code -3}… is added).
         *
         * @param index the relation's 0-based position in the map's relation list
         * @return {@code "r" + (index + 1)}
         */
        public static String defaultRelationId(int index) {
            return "r" + (index + 1);
        }

        /**
         * Checks every rule and returns an immutable map.
         *
         * <p>The rules: ids follow {@link Ids}; ids are unique among claims and arguments together,
         * among relations, among speakers and among sections; names, titles and claim texts are not
         * blank; a claim's or argument's speaker and section exist; tags follow {@link Ids}; weights
         * lie in [0, 1]; an argument's premises and conclusion are claims, without repeats; a
         * relation has at least one premise, without repeats, each a claim or an argument; a support
         * or rebuttal targets a claim or an argument not among its premises, and no two share the
         * same premises and target; an undercut targets a relation, and no chain of undercuts comes
         * back to where it started. Relations without an id are named {@link #defaultRelationId} by the map.
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
            for (String key : metadata.keySet()) {
                if (key.isBlank()) {
                    problems.add(new Problem("", 0, 0, "/metadata", format(Messages.METADATA_KEY, key)));
                }
            }
            checked.sections = checkIds("section", Problem.Kind.SECTION, sections, Section::id, problems);
            checked.claims = checkIds("claim", Problem.Kind.CLAIM, claims, Claim::id, problems);
            checked.arguments = checkIds("argument", Problem.Kind.ARGUMENT, arguments, Argument::id, problems);
            // The graph is built while the relations are checked: adding an edge is how a second
            // relation on the same ordered pair is found, without a table of pairs of its own.
            checked.graph = new MapGraph(claims.size(), relations.size());
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                checkClaim(i, c, checked.speakers, checked.sections, problems);
                checked.graph.addVertex(c);
            }
            for (int i = 0; i < arguments.size(); i++) {
                checkArgument(i, arguments.get(i), checked, problems);
            }
            checked.relations = relations;
            checked.ids = effectiveIds(relations, problems);
            checked.relationsById = new HashMap<>(Math.max(16, relations.size() / 3 * 4 + 16));
            for (int i = 0; i < relations.size(); i++) {
                checked.relationsById.putIfAbsent(checked.ids[i], relations.get(i));
            }
            Set<List<Object>> linkedKeys = new HashSet<>();
            for (int i = 0; i < checked.relations.size(); i++) {
                checkRelation(i, checked.relations.get(i), checked, linkedKeys, problems);
            }
            checkUndercutCycles(checked, problems);
            if (!problems.isEmpty()) {
                throw new InvalidMapException(problems);
            }
            return new ArgumentMap(this, checked);
        }

        /** The id of each relation: its own, or its default (see {@link RelationIds}); reports invalid and repeated ids. */
        private static String[] effectiveIds(List<Relation> given, List<Problem> problems) {
            Set<String> seen = new HashSet<>();
            String[] own = new String[given.size()];
            for (int i = 0; i < given.size(); i++) {
                String id = given.get(i).id();
                own[i] = id;
                if (id.isEmpty()) {
                    continue;
                }
                if (!Ids.isValid(id)) {
                    problems.add(Problem.of(relationAt(i, "id"), format(Messages.INVALID_ID, "relation", id)));
                } else if (!seen.add(id)) {
                    problems.add(Problem.of(relationAt(i, "id"), format(Messages.DUPLICATE_ID, "relation", id,
                            relationAt(firstWithId(given, id), "").pointer(), "relation")));
                }
            }
            return RelationIds.of(own);
        }

        private static int firstWithId(List<Relation> rs, String id) {
            for (int j = 0; j < rs.size(); j++) {
                if (rs.get(j).id().equals(id)) {
                    return j;
                }
            }
            return -1;
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

        private static Problem.Element argumentAt(int i, Argument a, String field) {
            return new Problem.Element(Problem.Kind.ARGUMENT, i, a.id(), field);
        }

        private static Problem.Element relationAt(int i, String field) {
            return new Problem.Element(Problem.Kind.RELATION, i, "", field);
        }

        private static void checkClaim(int i, Claim c, Map<String, Speaker> speakerIndex,
                Map<String, Section> sectionIndex, List<Problem> problems) {
            if (c.text().isBlank()) {
                problems.add(Problem.of(claimAt(i, c, "text"), format(Messages.BLANK_TEXT, "the text of claim '" + c.id() + "'")));
            }
            c.title().filter(String::isBlank).ifPresent(t -> problems.add(Problem.of(claimAt(i, c, "title"),
                    format(Messages.BLANK_TEXT, "the title of claim '" + c.id() + "'"))));
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

        private static void checkArgument(int i, Argument a, Checked checked, List<Problem> problems) {
            if (checked.claims.containsKey(a.id())) {
                problems.add(Problem.of(argumentAt(i, a, "id"), format(Messages.NODE_ID_TAKEN, a.id())));
            }
            a.title().filter(String::isBlank).ifPresent(t -> problems.add(Problem.of(argumentAt(i, a, "title"),
                    format(Messages.BLANK_TEXT, "the title of argument '" + a.id() + "'"))));
            Set<String> seen = new HashSet<>();
            for (String p : a.premises()) {
                if (!checked.claims.containsKey(p)) {
                    problems.add(Problem.of(argumentAt(i, a, "premises"),
                            format(Messages.ARGUMENT_UNKNOWN_CLAIM, a.id(), "premise", p)));
                } else if (!seen.add(p)) {
                    problems.add(Problem.of(argumentAt(i, a, "premises"), format(Messages.ARGUMENT_REPEATED_PREMISE, a.id(), p)));
                }
            }
            a.conclusion().ifPresent(c -> {
                if (!checked.claims.containsKey(c)) {
                    problems.add(Problem.of(argumentAt(i, a, "conclusion"),
                            format(Messages.ARGUMENT_UNKNOWN_CLAIM, a.id(), "conclusion", c)));
                } else if (seen.contains(c)) {
                    problems.add(Problem.of(argumentAt(i, a, "conclusion"),
                            format(Messages.ARGUMENT_CONCLUSION_IS_PREMISE, a.id(), c)));
                }
            });
            a.speaker().filter(s -> !checked.speakers.containsKey(s)).ifPresent(s ->
                    problems.add(Problem.of(argumentAt(i, a, "speaker"), format(Messages.ARGUMENT_UNKNOWN_SPEAKER, a.id(), s))));
            a.section().filter(s -> !checked.sections.containsKey(s)).ifPresent(s ->
                    problems.add(Problem.of(argumentAt(i, a, "section"), format(Messages.ARGUMENT_UNKNOWN_SECTION, a.id(), s))));
            for (String tag : a.tags()) {
                if (!Ids.isValid(tag)) {
                    problems.add(Problem.of(argumentAt(i, a, "tags"), format(Messages.ARGUMENT_INVALID_TAG, a.id(), tag)));
                }
            }
        }

        private static boolean isNode(Checked checked, String id) {
            return checked.claims.containsKey(id) || checked.arguments.containsKey(id);
        }

        private static String premisesText(Relation r) {
            return r.from().size() == 1 ? "'" + r.from().get(0) + "'" : "[" + String.join(", ", r.from()) + "]";
        }

        private void checkRelation(int i, Relation r, Checked checked, Set<List<Object>> linkedKeys,
                List<Problem> problems) {
            String label = r.kind().label();
            String id = checked.ids[i];
            if (r.from().isEmpty()) {
                problems.add(Problem.of(relationAt(i, "from"), format(Messages.NO_PREMISE, id)));
                return;
            }
            boolean premisesOk = true;
            Set<String> seen = r.isLinked() ? new HashSet<>() : null;
            for (String p : r.from()) {
                if (!isNode(checked, p)) {
                    problems.add(Problem.of(relationAt(i, "from"),
                            format(Messages.DANGLING_ENDPOINT, label, String.join(" + ", r.from()), r.to(), p, "from")));
                    premisesOk = false;
                } else if (seen != null && !seen.add(p)) {
                    problems.add(Problem.of(relationAt(i, "from"), format(Messages.REPEATED_PREMISE, id, p)));
                    premisesOk = false;
                }
            }
            if (r.isUndercut()) {
                if (premisesOk && !linkedKeys.add(List.of(new TreeSet<>(r.from()), r.to(), RelationKind.UNDERCUT))) {
                    problems.add(Problem.of(relationAt(i, ""), format(Messages.DUPLICATE_PAIR, premisesText(r), r.to(),
                            "undercut", "an earlier relation")));
                }
                if (isNode(checked, r.to())) {
                    problems.add(Problem.of(relationAt(i, "to"), format(Messages.UNDERCUT_OF_NODE, id, r.to())));
                } else if (!checked.relationsById.containsKey(r.to())) {
                    problems.add(Problem.of(relationAt(i, "to"), format(Messages.UNDERCUT_DANGLING, id, r.to())));
                }
                return;
            }
            if (!isNode(checked, r.to())) {
                String message = checked.relationsById.containsKey(r.to())
                        ? format(Messages.TARGET_IS_RELATION, label, id, r.to())
                        : format(Messages.DANGLING_ENDPOINT, label, String.join(" + ", r.from()), r.to(), r.to(), "to");
                problems.add(Problem.of(relationAt(i, "to"), message));
                return;
            }
            if (r.from().contains(r.to())) {
                problems.add(Problem.of(relationAt(i, ""), format(Messages.SELF_RELATION, label, r.to())));
                return;
            }
            if (!premisesOk) {
                return;
            }
            Claim from = r.isLinked() ? null : checked.claims.get(r.source());
            Claim to = checked.claims.get(r.to());
            if (from != null && to != null) {
                if (checked.graph.addEdge(from, to, r)) {
                    return;
                }
                // The graph refused the edge: the ordered pair already holds a relation (of either kind).
                reportDuplicate(i, r, checked.graph.getEdge(from, to), checked, problems);
                return;
            }
            List<Object> key = List.of(new TreeSet<>(r.from()), r.to());
            if (!linkedKeys.add(key)) {
                for (Relation earlier : checked.relations) {
                    if (!earlier.isUndercut() && earlier.to().equals(r.to())
                            && new TreeSet<>(earlier.from()).equals(key.get(0))) {
                        reportDuplicate(i, r, earlier, checked, problems);
                        return;
                    }
                }
            }
        }

        private void reportDuplicate(int i, Relation r, Relation earlier, Checked checked, List<Problem> problems) {
            if (checked.relationIndex == null) {
                // Only on the error path, and only once: where each relation stands in the list.
                checked.relationIndex = new HashMap<>();
                for (int j = 0; j < checked.relations.size(); j++) {
                    checked.relationIndex.putIfAbsent(checked.relations.get(j), j);
                }
            }
            problems.add(Problem.of(relationAt(i, ""), format(Messages.DUPLICATE_PAIR, premisesText(r), r.to(),
                    earlier.kind().label(), relationAt(checked.relationIndex.get(earlier), "").pointer())));
        }

        /** Follows each undercut's chain of targets; iterative, so a long chain cannot overflow the stack. */
        private static void checkUndercutCycles(Checked checked, List<Problem> problems) {
            Map<String, Integer> position = new LinkedHashMap<>();
            for (int i = 0; i < checked.relations.size(); i++) {
                if (checked.relations.get(i).isUndercut()) {
                    position.putIfAbsent(checked.ids[i], i);
                }
            }
            Map<String, Integer> state = new HashMap<>(); // 1 = on the current chain, 2 = known to end
            for (Map.Entry<String, Integer> e : position.entrySet()) {
                if (state.containsKey(e.getKey())) {
                    continue;
                }
                List<String> chain = new ArrayList<>();
                String id = e.getKey();
                while (id != null && !state.containsKey(id)) {
                    state.put(id, 1);
                    chain.add(id);
                    Relation r = checked.relationsById.get(id);
                    id = r != null && r.isUndercut() && position.containsKey(r.to()) ? r.to() : null;
                }
                if (id != null && state.get(id) == 1) {
                    List<String> cycle = chain.subList(chain.indexOf(id), chain.size());
                    problems.add(Problem.of(relationAt(position.get(id), "to"), format(Messages.UNDERCUT_CYCLE, id,
                            String.join(" -> ", cycle) + " -> " + id)));
                }
                for (String done : chain) {
                    state.put(done, 2);
                }
            }
        }
    }
}
