#!/usr/bin/env python3
"""Turns JMH's JSON results into the Markdown tables of docs/benchmarks.md.

Usage: bench/report.py bench/target/jmh.json [bench/target/jmh-million.json ...]
Prints one table per benchmark class: a row per benchmark, a column per size, each cell the
time per operation (with JMH's 99.9% error) and, when run with -prof gc, the bytes allocated per
operation. A last column gives the growth between the two largest sizes, divided
by the growth in size, so 1.0 means linear; single-shot cells (¹) are left out of it.
"""
import json
import sys
from collections import defaultdict


def fmt_time(ms):
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 1:
        return f"{ms:.1f} ms" if ms < 100 else f"{ms:.0f} ms"
    if ms >= 0.001:
        return f"{ms * 1000:.1f} µs" if ms < 0.1 else f"{ms * 1000:.0f} µs"
    return f"{ms * 1e6:.0f} ns"


def fmt_bytes(b):
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if b >= size:
            return f"{b / size:.1f} {unit}"
    return f"{b:.0f} B"


def to_ms(score, unit):
    return score * {"ms/op": 1, "s/op": 1000, "us/op": 0.001, "ns/op": 1e-6}[unit]


def main(paths):
    rows = defaultdict(dict)  # (class, bench, extra params) -> size -> (ms, err, alloc)
    sizes = defaultdict(set)
    for path in paths:
        for r in json.load(open(path)):
            cls, bench = r["benchmark"].rsplit(".", 2)[-2:]
            params = dict(r.get("params", {}))
            size_key = next((k for k in ("claims", "arguments") if k in params), None)
            size = int(params.pop(size_key)) if size_key else 0
            extra = ", ".join(f"{k}={v}" for k, v in sorted(params.items()))
            m = r["primaryMetric"]
            ms = to_ms(m["score"], m["scoreUnit"])
            err = m.get("scoreError")
            err = to_ms(err, m["scoreUnit"]) if isinstance(err, (int, float)) and err == err else None
            alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
            rows[(cls, bench, extra)][size] = (ms, err, alloc, r["mode"])
            sizes[cls].add(size)
    for cls in sorted(sizes):
        cols = sorted(sizes[cls])
        print(f"### {cls}\n")
        head = ["benchmark"] + [f"{c:,}" if c else "" for c in cols] + (["growth"] if len(cols) > 1 else [])
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for (c, bench, extra), by_size in sorted(rows.items()):
            if c != cls:
                continue
            cells = []
            for s in cols:
                if s not in by_size:
                    cells.append("")
                    continue
                ms, err, alloc, mode = by_size[s]
                cell = fmt_time(ms)
                if err and ms and err / ms > 0.2:
                    cell += f" ±{100 * err / ms:.0f}%"
                if alloc is not None:
                    cell += f" ({fmt_bytes(alloc)})"
                if mode == "ss":
                    cell += " ¹"
                cells.append(cell)
            growth = ""
            # Growth between the two largest sizes measured the same way (average time, warmed up).
            present = [s for s in cols if s in by_size and s and by_size[s][3] == "avgt"]
            if len(present) >= 2:
                a, b = present[-2], present[-1]
                growth = f"{(by_size[b][0] / by_size[a][0]) / (b / a):.2f}"
            name = bench + (f" ({extra})" if extra else "")
            print("| " + " | ".join([name] + cells + ([growth] if len(cols) > 1 else [])) + " |")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
