#!/bin/sh
# Expected `fit` output on the committed reference curves, for FitOutputUnchangedTest: the JSON lines and exit code of
#   fit src/test/resources/fit/*.csv --model M --weighting W --predict 0.05,0.5,1,2,-1
# for every model and weighting, and of `fit FILE` (defaults) for every curve on its own.
# Made on 2026-12-01 from commit dd29023, before the fitting engine and the `fit` JSON writer were replaced, so the
# test shows that the output did not change byte for byte. Run from the project root after
#   mvn -q -B -DskipTests compile && mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt
set -eu
out=src/test/resources/fit/cli
cp="target/classes:$(cat cp.txt)"
curves=$(ls src/test/resources/fit/*.csv)
for m in 4pl 5pl linear loglog; do
  for w in none 1/y 1/y2 1/x2; do
    f="$out/expected-$m-$(echo "$w" | tr -d /).jsonl"
    set +e
    java -cp "$cp" org.cytobench.cli.Main fit $curves --model "$m" --weighting "$w" --predict 0.05,0.5,1,2,-1 > "$f"
    echo "exit $?" >> "$f"
    set -e
  done
done
f="$out/expected-single.jsonl"
: > "$f"
for c in $curves; do
  set +e
  java -cp "$cp" org.cytobench.cli.Main fit "$c" >> "$f"
  echo "exit $?" >> "$f"
  set -e
done
