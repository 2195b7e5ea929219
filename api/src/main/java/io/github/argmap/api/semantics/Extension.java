package io.github.argmap.api.semantics;

import io.github.argmap.core.Status;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable set of arguments of one framework, such as an extension under some semantics.
 *
 * <p>Members are kept as ascending indices, so {@link #ids()} lists them in framework order, and
 * extensions compare (see {@link #compareTo}) by their index sequences, which is how
 * {@link Semantics#extensions(ArgumentationFramework)} orders its result.
 *
 * <pre>{@code
 * for (Extension e : Semantics.PREFERRED.extensions(af)) {
 *     System.out.println(e.ids());   // e.g. [a, d]
 * }
 * }</pre>
 */
public final class Extension implements Comparable<Extension> {
    private final ArgumentationFramework framework;
    private final int[] members;

    /** Takes ownership of {@code members}, which must be ascending and without repeats. */
    Extension(ArgumentationFramework framework, int[] members) {
        this.framework = framework;
        this.members = members;
    }

    /** @return the framework the members belong to */
    public ArgumentationFramework framework() {
        return framework;
    }

    /** @return the number of members */
    public int size() {
        return members.length;
    }

    /** @return the members' indices, ascending, in a fresh array */
    public int[] indices() {
        return members.clone();
    }

    /** @return the members' ids in framework order, as an immutable list */
    public List<String> ids() {
        return new Ids();
    }

    /**
     * Tells whether an argument is a member.
     *
     * @param index the argument's index
     * @return {@code true} when it belongs to this set
     */
    public boolean contains(int index) {
        return Arrays.binarySearch(members, index) >= 0;
    }

    /**
     * Tells whether an argument is a member, by id.
     *
     * @param id the argument's id
     * @return {@code true} when it belongs to this set
     * @throws IllegalArgumentException when no argument has that id
     */
    public boolean contains(String id) {
        return contains(framework.requireIndex(id));
    }

    /**
     * The labelling this set induces: members IN, arguments they attack OUT, the rest UNDEC.
     *
     * <p>For a complete extension this is its complete labelling. A non-conflict-free set
     * would label an argument both IN and OUT; members win.
     *
     * @return the labelling
     */
    public Labelling labelling() {
        int n = framework.size();
        byte[] labels = new byte[n];
        Arrays.fill(labels, (byte) Status.UNDECIDED.ordinal());
        for (int a : members) {
            for (int k = framework.attackedStart[a]; k < framework.attackedStart[a + 1]; k++) {
                labels[framework.attacked[k]] = (byte) Status.REJECTED.ordinal();
            }
        }
        for (int a : members) {
            labels[a] = (byte) Status.ACCEPTED.ordinal();
        }
        return new Labelling(framework, labels);
    }

    /**
     * Orders extensions of the same framework by their ascending index sequences,
     * lexicographically; a proper prefix comes first, so the empty set is least.
     */
    @Override
    public int compareTo(Extension other) {
        return Arrays.compare(members, other.members);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extension && Arrays.equals(members, ((Extension) o).members)
                && framework.equals(((Extension) o).framework);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(members);
    }

    @Override
    public String toString() {
        return ids().toString();
    }

    private final class Ids extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int i) {
            return framework.id(members[Objects.checkIndex(i, members.length)]);
        }

        @Override
        public int size() {
            return members.length;
        }
    }
}
