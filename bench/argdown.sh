#!/usr/bin/env bash
# Whole-process timings of reading Argdown: `argmap validate FILE.argdown` (the launcher and a plain
# java -jar) against the Argdown CLI's `argdown json FILE DIR`, on the synthetic files that
# bench/argdown-synthetic.py writes (10^4 and 10^5 statements). Needs hyperfine, python3, the
# Argdown CLI 1.7.5 (argdown on the PATH, or /opt/argdown) and a built examples/target/argmap.jar
# (mvn -B -q package -DskipTests). Results: bench/target/argdown/*.md and .json.
# Usage: bench/argdown.sh [RUNS]   (default 10 runs at 10^4, 3 at 10^5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
out=bench/target/argdown
mkdir -p "$out"
argdown=$(command -v argdown || echo /opt/argdown/node_modules/.bin/argdown)
for n in 10000 100000; do
  [ -f "$out/s$n.argdown" ] || python3 bench/argdown-synthetic.py "$n" > "$out/s$n.argdown"
done
# Both tools must see the same map: the CLI's counts, and argmap's.
rm -rf "$out/json" && "$argdown" json "$out/s10000.argdown" "$out/json" >/dev/null
node -e 'const d=JSON.parse(require("fs").readFileSync(process.argv[1]));
  console.log("argdown: " + Object.keys(d.statements).length + " statements, " + Object.keys(d.arguments).length
    + " arguments, " + d.relations.length + " relations")' "$out/json/s10000.json"
examples/argmap validate "$out/s10000.argdown" && echo "argmap: valid"
hyperfine -N -w 1 -r "$runs" --export-markdown "$out/read-10k.md" --export-json "$out/read-10k.json" \
  -n "examples/argmap validate" "examples/argmap validate $out/s10000.argdown" \
  -n "java -jar argmap.jar validate" "java -jar examples/target/argmap.jar validate $out/s10000.argdown" \
  -n "argdown json" "$argdown json $out/s10000.argdown $out/json"
hyperfine -N -w 1 -r 3 --export-markdown "$out/read-100k.md" --export-json "$out/read-100k.json" -i \
  -n "examples/argmap validate" "examples/argmap validate $out/s100000.argdown" \
  -n "java -jar argmap.jar validate" "java -jar examples/target/argmap.jar validate $out/s100000.argdown" \
  -n "argdown json" "$argdown json $out/s100000.argdown $out/json"
