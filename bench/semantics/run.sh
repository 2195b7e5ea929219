#!/usr/bin/env bash
# Whole-process timings of argmap's semantics against clingo 5.4 running the ASPARTIX encodings
# (bench/aspartix), side by side in the same hyperfine run, for docs/benchmarks.md ("Semantics at
# solver speed"). Both print every extension (to /dev/null), as a user would get them.
# Usage: bench/semantics/run.sh [filter]   filter: a substring of the case names to run only those
# Needs: clingo (Debian's gringo), hyperfine, python3, and the jar (mvn -B -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/target/semantics
mkdir -p "$out"
gen=bench/semantics/gen.py
enc=bench/aspartix
argmap=examples/argmap
filter=${1:-}
runs=${RUNS:-3}

echo "== machine"
echo "$(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | sed -n 1p
clingo --version | sed -n 1p
uptime

# The hard random frameworks (many mutual attacks, so many choices) and the ICCMA-style families.
python3 $gen random 80 2.5 0.5 1 "$out/r80-2.5"
python3 $gen random 80 4 0.5 1 "$out/r80-4"
python3 $gen random 100 4 0.5 1 "$out/r100-4"
python3 $gen grid 8 1 "$out/grid8"
# Floating acceptance: argument 84 is in every preferred extension, not grounded (DS-PR YES).
python3 $gen floating 80 4 0.5 1 "$out/f80-4"
# Two strongly connected components of 40 arguments, one attacking the other (SCC decomposition).
python3 $gen clusters 2 40 4 0.5 1 "$out/c2x40-4"
python3 $gen scalefree 10000 1 1 "$out/sf10k"
python3 $gen scalefree 100000 1 1 "$out/sf100k"
python3 $gen scalefree 1000000 1 1 "$out/sf1m"

# case NAME TASK FILE CLINGO-ARGS...: one hyperfine run, argmap against clingo on the same file.
case_() {
  local name=$1 task=$2 file=$3
  shift 3
  if [ -n "$filter" ] && [[ $name != *"$filter"* ]]; then
    return
  fi
  echo "== $name: $task on $(basename "$file")"
  hyperfine --runs "$runs" --warmup 1 -i -N --output=null --time-unit second --style basic \
    --export-markdown "$out/$name.md" \
    -n "argmap $task" "$argmap solve -p $task -f $file.i23 -fo i23" \
    -n "argmap C2 $task" "env ARGMAP_JAVA_OPTS= $argmap solve -p $task -f $file.i23 -fo i23" \
    -n "clingo $task" "clingo --outf=0 -V0 $* $file.apx" 2>&1 | grep -v "^ *$"
}

# Enumeration. "argmap C2" is the same jar with the JIT's default tiers instead of the launcher's C1
# only (ARGMAP_JAVA_OPTS empty), which pays off on runs of several seconds.
case_ st-r80-2.5 EE-ST "$out/r80-2.5" "$enc/stable.lp" 0
case_ st-r100-4 EE-ST "$out/r100-4" "$enc/stable.lp" 0
case_ st-grid8 EE-ST "$out/grid8" "$enc/stable.lp" 0
case_ co-r80-4 EE-CO "$out/r80-4" "$enc/complete.lp" 0
case_ co-grid8 EE-CO "$out/grid8" "$enc/complete.lp" 0
case_ pr-r80-4 EE-PR "$out/r80-4" --heuristic=Domain --enum-mode=domRec "$enc/preferred-heuristic.lp" 0
# clingo with the saturation encoding (preferred.lp) runs for minutes on r80-4: try it by hand with
#   timeout 60 clingo --outf=0 -V0 bench/aspartix/preferred.lp bench/target/semantics/r80-4.apx 0 | wc -l
case_ pr-grid8 EE-PR "$out/grid8" --heuristic=Domain --enum-mode=domRec "$enc/preferred-heuristic.lp" 0
case_ pr-c2x40-4 EE-PR "$out/c2x40-4" --heuristic=Domain --enum-mode=domRec "$enc/preferred-heuristic.lp" 0
# Sceptical preferred acceptance that has to rule out every alternative; clingo's peer is the
# saturation encoding with cautious reasoning (the last "Consequences" line holds in(84): YES).
case_ ds-pr-f80-4 "DS-PR -a 84" "$out/f80-4" --enum-mode=cautious "$enc/preferred.lp" 0
# One extension on the sparse large ones (their extensions are too many to enumerate).
case_ se-pr-sf10k SE-PR "$out/sf10k" --heuristic=Domain --enum-mode=domRec "$enc/preferred-heuristic.lp" 1
case_ se-pr-sf100k SE-PR "$out/sf100k" --heuristic=Domain --enum-mode=domRec "$enc/preferred-heuristic.lp" 1
case_ se-st-sf100k SE-ST "$out/sf100k" "$enc/stable.lp" 1
# A million arguments: clingo takes about two minutes a run, so this case is left to RUNS=1.
if [ "$runs" = 1 ] || [ "$filter" = sf1m ]; then
  case_ se-pr-sf1m SE-PR "$out/sf1m" --heuristic=Domain --enum-mode=domRec "$enc/preferred-heuristic.lp" 1
fi
