package io.github.argmap.api.internal;

import java.util.Arrays;

/**
 * A growable list of int pairs, such as the attacks of a framework being built: two parallel
 * arrays, read directly ({@code from[k]}, {@code to[k]} for {@code k < size}) so that a list of
 * twenty million attacks costs two int arrays and no objects. Amortised O(1) per {@link #add}.
 */
public final class IntPairs {
    /** The first of each pair; entries at {@code size} and beyond are unused. */
    public int[] from = new int[16];
    /** The second of each pair; entries at {@code size} and beyond are unused. */
    public int[] to = new int[16];
    /** The number of pairs. */
    public int size;

    /** Creates an empty list. */
    public IntPairs() {}

    /**
     * Appends a pair.
     *
     * @param f the first
     * @param t the second
     */
    public void add(int f, int t) {
        if (size == from.length) {
            from = Arrays.copyOf(from, 2 * size);
            to = Arrays.copyOf(to, 2 * size);
        }
        from[size] = f;
        to[size] = t;
        size++;
    }

    /**
     * The first elements, trimmed.
     *
     * @return a copy of {@code from[0 .. size)}
     */
    public int[] froms() {
        return Arrays.copyOf(from, size);
    }

    /**
     * The second elements, trimmed.
     *
     * @return a copy of {@code to[0 .. size)}
     */
    public int[] tos() {
        return Arrays.copyOf(to, size);
    }
}
