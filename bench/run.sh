#!/usr/bin/env bash
# Regenerates every number in docs/benchmarks.md: JMH in-process benchmarks (with Jackson's raw
# parse, a single edge pass and TweetyProject as peers), a memory check, and whole-process timings
# of `argmap dot` against Argdown with hyperfine. Takes about 15 minutes on 2 cores.
# Usage: bench/run.sh [jmh-regexp]   (e.g. bench/run.sh MapBenchmarks.dot)
#        bench/run.sh --process       (only the whole-process timings, about 5 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/target
data=$out/data
mkdir -p "$data"

# bench's own dependencies are resolved inside the reactor, so nothing has to be installed first.
mvn -B -q -DskipTests package
mvn -B -q -DskipTests -pl bench -am package dependency:build-classpath -Dmdep.outputFile="$PWD/$out/classpath.txt"
cp=bench/target/classes:$(cat "$out/classpath.txt")

echo "== machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | sed -n 1p
uptime

only_process=0
if [ "${1:-}" = --process ]; then
  only_process=1
  shift
fi
if [ "$only_process" = 0 ]; then
echo "== argmap and TweetyProject agree"
java -cp "$cp" io.github.argmap.bench.Verify

echo "== memory"
java -Xmx2g -cp "$cp" io.github.argmap.bench.Memory

echo "== JMH"
java -cp "$cp" org.openjdk.jmh.Main -prof gc -rf json -rff "$out/jmh.json" "${1:-.*Benchmarks.*}"
if [ -z "${1:-}" ]; then
  echo "== JMH at 10^6 claims (single shot: one operation takes seconds)"
  java -cp "$cp" org.openjdk.jmh.Main -prof gc -rf json -rff "$out/jmh-million.json" -p claims=1000000 -bm ss -wi 1 -i 3 \
    'MapBenchmarks\.(jsonRead|jacksonParse|jsonWrite|build|dot|markdownSummary|caseForRoot|neighbourhood|subMapByTag|grounded|hCategorizer|dfQuad)$'
fi

fi

echo "== whole process: argmap dot against Argdown"
java -cp "$cp" io.github.argmap.bench.WriteMaps "$data" 1000 10000 100000
jar=examples/target/argmap.jar
launcher=examples/argmap
# The launcher's class-data-sharing archive is made by its first run after a build; make it now,
# outside the timings (hyperfine's warm-up would too).
"$launcher" --version >/dev/null
if ! command -v hyperfine >/dev/null; then echo "hyperfine not installed (apt-get install hyperfine): skipped"; exit 0; fi
have_argdown=0
if command -v argdown >/dev/null || (command -v npm >/dev/null && npm install -g --silent @argdown/cli@1.7.5 >/dev/null 2>&1); then
  have_argdown=1
fi
hyperfine -N -w 2 -r 10 --export-json "$out/startup.json" \
  "java -jar $jar --version" "$launcher --version" "java -version"
# Load and validate 10^5 claims as a whole process.
hyperfine -N -w 1 -r 5 --export-json "$out/validate-100000.json" \
  "java -jar $jar validate $data/map-100000.json" "$launcher validate $data/map-100000.json"
for n in 1000 10000 100000; do
  cmds=("java -jar $jar dot $data/map-$n.json -o $out/argmap-$n.dot"
        "$launcher dot $data/map-$n.json -o $out/argmap-$n.dot")
  if [ "$have_argdown" = 1 ]; then
    cmds+=("argdown map --format dot $data/map-$n.argdown $out/argdown-$n")
  fi
  runs=10
  if [ "$n" -ge 100000 ]; then runs=5; fi
  hyperfine -N -i -w 1 -r "$runs" --export-markdown "$out/peer-$n.md" --export-json "$out/peer-$n.json" "${cmds[@]}"
  # The same map on both sides: count what each diagram draws.
  echo "argmap-$n.dot: $(grep -c ' -> ' "$out/argmap-$n.dot") edges"
  if [ -f "$out/argdown-$n/map-$n.dot" ]; then
    echo "argdown-$n: $(grep -c ' -> ' "$out/argdown-$n/map-$n.dot") edges"
  else
    echo "argdown-$n: no diagram written"
  fi
done
