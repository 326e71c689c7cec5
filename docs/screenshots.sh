#!/bin/sh
# Captures each screen of the Cytobench workbench into docs/screenshots/*.png.
#
# Runs the real application under a virtual X display (Xvfb) in its screenshot mode
# (-Dcytobench.screenshots=DIR): it opens each screen in turn, saves a PNG of the window
# (scene snapshot), and quits. Screens are taken at 1366×768 (the smallest size we support)
# and the culture plate again at 1920×1080.
#
# Usage (from the repository root):  sh docs/screenshots.sh
set -eu
cd "$(dirname "$0")/.."

missing=""
command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
command -v xauth >/dev/null 2>&1 || missing="$missing xauth"
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || ls /usr/lib/*/libgtk-3.so.0 >/dev/null 2>&1 || missing="$missing libgtk-3-0"
if [ -n "$missing" ]; then
    echo "installing:$missing"
    apt-get update -qq && apt-get install -y -qq $missing
fi

mvn -q -B -DskipTests package
out=docs/screenshots
mkdir -p "$out"
home=$(mktemp -d)   # fresh settings: no recent files
for size in 1366x768 1920x1080; do
    xvfb-run -a -s "-screen 0 ${size}x24" \
        java -Dprism.order=sw -Dcytobench.home="$home" -Dcytobench.screenshots="$out" \
             -Dcytobench.windowSize="$size" -jar target/cytobench.jar
done
rm -rf "$home"
ls -l "$out"
