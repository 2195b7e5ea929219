package io.github.argmap.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A support or rebuttal from one claim to another: an edge of the map.
 *
 * <p>JGraphT keys edges by {@code equals}. Equality here is structural over every component;
 * because a map holds at most one relation per ordered pair of claims, no two edges of a map are
 * ever equal, and a relation can be looked up again by rebuilding it from a file.
 *
 * <p>{@code Relation.rebuttal("mckeil-obama", "carney-rupture")}
 *
 * @param from the id of the claim that supports or rebuts
 * @param to the id of the claim supported or rebutted
 * @param kind support or rebuttal
 * @param note an analyst's remark on why the relation holds
 * @param group the id shared by the premises of one linked argument (as AIF's RA nodes have)
 */
public record Relation(String from, String to, RelationKind kind, Optional<String> note, Optional<String> group) {
    /**
     * Checks that no component is {@code null}; content is validated by {@link ArgumentMap.Builder#build()}.
     *
     * @param from the id of the claim that supports or rebuts
     * @param to the id of the claim supported or rebutted
     * @param kind support or rebuttal
     * @param note an analyst's remark on why the relation holds
     * @param group the id shared by the premises of one linked argument (as AIF's RA nodes have)
     * @throws NullPointerException when a component is {@code null}
     */
    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(group, "group");
    }

    /**
     * Hashes the endpoints only, well mixed: equal relations have equal endpoints, so this agrees
     * with {@code equals}. The record's default hash is 31-weighted, which gives maps of
     * consecutive ids ({@code c41 -> c40}) hashes in steps of 32 and piles them into a few buckets
     * of JGraphT's edge maps; it also folds in the enum's identity hash, which differs between runs.
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
        return o instanceof Relation r && from.equals(r.from) && to.equals(r.to) && kind == r.kind
                && note.equals(r.note) && group.equals(r.group);
    }

    /**
     * A relation with no note and no group.
     *
     * @param from the supporting or rebutting claim's id
     * @param to the target claim's id
     * @param kind the kind
     * @return the relation
     */
    public static Relation of(String from, String to, RelationKind kind) {
        return new Relation(from, to, kind, Optional.empty(), Optional.empty());
    }

    /**
     * A support from {@code from} to {@code to}.
     *
     * @param from the reason's id
     * @param to the supported claim's id
     * @return the relation
     */
    public static Relation support(String from, String to) {
        return of(from, to, RelationKind.SUPPORT);
    }

    /**
     * A rebuttal from {@code from} to {@code to}.
     *
     * @param from the objection's id
     * @param to the rebutted claim's id
     * @return the relation
     */
    public static Relation rebuttal(String from, String to) {
        return of(from, to, RelationKind.REBUTTAL);
    }

    /**
     * Copies this relation with a note.
     *
     * @param remark the note
     * @return the copy
     */
    public Relation withNote(String remark) {
        return new Relation(from, to, kind, Optional.of(remark), group);
    }

    /**
     * Copies this relation with a linked-argument group.
     *
     * @param groupId the group's id
     * @return the copy
     */
    public Relation withGroup(String groupId) {
        return new Relation(from, to, kind, note, Optional.of(groupId));
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
}
