#!/usr/bin/env bash
# Fuzzes every @FuzzTest target once (each up to its maxExecutions, 10^6), one JVM per target, at low priority, and
# prints a line per target: executions (libFuzzer's "Done N runs") and whether it found a failing input.
# Failing inputs are written next to the seeds (src/test/resources/.../<Class>Inputs/<method>/) and then run in
# every ./mvnw verify. Usage: scripts/fuzz-campaign.sh [Class#method ...]   (logs in target/fuzz/)
set -uo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/fuzz-classpath.txt \
  -Dmdep.includeScope=test >/dev/null || exit 1
# A copy of the compiled classes, so that building on while the campaign runs does not change what it fuzzes.
rm -rf target/fuzz/classes target/fuzz/test-classes && mkdir -p target/fuzz
cp -r target/classes target/test-classes target/fuzz/
CP="target/fuzz/test-classes:target/fuzz/classes:$(cat target/fuzz-classpath.txt)"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ $# -eq 0 ]; then
  set -- $(grep -rl '@FuzzTest' src/test/java | while read -r f; do
    cls=$(echo "${f#src/test/java/}" | sed 's|/|.|g; s|\.java$||')
    grep -A1 '@FuzzTest' "$f" | grep -o 'void [a-z_0-9]*' | sed "s|void |$cls#|"
  done)
fi
for target in "$@"; do
  log="target/fuzz/${target##*.}.log"
  # WordPiece and BPE look up every candidate piece in a vocabulary of 30,522 / 50,256 entries, and most lookups
  # miss. After every miss, Jazzer's comparison hook for Map.get walks 100 of the vocabulary's keys to find the
  # nearest ones: two thirds of the time spent in the target in a profile (JFR) of the WordPiece target, which ran
  # 525 inputs a second. Without comparison tracing (branch coverage still guides the fuzzer) it ran 3,400-5,000.
  case "$target" in
    *TokenizersFuzzTest#wordpiece*|*TokenizersFuzzTest#bpe*) opts=(-Djazzer.trace=cov:div:indir:native) ;;
    *) opts=() ;;
  esac
  JAZZER_FUZZ=1 nice -n 19 "$JAVA" "${opts[@]}" -cp "$CP" dev.glassbox.tools.FuzzCampaign "$target" >"$log" 2>&1
  status=$?
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1)
  printf '%s\t%s\t%s\n' "$target" "${runs:-no count (see $log)}" "$([ $status = 0 ] && echo '0 failing inputs' || echo 'FAILED: see log')"
done
