#!/bin/sh
# Regenerates every picture under docs/ (and the sample page docs/panel.html) from the bundled
# maps. Run from the repository root after 'mvn -B -q package -DskipTests'; needs Graphviz, and
# Chromium for the page's screenshot. The output is deterministic for one Graphviz version.
set -eu
cd "$(dirname "$0")/.."
a=examples/argmap
$a render panel --status grounded --strength -o docs/panel.svg
$a render panel --section question-turkiye --status grounded --strength -o docs/panel-turkiye-question.svg
$a render panel --tag turkiye --status grounded --strength --color-by section -o docs/panel-turkiye.svg
$a render toulmin --status grounded -o docs/toulmin.svg
$a render nixon --status preferred -o docs/nixon.svg
$a render turkiye --status grounded --strength -o docs/turkiye.svg
$a html panel --semantics grounded,preferred -o docs/panel.html
# The page with one claim opened (the #fragment names it), as a reader sees it on a laptop.
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -n "$browser" ]; then
  profile=$(mktemp -d)
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars --window-size=1400,900 \
    --screenshot="$PWD/docs/panel-page.png" "file://$PWD/docs/panel.html#rieker-no-single-institution" 2>/dev/null
  rm -rf "$profile"
else
  echo "pictures.sh: no chromium on the PATH; docs/panel-page.png left as it was" >&2
fi
