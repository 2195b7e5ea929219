package io.github.argmap.api.semantics;

import static io.github.argmap.api.internal.Messages.format;

import io.github.argmap.api.internal.IntRows;
import io.github.argmap.api.internal.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An immutable abstract argumentation framework in Dung's sense: arguments and an attack relation
 * between them.
 *
 * <p>Arguments are numbered {@code 0..size()-1} in the order given; every algorithm works on these
 * indices. Attacks are kept twice, as compressed sparse rows in both directions (attackers of each
 * argument, and arguments each one attacks), each row sorted and without repeats, so that the
 * grounded labelling of a million arguments and four million attacks takes tens of milliseconds
 * (see {@link Semantics}). The attack relation is a set:
 * an attack given twice is kept once. Self-attacks are allowed. A framework is safe to share
 * between threads.
 *
 * <p>An argument id is any non-empty string without control characters and without leading or
 * trailing whitespace; ids are unique.
 *
 * <pre>{@code
 * ArgumentationFramework af = ArgumentationFramework.builder()
 *         .addArguments("a", "b", "c")
 *         .addAttack("a", "b")
 *         .addAttack("b", "c")
 *         .build();
 * Semantics.groundedLabelling(af).ids(Status.ACCEPTED); // [a, c]
 * }</pre>
 */
public final class ArgumentationFramework {
    private final List<String> ids;
    private final Map<String, Integer> indexById;
    // Attackers of argument t are attackers[attackersStart[t] .. attackersStart[t+1]), sorted.
    final int[] attackersStart;
    final int[] attackers;
    // Arguments attacked by f are attacked[attackedStart[f] .. attackedStart[f+1]), sorted.
    final int[] attackedStart;
    final int[] attacked;

    private ArgumentationFramework(List<String> ids, Map<String, Integer> indexById, int[] attackersStart,
            int[] attackers, int[] attackedStart, int[] attacked) {
        this.ids = ids;
        this.indexById = indexById;
        this.attackersStart = attackersStart;
        this.attackers = attackers;
        this.attackedStart = attackedStart;
        this.attacked = attacked;
    }

    /**
     * Starts an empty builder that takes arguments and attacks by id.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a framework from ids and attacks given as index pairs, the fast path for large
     * frameworks and for readers.
     *
     * <p>Attack {@code k} goes from argument {@code from[k]} to argument {@code to[k]}. Repeated
     * attacks are kept once.
     *
     * @param ids the arguments' ids, in the framework's order
     * @param from the attacking arguments' indices
     * @param to the attacked arguments' indices, as long as {@code from}
     * @return the framework
     * @throws IllegalArgumentException when an id is invalid or repeated, an index is out of range,
     *     or the arrays differ in length
     */
    public static ArgumentationFramework of(List<String> ids, int[] from, int[] to) {
        List<String> copy = List.copyOf(ids);
        if (from.length != to.length) {
            throw new IllegalArgumentException("from and to must be as long as each other: "
                    + from.length + " attackers but " + to.length + " targets");
        }
        Map<String, Integer> indexById = index(copy);
        int n = copy.size();
        for (int k = 0; k < from.length; k++) {
            if (from[k] < 0 || from[k] >= n || to[k] < 0 || to[k] >= n) {
                int bad = from[k] < 0 || from[k] >= n ? from[k] : to[k];
                throw new IllegalArgumentException(format(Messages.AF_INDEX_RANGE, from[k], to[k], bad, n, n - 1));
            }
        }
        int[][] in = rows(n, to, from);
        int[] attackersStart = in[0];
        int[] attackers = in[1];
        // The reverse rows come out sorted because the forward rows are walked in target order.
        int[] attackedStart = new int[n + 1];
        for (int a : attackers) {
            attackedStart[a + 1]++;
        }
        for (int i = 0; i < n; i++) {
            attackedStart[i + 1] += attackedStart[i];
        }
        int[] attacked = new int[attackers.length];
        int[] cursor = Arrays.copyOf(attackedStart, n);
        for (int t = 0; t < n; t++) {
            for (int k = attackersStart[t]; k < attackersStart[t + 1]; k++) {
                attacked[cursor[attackers[k]]++] = t;
            }
        }
        return new ArgumentationFramework(copy, indexById, attackersStart, attackers, attackedStart, attacked);
    }

    /** Groups {@code values} by {@code keys} with a counting sort, then sorts and de-duplicates each row. */
    private static int[][] rows(int n, int[] keys, int[] values) {
        int[][] grouped = IntRows.group(n, keys, values, keys.length);
        int[] start = grouped[0];
        int[] row = grouped[1];
        int[] compactStart = new int[n + 1];
        int write = 0;
        for (int i = 0; i < n; i++) {
            int from = start[i];
            int to = start[i + 1];
            Arrays.sort(row, from, to);
            for (int k = from; k < to; k++) {
                if (k == from || row[k] != row[k - 1]) {
                    row[write++] = row[k];
                }
            }
            compactStart[i + 1] = write;
        }
        return new int[][] {compactStart, write == row.length ? row : Arrays.copyOf(row, write)};
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> byId = new HashMap<>(Math.max(16, ids.size() * 2));
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!isValidId(id)) {
                throw new IllegalArgumentException(format(Messages.AF_INVALID_ID, quote(id)));
            }
            Integer earlier = byId.putIfAbsent(id, i);
            if (earlier != null) {
                throw new IllegalArgumentException(format(Messages.AF_DUPLICATE_ID, id, earlier));
            }
        }
        return byId;
    }

    /**
     * Tells whether a string can be an argument's id: non-empty, no control characters, no leading
     * or trailing whitespace.
     *
     * @param id the candidate, may be {@code null}
     * @return {@code true} when {@code id} can name an argument
     */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || Character.isWhitespace(id.charAt(0))
                || Character.isWhitespace(id.charAt(id.length() - 1))) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String quote(String id) {
        if (id == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** @return the number of arguments */
    public int size() {
        return ids.size();
    }

    /** @return the number of distinct attacks */
    public int attackCount() {
        return attackers.length;
    }

    /** @return the arguments' ids in the framework's order, immutable */
    public List<String> ids() {
        return ids;
    }

    /**
     * The id of an argument.
     *
     * @param index the argument's index
     * @return its id
     * @throws IndexOutOfBoundsException when there is no such argument
     */
    public String id(int index) {
        return ids.get(index);
    }

    /**
     * Looks up an argument's index.
     *
     * @param id the argument's id
     * @return its index, or empty when no argument has that id
     */
    public OptionalInt indexOf(String id) {
        Integer index = indexById.get(id);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * Looks up the index of an argument that must exist.
     *
     * @param id the argument's id
     * @return its index
     * @throws IllegalArgumentException when no argument has that id
     */
    public int requireIndex(String id) {
        Integer index = indexById.get(id);
        if (index == null) {
            throw new IllegalArgumentException(format(Messages.UNKNOWN_ARGUMENT, id));
        }
        return index;
    }

    /**
     * The arguments attacking one argument.
     *
     * @param index the attacked argument's index
     * @return a fresh array of indices, ascending
     */
    public int[] attackersOf(int index) {
        Objects.checkIndex(index, size());
        return Arrays.copyOfRange(attackers, attackersStart[index], attackersStart[index + 1]);
    }

    /**
     * The arguments one argument attacks.
     *
     * @param index the attacking argument's index
     * @return a fresh array of indices, ascending
     */
    public int[] attackedBy(int index) {
        Objects.checkIndex(index, size());
        return Arrays.copyOfRange(attacked, attackedStart[index], attackedStart[index + 1]);
    }

    /**
     * Tells whether one argument attacks another.
     *
     * @param from the attacker's index
     * @param to the attacked argument's index
     * @return {@code true} when the attack is in the framework
     */
    public boolean attacks(int from, int to) {
        Objects.checkIndex(from, size());
        Objects.checkIndex(to, size());
        return Arrays.binarySearch(attacked, attackedStart[from], attackedStart[from + 1], to) >= 0;
    }

    /**
     * Tells whether one argument attacks another, by id.
     *
     * @param from the attacker's id
     * @param to the attacked argument's id
     * @return {@code true} when the attack is in the framework
     * @throws IllegalArgumentException when an id is unknown
     */
    public boolean attacks(String from, String to) {
        return attacks(requireIndex(from), requireIndex(to));
    }

    /** Two frameworks are equal when they have the same ids in the same order and the same attacks. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ArgumentationFramework)) {
            return false;
        }
        ArgumentationFramework f = (ArgumentationFramework) o;
        return ids.equals(f.ids) && Arrays.equals(attackersStart, f.attackersStart)
                && Arrays.equals(attackers, f.attackers);
    }

    @Override
    public int hashCode() {
        return 31 * ids.hashCode() + Arrays.hashCode(attackers);
    }

    @Override
    public String toString() {
        return "ArgumentationFramework[" + size() + " arguments, " + attackCount() + " attacks]";
    }

    /**
     * Collects arguments and attacks by id and checks them at {@link #build()}.
     *
     * <p>Attacks may name arguments added later. A builder is reusable and not thread-safe.
     */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final List<String> attackFrom = new ArrayList<>();
        private final List<String> attackTo = new ArrayList<>();

        private Builder() {}

        /**
         * Adds an argument after those already added.
         *
         * @param id the argument's id
         * @return this builder
         */
        public Builder addArgument(String id) {
            ids.add(Objects.requireNonNull(id, "id"));
            return this;
        }

        /**
         * Adds arguments in order.
         *
         * @param more the ids
         * @return this builder
         */
        public Builder addArguments(String... more) {
            for (String id : more) {
                addArgument(id);
            }
            return this;
        }

        /**
         * Adds an attack.
         *
         * @param from the attacker's id
         * @param to the attacked argument's id
         * @return this builder
         */
        public Builder addAttack(String from, String to) {
            attackFrom.add(Objects.requireNonNull(from, "from"));
            attackTo.add(Objects.requireNonNull(to, "to"));
            return this;
        }

        /**
         * Checks the ids and attacks and returns the framework.
         *
         * @return the framework
         * @throws IllegalArgumentException naming the first invalid or repeated id, or the first
         *     attack that names an unknown argument
         */
        public ArgumentationFramework build() {
            Map<String, Integer> byId = index(ids);
            int[] from = new int[attackFrom.size()];
            int[] to = new int[attackTo.size()];
            for (int k = 0; k < from.length; k++) {
                from[k] = resolve(byId, attackFrom.get(k), k);
                to[k] = resolve(byId, attackTo.get(k), k);
            }
            return of(ids, from, to);
        }

        private int resolve(Map<String, Integer> byId, String id, int k) {
            Integer index = byId.get(id);
            if (index == null) {
                throw new IllegalArgumentException(format(Messages.AF_UNKNOWN_ID, attackFrom.get(k), attackTo.get(k), id));
            }
            return index;
        }
    }
}
