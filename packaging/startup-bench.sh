#!/bin/sh
# Start-up times for docs/benchmarks.md: the workbench from the jar (plain, and with packaging/cytobench's C1 + AppCDS)
# and from the jpackage app-image, each started RUNS times on one Xvfb server, opening the sample experiment and quitting
# when its plate is drawn; prints the median of "window mapped" and "plate drawn" (ms since JVM start, from
# -Dcytobench.startupLog). Then hyperfine on a short CLI run (fit of one small curve) plain vs C1 + AppCDS.
#   sh packaging/startup-bench.sh [RUNS]
set -eu
RUNS=${1:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/target/cytobench.jar"
IMAGE="$ROOT/target/jpackage/image/Cytobench"
TMP=$(mktemp -d)
Xvfb :87 -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB; rm -rf "$TMP"' EXIT
sleep 1
export DISPLAY=:87
PROPS="-Dcytobench.startupLog=true -Dcytobench.quitWhenDrawn=true -Dprism.order=sw"
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
measure() {   # NAME COMMAND...
  name=$1; shift
  : > "$TMP/$name.log"
  i=0
  while [ $i -lt "$RUNS" ]; do
    "$@" 2>&1 | grep '^cytobench-startup' >> "$TMP/$name.log" || true
    i=$((i + 1))
  done
  w=$(grep ' window ' "$TMP/$name.log" | awk '{print $3}' | median)
  p=$(grep ' plate ' "$TMP/$name.log" | awk '{print $3}' | median)
  echo "$name: window $w ms, plate $p ms (median of $RUNS; load $(cut -d' ' -f1-3 /proc/loadavg))"
}
cd "$ROOT"
measure jar-plain java $PROPS -jar "$JAR" --settings-dir "$TMP/s1"
# what packaging/cytobench does on a first start: a run that writes the archive for this jar
java $PROPS -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$TMP/gui.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$JAR" --settings-dir "$TMP/s3" >/dev/null 2>&1 || true
measure jar-c1-appcds java $PROPS -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$TMP/gui.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$JAR" --settings-dir "$TMP/s3"
if [ -x "$IMAGE/bin/Cytobench" ]; then
  CFG="$IMAGE/lib/app/Cytobench.cfg"
  cp "$CFG" "$TMP/cfg"
  awk -v props="$PROPS" '{ print } /^\[JavaOptions\]/ { n = split(props, p, " "); for (i = 1; i <= n; i++) print "java-options=" p[i] }' "$TMP/cfg" > "$CFG"
  measure app-image "$IMAGE/bin/Cytobench" --settings-dir "$TMP/s4"
  cp "$TMP/cfg" "$CFG"
fi
CURVE="$ROOT/src/test/resources/fit/increasing-zero.csv"
java -XX:ArchiveClassesAtExit="$TMP/cli.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -jar "$JAR" fit "$CURVE" >/dev/null 2>&1 || true
hyperfine -N --warmup 1 --runs "$RUNS" --export-markdown "$TMP/cli.md" \
  -n "java -jar (plain)" "java -jar $JAR fit $CURVE" \
  -n "C1 + AppCDS" "java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$TMP/cli.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $JAR fit $CURVE" >/dev/null
cat "$TMP/cli.md"
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
