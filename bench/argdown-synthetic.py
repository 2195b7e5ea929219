#!/usr/bin/env python3
"""Writes a synthetic Argdown file as people write them, for the Argdown reading benchmark.

Usage: bench/argdown-synthetic.py STATEMENTS > FILE.argdown

Seeded and deterministic. About one block in ten is a section heading's neighbour; each block is a
titled statement (titles with spaces, some non-ASCII) with markup, tags and sometimes {data}, under
it one to three relations (support, attack, and now and then an undercut or a contradiction) to
earlier statements, some of them nested one level deeper; one block in eight is an argument with a
premise-conclusion structure over earlier statements. STATEMENTS counts the statements the Argdown
CLI reports (its "statements"); arguments come on top.
"""
import random
import sys

WORDS = ("coalition defence europe security nato members capability budget treaty alliance "
         "industry support risk market growth policy voters trust reform cost Zürich élan").split()


def text(r):
    words = [r.choice(WORDS) for _ in range(r.randint(6, 16))]
    i = r.randrange(len(words))
    words[i] = "*" + words[i] + "*" if r.random() < 0.5 else "**" + words[i] + "**"
    return " ".join(words) + "."


def main():
    n = int(sys.argv[1])
    r = random.Random(42)
    out = sys.stdout
    out.write("===\ntitle: Synthetic debate of %d statements\nauthor: bench/argdown-synthetic.py\n===\n\n" % n)
    titles = []
    arguments = 0
    section = 0
    while len(titles) < n:
        if len(titles) % 500 == 0:
            section += 1
            out.write("# Part %d\n\n" % section)
        if len(titles) >= 3 and r.random() < 0.125:
            arguments += 1
            premises = r.sample(titles, 2)
            conclusion = r.choice(titles)
            while conclusion in premises:
                conclusion = r.choice(titles)
            out.write("<Argument %d>: %s\n\n(1) [%s]\n(2) [%s]\n----\n(3) [%s]\n\n"
                      % (arguments, text(r), premises[0], premises[1], conclusion))
            continue
        title = "Statement %d %s" % (len(titles) + 1, r.choice(WORDS))
        tag = " #(%s)" % r.choice(WORDS) if r.random() < 0.3 else ""
        data = " {speaker: Speaker %d}" % r.randint(1, 8) if r.random() < 0.2 else ""
        out.write("[%s]: %s%s%s\n" % (title, text(r), tag, data))
        if titles:
            for _ in range(r.randint(1, 3)):
                other = r.choice(titles)
                arrow = r.choices(["<+", "<-", "+>", "->", "><"], [5, 3, 2, 1, 0.3])[0]
                out.write("    %s [%s]\n" % (arrow, other))
                if r.random() < 0.2 and len(titles) < n - 1:
                    titles.append(title)
                    title = "Statement %d %s" % (len(titles) + 1, r.choice(WORDS))
                    out.write("        %s [%s]: %s\n" % (r.choice(["<+", "<-"]), title, text(r)))
        titles.append(title)
        out.write("\n")


if __name__ == "__main__":
    main()
