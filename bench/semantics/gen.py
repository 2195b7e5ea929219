#!/usr/bin/env python3
"""Generates the frameworks of argmap's semantics benchmarks, as ICCMA 2023 (.i23) and APX (.apx).

  gen.py random N PAIRS MUTUAL SEED OUT   N arguments, PAIRS*N attack pairs between distinct random
                                          arguments, each mutual (both ways) with probability MUTUAL
  gen.py grid SIDE SEED OUT               a SIDE x SIDE grid, each neighbour pair attacking one way or
                                          both (ICCMA's grid family)
  gen.py scalefree N M SEED OUT [MUTUAL]  Barabasi-Albert preferential attachment, M pairs per new
                                          argument, each mutual with probability MUTUAL (1/2 if not
                                          given; a small one, 20/N say, leaves few choices, so the
                                          extensions of a large framework can be enumerated)

  gen.py clusters K SIZE PAIRS MUTUAL SEED OUT
                                          K clusters of SIZE arguments, each a "random SIZE PAIRS
                                          MUTUAL" framework, and from each cluster to the next
                                          SIZE/5 attacks one way (so K strongly connected
                                          components or more: the shape SCC decomposition is for)

  gen.py floating N PAIRS MUTUAL SEED OUT
                                          "random N PAIRS MUTUAL SEED" and four more arguments:
                                          N+1 <-> N+2, both attacking N+3, which attacks N+4, which
                                          attacks arguments 1 to 5; arguments 6 to 10 attack N+1.
                                          N+4 is in every preferred extension (N+1 or N+2 always
                                          is) but not grounded, and every argument is its ancestor,
                                          so DS-PR N+4 is YES and has to rule out every alternative

OUT is a path without extension; OUT.i23 and OUT.apx are written. Arguments are 1..N in both.
"""
import random
import sys


def write(out, n, attacks):
    attacks = sorted(set(attacks))
    with open(out + ".i23", "w") as f:
        f.write("p af %d\n" % n)
        for a, b in attacks:
            f.write("%d %d\n" % (a, b))
    with open(out + ".apx", "w") as f:
        for a in range(1, n + 1):
            f.write("arg(%d).\n" % a)
        for a, b in attacks:
            f.write("att(%d,%d).\n" % (a, b))


def pair(rng, attacks, a, b, mutual):
    if rng.random() < mutual:
        attacks += [(a, b), (b, a)]
    elif rng.random() < 0.5:
        attacks.append((a, b))
    else:
        attacks.append((b, a))


def main(argv):
    kind = argv[1]
    if kind in ("random", "floating"):
        n, pairs, mutual, seed, out = int(argv[2]), float(argv[3]), float(argv[4]), int(argv[5]), argv[6]
        rng = random.Random(seed)
        attacks = []
        for _ in range(int(round(pairs * n))):
            a = rng.randint(1, n)
            b = rng.randint(1, n - 1)
            b = b + 1 if b >= a else b
            pair(rng, attacks, a, b, mutual)
        if kind == "floating":
            attacks += [(n + 1, n + 2), (n + 2, n + 1), (n + 1, n + 3), (n + 2, n + 3), (n + 3, n + 4)]
            attacks += [(n + 4, k) for k in range(1, 6)]
            attacks += [(k, n + 1) for k in range(6, 11)]
            n += 4
        write(out, n, attacks)
    elif kind == "grid":
        side, seed, out = int(argv[2]), int(argv[3]), argv[4]
        rng = random.Random(seed)
        attacks = []
        for r in range(side):
            for c in range(side):
                a = r * side + c + 1
                if c + 1 < side:
                    pair(rng, attacks, a, a + 1, 0.5)
                if r + 1 < side:
                    pair(rng, attacks, a, a + side, 0.5)
        write(out, side * side, attacks)
    elif kind == "scalefree":
        n, m, seed, out = int(argv[2]), int(argv[3]), int(argv[4]), argv[5]
        mutual = float(argv[6]) if len(argv) > 6 else 0.5
        rng = random.Random(seed)
        attacks = []
        ends = [1]
        for a in range(2, n + 1):
            for _ in range(m):
                b = rng.choice(ends)
                if b != a:
                    pair(rng, attacks, a, b, mutual)
                    ends.append(b)
            ends.append(a)
        write(out, n, attacks)
    elif kind == "clusters":
        k, size, pairs, mutual, seed, out = (int(argv[2]), int(argv[3]), float(argv[4]), float(argv[5]),
                                             int(argv[6]), argv[7])
        rng = random.Random(seed)
        attacks = []
        for c in range(k):
            base = c * size
            for _ in range(int(round(pairs * size))):
                a = rng.randint(1, size)
                b = rng.randint(1, size - 1)
                b = b + 1 if b >= a else b
                pair(rng, attacks, base + a, base + b, mutual)
            if c + 1 < k:
                for _ in range(max(1, size // 5)):
                    attacks.append((base + rng.randint(1, size), base + size + rng.randint(1, size)))
        write(out, k * size, attacks)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
