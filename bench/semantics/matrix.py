#!/usr/bin/env python3
"""argmap against clingo on every framework shape issue #20 names, with a time cap per run.

Each case is run once by argmap (the launcher, examples/argmap) and once by clingo 5.4 with the
ASPARTIX encodings, one after the other, each printing every extension to a pipe that this script
counts (runs shorter than 5 s three times each, alternating, and the means). A run still going at the cap is killed (SIGKILL, whole process group); what it printed by
then is counted. So a row where both finished compares times, and a row where neither did compares
how many extensions each printed in the same time (for an enumeration the user stops, the number
that matters). Where both finish, their counts must agree, or the row says MISMATCH.

Usage: bench/semantics/matrix.py [--cap SECONDS] [--only SUBSTRING] [--dense] [--sparse]
Needs: clingo (Debian's gringo), python3, and the jar (mvn -B -q package -DskipTests).
Writes the table (Markdown) to standard output and bench/target/semantics/matrix.md.
"""
import argparse
import os
import resource
import signal
import subprocess
import sys
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "bench", "target", "semantics")
GEN = os.path.join(ROOT, "bench", "semantics", "gen.py")
ENC = os.path.join(ROOT, "bench", "aspartix")
ARGMAP = os.path.join(ROOT, "examples", "argmap")

# clingo's fastest way we know for each semantics (docs/benchmarks.md): preferred with the
# domain-heuristic encoding and domRec enumeration.
CLINGO = {
    "CO": ["complete.lp"],
    "ST": ["stable.lp"],
    "PR": ["--heuristic=Domain", "--enum-mode=domRec", "preferred-heuristic.lp"],
}
# Where gen.py's OUT argument goes in a case's arguments (its place differs between generators).
OUT_PATH = object()
CLINGO_STATUS = (b"SATISFIABLE", b"UNSATISFIABLE", b"UNKNOWN", b"OPTIMUM FOUND")


def dense_cases():
    # The hard shape: 80 to 150 arguments, 1.5 to 3 attack pairs per argument, half mutual.
    for n in (80, 100, 150):
        for pairs in ("1.5", "2", "3"):
            name = "random %d %s 0.5" % (n, pairs)
            yield name, "r%d-%s" % (n, pairs), ["random", str(n), pairs, "0.5", "1", OUT_PATH]


def sparse_cases():
    # Sparse and large: Barabasi-Albert with M pairs per new argument, about 20 of them mutual,
    # so that the extensions are few enough to enumerate.
    for n, m in ((10_000, 1), (10_000, 2), (100_000, 1), (100_000, 2), (1_000_000, 1)):
        mutual = "%g" % (20 / n)
        name = "scalefree %s %d, %s mutual" % (format(n, ","), m, mutual)
        yield name, "sp%d-%d" % (m, n), ["scalefree", str(n), str(m), "1", OUT_PATH, mutual]


def generate(args, stem):
    path = os.path.join(OUT, stem)
    if not os.path.exists(path + ".apx"):
        subprocess.run([sys.executable, GEN] + [path if a is OUT_PATH else a for a in args], check=True)
    return path


def run(cmd, cap):
    """Runs cmd, counting its answer lines (one per extension); returns (count, wall seconds, cpu seconds, finished)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    killed = threading.Event()

    def kill():
        killed.set()
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(cap, kill)
    timer.start()
    count = 0
    tail = b""
    while True:
        chunk = proc.stdout.read(1 << 20)
        if not chunk:
            break
        count += chunk.count(b"\n")
        tail = (tail + chunk)[-64:]
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    timer.cancel()
    # clingo ends with a status line; a fragment of an answer line can never equal one.
    if tail.rstrip(b"\n").rsplit(b"\n", 1)[-1] in CLINGO_STATUS:
        count = max(0, count - 1)  # clingo's closing status line
    return count, wall, usage.ru_utime + usage.ru_stime, not killed.is_set()


def mean(results):
    n = len(results)
    return (results[0][0], sum(r[1] for r in results) / n, sum(r[2] for r in results) / n,
            all(r[3] for r in results))


def fmt(count, wall, cpu, finished, cap):
    if finished:
        return "%s in %.2f s (CPU %.2f)" % (format(count, ","), wall, cpu)
    return "%s in %d s, stopped" % (format(count, ","), cap)


def verdict(a, c, cap):
    (ac, aw, _, af), (cc, cw, _, cf) = a, c
    if af and cf:
        if ac != cc:
            return "MISMATCH %d against %d" % (ac, cc)
        return ("**win %.1f×**" % (cw / aw)) if aw <= cw else ("**loss %.1f×**" % (aw / cw))
    if af:
        return "**win**: clingo did not finish in %d s" % cap
    if cf:
        return "**loss**: argmap did not finish in %d s" % cap
    if ac >= cc:
        return "**win %.1f×** in extensions printed" % (ac / max(cc, 1))
    return "**loss %.1f×** in extensions printed" % (cc / max(ac, 1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cap", type=int, default=30)
    parser.add_argument("--only", default="")
    parser.add_argument("--dense", action="store_true")
    parser.add_argument("--sparse", action="store_true")
    parser.add_argument("--tasks", default="CO,PR,ST")
    opts = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    cases = []
    if opts.dense or not opts.sparse:
        cases += list(dense_cases())
    if opts.sparse or not opts.dense:
        cases += list(sparse_cases())
    lines = ["| framework | task | argmap | clingo | argmap against clingo, wall |",
             "|---|---|---|---|---|"]
    print("\n".join(lines), flush=True)
    for name, stem, args in cases:
        if opts.only not in name:
            continue
        path = generate(args, stem)
        for task in opts.tasks.split(","):
            argmap = [ARGMAP, "solve", "-p", "EE-" + task, "-f", path + ".i23", "-fo", "i23"]
            clingo = ["clingo", "--outf=0", "-V0"] + [os.path.join(ENC, x) if x.endswith(".lp") else x
                                                       for x in CLINGO[task]] + [path + ".apx", "0"]
            a, c = run(argmap, opts.cap), run(clingo, opts.cap)
            if a[3] and c[3] and max(a[1], c[1]) < 5:
                # Short runs are noisy: two more of each, alternating, and the means.
                more = [(run(argmap, opts.cap), run(clingo, opts.cap)) for _ in range(2)]
                a = mean([a] + [m[0] for m in more])
                c = mean([c] + [m[1] for m in more])
            line = "| %s | EE-%s | %s | %s | %s |" % (name, task, fmt(*a, opts.cap), fmt(*c, opts.cap),
                                                   verdict(a, c, opts.cap))
            lines.append(line)
            print(line, flush=True)
    with open(os.path.join(OUT, "matrix.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
