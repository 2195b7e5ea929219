package io.github.argmap.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A support, rebuttal or undercut: from one or more premises to a node, or to another relation.
 *
 * <p>A support or rebuttal runs from its premises ({@link #from()}, claim or argument ids) to a
 * claim or argument ({@link #to()}). With more than one premise the relation is <em>linked</em>:
 * the premises carry the target only together, as an AIF RA node with several premises does. An
 * undercut's {@code to} is the {@linkplain #id() id} of another relation, whose inference it
 * attacks without denying its premises or its target.
 *
 * <p>Ids are optional: a relation made without {@link #withId} keeps the id {@code ""}, and a map
 * names it {@code "r" + n}, where {@code n} is its 1-based position in the map's relation list (with a
 * suffix when that id is taken; see {@link ArgumentMap#idOf}). The relation itself is not changed, so
 * it stays equal to the value it was built as. Give an explicit id to any relation another relation
 * refers to, so that the reference survives edits of the list.
 *
 * <pre>{@code
 * Relation report = Relation.support("cracks", "close-bridge").withId("r-report");
 * Relation other = Relation.undercut("other-bridge", "r-report");
 * Relation joint = Relation.linked(RelationKind.SUPPORT, List.of("cheap", "fit"), "walk");
 * }</pre>
 *
 * @param id the relation's id (see {@link Ids}), or {@code ""} for a relation a map names by position
 * @param from the ids of the premises, at least one, without repeats, in the order given
 * @param to the id of the target node, or for an undercut the id of the target relation
 * @param kind support, rebuttal or undercut
 * @param note an analyst's remark on why the relation holds
 * @param scheme the name of the argumentation scheme the inference follows, such as AIF's
 *     "Argument From Expert Opinion", if known
 */
public record Relation(String id, List<String> from, String to, RelationKind kind, Optional<String> note,
        Optional<String> scheme) {
    /**
     * Copies the premises and checks that no component is {@code null}; content is validated by
     * {@link ArgumentMap.Builder#build()}.
     *
     * @param id the relation's id, or {@code ""} until a map assigns one
     * @param from the ids of the premises
     * @param to the id of the target node or relation
     * @param kind support, rebuttal or undercut
     * @param note an analyst's remark
     * @param scheme the inference's scheme
     * @throws NullPointerException when a component or a premise is {@code null}
     */
    public Relation {
        Objects.requireNonNull(id, "id");
        from = List.copyOf(from);
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(scheme, "scheme");
    }

    /**
     * Hashes the premises and the target only, well mixed; equal relations have equal endpoints, so
     * this agrees with {@code equals}. The record's default hash is 31-weighted, which piles maps of
     * consecutive ids into a few buckets of JGraphT's edge maps, and folds in the enum's identity
     * hash, which differs between runs.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Hashing.mix(from.hashCode() * 0x9E3779B9 + to.hashCode());
    }

    /**
     * Equal when every component is equal, as for any record; written out because JGraphT keys
     * edges by equals, and the generated one costs a method-handle call per component.
     *
     * @param o another object
     * @return whether it is a relation with equal components
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Relation r && to.equals(r.to) && from.equals(r.from) && kind == r.kind
                && id.equals(r.id) && note.equals(r.note) && scheme.equals(r.scheme);
    }

    /**
     * A relation with one premise, no id, no note and no scheme.
     *
     * @param from the premise's id
     * @param to the target's id
     * @param kind the kind
     * @return the relation
     */
    public static Relation of(String from, String to, RelationKind kind) {
        return new Relation("", List.of(from), to, kind, Optional.empty(), Optional.empty());
    }

    /**
     * A support from {@code from} to {@code to}.
     *
     * @param from the reason's id
     * @param to the supported node's id
     * @return the relation
     */
    public static Relation support(String from, String to) {
        return of(from, to, RelationKind.SUPPORT);
    }

    /**
     * A rebuttal from {@code from} to {@code to}.
     *
     * @param from the objection's id
     * @param to the rebutted node's id
     * @return the relation
     */
    public static Relation rebuttal(String from, String to) {
        return of(from, to, RelationKind.REBUTTAL);
    }

    /**
     * An undercut from {@code from} of the relation with id {@code relationId}.
     *
     * @param from the undercutting node's id
     * @param relationId the id of the relation whose inference is attacked
     * @return the relation
     */
    public static Relation undercut(String from, String relationId) {
        return of(from, relationId, RelationKind.UNDERCUT);
    }

    /**
     * A relation whose premises hold the target only together.
     *
     * @param kind the kind
     * @param premises the premises' ids, one or more
     * @param to the target's id
     * @return the relation
     */
    public static Relation linked(RelationKind kind, List<String> premises, String to) {
        return new Relation("", premises, to, kind, Optional.empty(), Optional.empty());
    }

    /**
     * Copies this relation with an id.
     *
     * @param newId the id (see {@link Ids})
     * @return the copy
     */
    public Relation withId(String newId) {
        return new Relation(newId, from, to, kind, note, scheme);
    }

    /**
     * Copies this relation with a note.
     *
     * @param remark the note
     * @return the copy
     */
    public Relation withNote(String remark) {
        return new Relation(id, from, to, kind, Optional.of(remark), scheme);
    }

    /**
     * Copies this relation with a scheme.
     *
     * @param name the scheme's name
     * @return the copy
     */
    public Relation withScheme(String name) {
        return new Relation(id, from, to, kind, note, Optional.of(name));
    }

    /**
     * The first premise: the only one unless the relation is {@linkplain #isLinked() linked}.
     *
     * @return the first premise's id
     * @throws IndexOutOfBoundsException when the relation has no premise (which no built map holds)
     */
    public String source() {
        return from.get(0);
    }

    /**
     * Tells whether the premises hold the target only together.
     *
     * @return {@code true} with more than one premise
     */
    public boolean isLinked() {
        return from.size() > 1;
    }

    /**
     * Tells whether this is a support.
     *
     * @return {@code true} for {@link RelationKind#SUPPORT}
     */
    public boolean isSupport() {
        return kind == RelationKind.SUPPORT;
    }

    /**
     * Tells whether this is a rebuttal.
     *
     * @return {@code true} for {@link RelationKind#REBUTTAL}
     */
    public boolean isRebuttal() {
        return kind == RelationKind.REBUTTAL;
    }

    /**
     * Tells whether this is an undercut, whose target is a relation.
     *
     * @return {@code true} for {@link RelationKind#UNDERCUT}
     */
    public boolean isUndercut() {
        return kind == RelationKind.UNDERCUT;
    }
}
