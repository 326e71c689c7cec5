#!/bin/sh
# Times `fit` on 5 000 and on 50 curve files against scipy's curve_fit (one python3 process) and R's nlsLM (one Rscript
# process) on the same files, alternating the three tools, and prints the median wall times, the ratios, and the peak
# RSS of `fit` on 5 000 files. Run from the project root after `mvn -q -B -DskipTests package`:
#   sh docs/bench/fit-comparison.sh [RUNS]          (JAR=path/to/cytobench.jar to time another build)
# Needs /usr/bin/python3 with python3-scipy, Rscript with r-cran-minpack.lm, and /usr/bin/time (GNU time).
set -eu
RUNS=${1:-5}
JAR=${JAR:-target/cytobench.jar}
PY=/usr/bin/python3
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
$PY docs/bench/make-curves.py 5000 "$DIR/c5000"
$PY docs/bench/make-curves.py 50 "$DIR/c50"
echo "load before: $(uptime)"

# wall-clock seconds of one command, its output thrown away
secs() { /usr/bin/time -f %e -o "$DIR/t" "$@" > /dev/null 2>&1 || true; cat "$DIR/t"; }
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

for n in 5000 50; do
  : > "$DIR/java"; : > "$DIR/scipy"; : > "$DIR/r"
  i=0
  while [ $i -lt "$RUNS" ]; do
    secs java -jar "$JAR" fit "$DIR"/c$n/*.csv >> "$DIR/java"
    secs $PY docs/bench/scipy-fit.py "$DIR/c$n" >> "$DIR/scipy"
    secs Rscript docs/bench/nlslm-fit.R "$DIR/c$n" >> "$DIR/r"
    i=$((i + 1))
  done
  j=$(median < "$DIR/java"); s=$(median < "$DIR/scipy"); r=$(median < "$DIR/r")
  echo "$n curves, median of $RUNS: cytobench fit $j s, scipy curve_fit $s s, R nlsLM $r s;" \
       "fit/scipy $(echo "$j $s" | awk '{printf "%.2f", $1 / $2}'), fit/R $(echo "$j $r" | awk '{printf "%.2f", $1 / $2}')"
done
/usr/bin/time -f %M -o "$DIR/rss" java -jar "$JAR" fit "$DIR"/c5000/*.csv > /dev/null 2>&1 || true
echo "peak RSS of fit on 5000 curves: $(awk '{printf "%.0f MB", $1 / 1024}' "$DIR/rss")"
echo "load after: $(uptime)"
