#!/usr/bin/env python3
"""Writes a corpus of 10^4 small files for `argmap convert DIR` (docs/benchmarks.md, "Corpora").

Half Microtexts arggraph files (4-8 ADUs, supports and rebuttals), half Kialo exports (6-16 claims
with escapes and Markdown links), seeded, so every run writes the same bytes.
Usage: python3 bench/corpus.py OUTDIR [COUNT]
"""
import os
import random
import sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
os.makedirs(out, exist_ok=True)
random.seed(19)
for i in range(count):
    if i % 2 == 0:
        n = random.randint(4, 8)
        edus = "".join(f'<edu id="e{k}"><![CDATA[Sentence {k} of text {i}, which argues a point.]]></edu>\n' for k in range(1, n + 1))
        adus = "".join(f'<adu id="a{k}" type="{"opp" if k % 3 == 0 else "pro"}"/>\n' for k in range(1, n + 1))
        segs = "".join(f'<edge id="s{k}" src="e{k}" trg="a{k}" type="seg"/>\n' for k in range(1, n + 1))
        args = "".join(f'<edge id="c{k}" src="a{k}" trg="a{random.randint(1, k - 1)}" type="{"reb" if k % 3 == 0 else "sup"}"/>\n'
                       for k in range(2, n + 1))
        with open(f"{out}/micro_{i:05d}.xml", "w") as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE arggraph SYSTEM "arggraph.dtd">\n'
                    f'<arggraph id="micro_{i:05d}" topic_id="t{i % 20}" stance="pro">\n{edus}{adus}{segs}{args}</arggraph>\n')
    else:
        head = [f"Discussion Title: Discussion {i}", "", f"1. Thesis of discussion {i}"]
        counts = {"1": 0}
        nodes = ["1"]
        body = []
        for k in range(random.randint(5, 15)):
            p = random.choice(nodes)
            counts[p] += 1
            c = f"{p}.{counts[p]}"
            counts[c] = 0
            nodes.append(c)
            body.append(f"{c}. {random.choice(['Pro', 'Con'])}: Claim {k} with \\(escaped\\) text and [a link](https://example.org/{k}).")
        body.sort(key=lambda l: [int(x) for x in l.split(" ")[0].rstrip(".").split(".")])
        with open(f"{out}/discussion_{i:05d}.txt", "w") as f:
            f.write("\n".join(head + body) + "\n")
