#!/usr/bin/env bash
# Checks the Argdown that argmap writes against the real Argdown CLI: every file written by
# ArgdownFormatTest must parse, and its JSON export must hold as many statements, arguments and
# relations as the map had claims, argument nodes and relations
# (core/target/argdown/expected-counts.tsv: name, claims, arguments, relations).
# Run after `mvn verify`. `.ci/argdown-check.sh install` only installs the CLI (node, npm and
# @argdown/cli 1.7.5), which ArgdownCliDifferentialTest needs during `mvn verify`.
# Skips, with a message, where node and npm cannot be had.
set -euo pipefail
cd "$(dirname "$0")/.."

install_cli() {
  if command -v argdown >/dev/null 2>&1; then
    return 0
  fi
  if [ -x /opt/argdown/node_modules/.bin/argdown ]; then
    export PATH="/opt/argdown/node_modules/.bin:$PATH"
    return 0
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null || true
    fi
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "argdown-check: skipped, node and npm are not installed"
    return 1
  fi
  # 1.7.5: 2.0.0 does not install on every machine.
  if ! npm install -g --silent @argdown/cli@1.7.5 >/dev/null 2>&1; then
    echo "argdown-check: skipped, npm could not install @argdown/cli@1.7.5 (registry unreachable?)"
    return 1
  fi
}

if [ "${1:-}" = "install" ]; then
  install_cli || true
  command -v argdown >/dev/null 2>&1 && echo "argdown-check: $(command -v argdown)"
  exit 0
fi

dir=core/target/argdown
counts="$dir/expected-counts.tsv"
if [ ! -f "$counts" ]; then
  echo "argdown-check: $counts is missing; run mvn verify first" >&2
  exit 1
fi
install_cli || exit 0

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
while IFS=$'\t' read -r name claims arguments relations; do
  [ -n "$name" ] || continue
  if ! argdown json "$dir/$name.argdown" "$out" --silent >"$out/$name.log" 2>&1 || [ ! -f "$out/$name.json" ]; then
    echo "argdown-check: FAIL $name.argdown: the Argdown CLI rejected it:" >&2
    cat "$out/$name.log" >&2
    failed=1
    continue
  fi
  found=$(node -e '
    const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(Object.keys(d.statements || {}).length + " " + Object.keys(d.arguments || {}).length + " "
      + (d.relations || []).length);
  ' "$out/$name.json")
  if [ "$found" != "$claims $arguments $relations" ]; then
    echo "argdown-check: FAIL $name.argdown: expected $claims statements, $arguments arguments and $relations relations, Argdown found $found" >&2
    failed=1
  else
    echo "argdown-check: ok $name.argdown: $claims statements, $arguments arguments, $relations relations"
  fi
done <"$counts"
exit "$failed"
