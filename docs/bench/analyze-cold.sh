#!/bin/sh
# Cold command-line runs of `analyze`, two jars alternating: what a user waits for (docs/benchmarks.md, issue 14).
#   sh docs/bench/analyze-cold.sh OLD.jar NEW.jar EXPERIMENT.cytobench [ROUNDS]
# Each run writes into a folder that did not exist before, and nothing is deleted until the end: on ext4, creating files
# while many inodes were deleted in the last one to five minutes costs up to a second of CPU in openat (find_inode_bit
# skips the recently deleted ones: recently_deleted), which is not the program's — so also leave five minutes after
# deleting earlier runs' folders before starting. Prints wall, user and system CPU seconds and peak RSS.
set -eu
OLD=$1; NEW=$2; EXP=$3; ROUNDS=${4:-4}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
echo "start $(date -u +%H:%M:%S) $(uptime)"
n=0
for round in $(seq 1 "$ROUNDS"); do
  for v in old new; do
    if [ "$v" = old ]; then J=$OLD; else J=$NEW; fi
    for what in no-charts all-files; do
      n=$((n + 1))
      if [ "$what" = no-charts ]; then OPT=--no-charts; else OPT=; fi
      /usr/bin/time -o "$TMP/time" -f "$v $what %e s wall %U user %S sys %M KB" \
        java -jar "$J" analyze "$EXP" --out "$TMP/out$n" $OPT > /dev/null 2>&1 || true
      cat "$TMP/time" | grep " s wall"
    done
  done
  echo "   $(uptime)"
done
echo "end $(date -u +%H:%M:%S) $(uptime)"
