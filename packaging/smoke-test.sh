#!/bin/sh
# Smoke test of the installers on Linux: installs the .deb into a temporary root with dpkg -x (nothing is installed on
# the machine) or takes the app-image, starts it under Xvfb with a .cytobench file as argument (what a double-click
# passes), and checks that the window appears with that file's name in its title.
#   sh packaging/smoke-test.sh [target/jpackage/cytobench_0.1.0_amd64.deb | target/jpackage/image/Cytobench]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WHAT=${1:-$ROOT/target/jpackage/image/Cytobench}
WHAT=$(cd "$(dirname "$WHAT")" && pwd)/$(basename "$WHAT")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
case "$WHAT" in
  *.deb) dpkg -x "$WHAT" "$TMP/root"; LAUNCHER=$(find "$TMP/root" -path '*/bin/Cytobench' | head -1) ;;
  *) LAUNCHER="$WHAT/bin/Cytobench" ;;
esac
[ -x "$LAUNCHER" ] || { echo "smoke-test: no launcher bin/Cytobench in $WHAT" >&2; exit 1; }
cp "$ROOT/sample-data/thymalfasin-pbmc.cytobench" "$TMP/smoke-check.cytobench"
cd "$TMP"
# the app, then wait for its window; xwininfo -tree lists the titles of every mapped window
xvfb-run -a -s "-screen 0 1440x900x24" sh -c '
  "$1" --settings-dir "$2/settings" "$2/smoke-check.cytobench" > "$2/app.log" 2>&1 &
  APP=$!
  for i in $(seq 1 120); do
    if xwininfo -root -tree 2>/dev/null | grep -q "Cytobench — smoke-check.cytobench"; then
      echo "smoke-test: window \"Cytobench — smoke-check.cytobench\" appeared after about $((i / 2)) s"
      kill $APP; wait $APP 2>/dev/null || true; exit 0
    fi
    if ! kill -0 $APP 2>/dev/null; then echo "smoke-test: the app exited early" >&2; cat "$2/app.log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "smoke-test: no window titled with the file after 60 s" >&2; xwininfo -root -tree >&2; kill $APP; exit 1
' sh "$LAUNCHER" "$TMP"
