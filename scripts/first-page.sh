#!/usr/bin/env bash
# Seconds from `java -jar` to the first page answered: starts the jar, polls / with curl every 50 ms until it
# answers 200, stops the app; repeats RUNS times (default 5) and prints every run and the median.
# Usage: scripts/first-page.sh [target/glassbox-*.jar] [port] [extra java options...]
set -euo pipefail
JAR=${1:-$(ls target/glassbox-*.jar | head -1)}
PORT=${2:-18950}
shift $(( $# > 2 ? 2 : $# ))
RUNS=${RUNS:-5}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
times=()
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  "$JAVA" "$@" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >"/tmp/first-page-$PORT.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app stopped; see /tmp/first-page-$PORT.log" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  t=$(echo "$end - $start" | bc)
  times+=("$t")
  printf 'run %d: %.2f s\n' "$run" "$t"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d: %.2f s\n", NR, a[int((NR+1)/2)]}'
