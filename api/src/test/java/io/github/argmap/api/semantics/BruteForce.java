package io.github.argmap.api.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Extensions by the definitions, checked on every subset (as bitmasks) of a small framework: the
 * independent oracle for the reasoners. Preferred extensions come out as maximal admissible sets
 * and semi-stable ones as complete sets with maximal range, routes the solver does not take.
 */
final class BruteForce {
    final int n;
    final boolean[][] att;
    final List<Integer> grounded = new ArrayList<>();
    final List<Integer> complete = new ArrayList<>();
    final List<Integer> preferred = new ArrayList<>();
    final List<Integer> stable = new ArrayList<>();
    final List<Integer> semiStable = new ArrayList<>();

    BruteForce(ArgumentationFramework af) {
        n = af.size();
        att = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b : af.attackedBy(a)) {
                att[a][b] = true;
            }
        }
        List<Integer> admissible = new ArrayList<>();
        for (int s = 0; s < (1 << n); s++) {
            if (!conflictFree(s)) {
                continue;
            }
            if (range(s) == (1 << n) - 1) {
                stable.add(s);
            }
            if (!defends(s, s)) {
                continue;
            }
            admissible.add(s);
            boolean closed = true;
            for (int a = 0; a < n; a++) {
                if ((s & (1 << a)) == 0 && defends(s, 1 << a)) {
                    closed = false;
                }
            }
            if (closed) {
                complete.add(s);
            }
        }
        for (int s : admissible) {
            boolean maximal = true;
            for (int t : admissible) {
                maximal &= t == s || (t & s) != s;
            }
            if (maximal) {
                preferred.add(s);
            }
        }
        for (int s : complete) {
            boolean maximal = true;
            boolean least = true;
            for (int t : complete) {
                maximal &= range(t) == range(s) || (range(t) & range(s)) != range(s);
                least &= (t & s) == s;
            }
            if (maximal) {
                semiStable.add(s);
            }
            if (least) {
                grounded.add(s);
            }
        }
    }

    List<Integer> extensions(String code) {
        switch (code) {
            case "GR":
                return grounded;
            case "CO":
                return complete;
            case "PR":
                return preferred;
            case "ST":
                return stable;
            default:
                return semiStable;
        }
    }

    private boolean conflictFree(int s) {
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if ((s & (1 << a)) != 0 && (s & (1 << b)) != 0 && att[a][b]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The set and every argument it attacks. */
    int range(int s) {
        return s | attacked(s);
    }

    /** Every argument some member of the set attacks. */
    int attacked(int s) {
        int r = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if ((s & (1 << a)) != 0 && att[a][b]) {
                    r |= 1 << b;
                }
            }
        }
        return r;
    }

    /** Whether s attacks every attacker of every member of t. */
    private boolean defends(int s, int t) {
        for (int a = 0; a < n; a++) {
            if ((t & (1 << a)) == 0) {
                continue;
            }
            for (int b = 0; b < n; b++) {
                if (att[b][a] && (attacked(s) & (1 << b)) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    static int mask(Extension e) {
        int m = 0;
        for (int a : e.indices()) {
            m |= 1 << a;
        }
        return m;
    }

    /**
     * A random framework of up to {@code maxSize} arguments in which attacks are often mutual and
     * sometimes self-attacks, so that cycles of every parity and many extensions come up.
     */
    static ArgumentationFramework random(Random random, int maxSize) {
        int n = 1 + random.nextInt(maxSize);
        double p = 0.05 + random.nextDouble() * 0.3;
        double mutual = random.nextDouble();
        List<Integer> from = new ArrayList<>();
        List<Integer> to = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (random.nextDouble() < (a == b ? p / 4 : p)) {
                    from.add(a);
                    to.add(b);
                    if (a != b && random.nextDouble() < mutual) {
                        from.add(b);
                        to.add(a);
                    }
                }
            }
        }
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            ids.add(Integer.toString(a + 1));
        }
        return ArgumentationFramework.of(ids, from.stream().mapToInt(Integer::intValue).toArray(),
                to.stream().mapToInt(Integer::intValue).toArray());
    }
}
