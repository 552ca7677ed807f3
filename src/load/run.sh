#!/usr/bin/env bash
# Runs the classroom load test: the server pinned to core 0 with -Xmx1g (and the Vector API, as the Docker image runs
# it), the load (Gatling) pinned to core 1.
# Usage (through Maven, which passes the test classpath): ./mvnw -Pload verify [-Dload.users="35 200"] [-Dload.minutes=3]
#   [-Dload.warmup=1]: first 35 learners for that many minutes, not counted (a server that has been up a while: the JIT
#   compilers have done their work); [-Dload.jfr=true]: a Java Flight Recording of the server per scenario, target/load/server-<n>.jfr (read it with
#   `jfr view hot-methods target/load/server-200.jfr`, `jfr view allocation-by-class …`, `jfr view gc …`).
# Writes target/load/report.md: per scenario, p50/p95/p99 per action, errors, heap per UI after GC, server CPU.
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath=$1; users=${2:-35 200}; minutes=${3:-3}; port=${4:-18080}
out=target/load; mkdir -p "$out"
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jcmd=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jcmd
jar=$(ls target/glassbox-*.jar | grep -v original | head -n 1)
cores=$(nproc)
server_flags=(-Xmx1g --add-modules jdk.incubator.vector ${LOAD_SERVER_FLAGS:-})
pin_server=(); pin_load=()
if [ "${LOAD_PIN:-1}" = 1 ] && [ "$cores" -ge 2 ] && command -v taskset >/dev/null; then pin_server=(taskset -c 0); pin_load=(taskset -c 1); fi
# Gatling waits only 5 s for its own start-up, too short on one core: it starts free and moves to its core once running.
run_pinned_load() {
  "$@" &
  local pid=$!
  if [ ${#pin_load[@]} -gt 0 ]; then sleep 10; taskset -a -p -c 1 "$pid" > /dev/null 2>&1 || true; fi
  wait "$pid"
}

heap_used_kb() {  # heap in use after a full GC, in kB
  "$jcmd" "$1" GC.run >/dev/null
  # every generation (Serial, Parallel) or the one heap (G1); not the metaspace
  "$jcmd" "$1" GC.heap_info | grep -v -i -e metaspace -e 'class space' | sed -n 's/.*, used \([0-9]*\)K.*/\1/p' | awk '{ kb += $1 } END { print kb + 0 }'
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
thread_ticks() {  # CPU ticks so far of the server's request threads, JIT compilers and garbage collector
  for t in /proc/"$1"/task/*; do
    printf '%s\t%s\n' "$(cat "$t/comm" 2>/dev/null)" "$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null)"
  done | awk -F '\t' '/^http-nio/ { r += $2 } /CompilerThre/ { j += $2 } /^VM Thread|^GC Thread|^G1 / { g += $2 }
    END { print r + 0, j + 0, g + 0 }'
}
gc_stats() {  # young collections, full collections, seconds in GC so far
  "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jstat" -gc "$1" | awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    NR == 2 { print $c["YGC"], $c["FGC"], $c["GCT"] }'
}

echo "# Classroom load test ($(date -u +%Y-%m-%dT%H:%MZ))" > "$out/report.md"
echo >> "$out/report.md"
echo "Server: \`${pin_server[*]} java ${server_flags[*]} -jar\`; load: \`${pin_load[*]}\` Gatling; $minutes minutes of learners per scenario, arriving over 30 s." >> "$out/report.md"

for n in $users; do
  jfr=(); [ "${LOAD_JFR:-false}" = true ] && jfr=("-XX:StartFlightRecording=filename=$out/server-$n.jfr,settings=profile,dumponexit=true")
  "${pin_server[@]}" "$java" "${server_flags[@]}" "${jfr[@]}" -jar "$jar" --server.port="$port" > "$out/server-$n.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://localhost:$port/" && break; sleep 0.5; done
  curl -fs -o /dev/null "http://localhost:$port/attention?s=warm+up"
  if [ "${LOAD_WARMUP:-0}" != 0 ]; then  # a server that has been up a while: 35 learners first, their pages stay open
    warm=$(( n < 35 ? n : 35 ))
    run_pinned_load "$java" -Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED -cp "$classpath" -Dload.base="http://localhost:$port" \
        -Dload.users="$warm" -Dload.minutes="$LOAD_WARMUP" -Dload.ramp=10 io.gatling.app.Gatling -s dev.glassbox.load.ClassroomSimulation \
        -rf "$out/warmup-$n" > "$out/warmup-$n.log" 2>&1 || echo "Gatling reported failures in the warm-up (see $out/warmup-$n.log)"
  fi
  base_heap=$(heap_used_kb "$server"); ticks0=$(cpu_ticks "$server"); t0=$(date +%s); read -r ygc0 fgc0 gct0 < <(gc_stats "$server")
  read -r req0 jit0 gcc0 < <(thread_ticks "$server")
  load0=$(cut -d ' ' -f 1 /proc/loadavg)
  run_pinned_load "$java" -Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED -cp "$classpath" -Dload.base="http://localhost:$port" -Dload.users="$n" \
      -Dload.minutes="$minutes" io.gatling.app.Gatling -s dev.glassbox.load.ClassroomSimulation \
      -rf "$out/gatling-$n" > "$out/gatling-$n.log" 2>&1 || echo "Gatling reported failures for $n learners (see $out/gatling-$n.log)"
  ticks1=$(cpu_ticks "$server"); t1=$(date +%s); read -r ygc1 fgc1 gct1 < <(gc_stats "$server")
  read -r req1 jit1 gcc1 < <(thread_ticks "$server")
  load1=$(cut -d ' ' -f 1 /proc/loadavg)
  heap=$(heap_used_kb "$server")
  sessions_heap=$(( (heap - base_heap) / n ))
  cpu=$(awk -v d=$((ticks1 - ticks0)) -v s=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", 100 * d / hz / s }')
  stats=$(ls -d "$out/gatling-$n"/*/ 2>/dev/null | tail -n 1)js/stats.js
  if [ ! -f "$stats" ]; then
    printf '\n## %s learners\n\nGatling did not finish (see %s).\n' "$n" "$out/gatling-$n.log" >> "$out/report.md"
    kill "$server"; wait "$server" 2>/dev/null || true; trap - EXIT; continue
  fi
  {
    echo; echo "## $n learners"; echo
    [ "${LOAD_WARMUP:-0}" != 0 ] && echo "After a warm-up: $warm learners for $LOAD_WARMUP minute(s) (not counted below; their pages stay open)." && echo
    echo "Server CPU over the run: $cpu % of one core. Heap after GC: $((base_heap / 1024)) MB before, $((heap / 1024)) MB with $n learners' UIs open: about $((sessions_heap)) kB per learner."
    requests=$(python3 -c 'import re, sys; print(re.search(r"numberOfRequests\"?: \{\s*\"?total\"?: \"?(\d+)", open(sys.argv[1]).read()).group(1))' "$stats" 2>/dev/null || echo 0)
    awk -v d=$((ticks1 - ticks0)) -v hz="$(getconf CLK_TCK)" -v r="$requests" -v y=$((ygc1 - ygc0)) -v f=$((fgc1 - fgc0)) \
        -v g="$(awk -v a="$gct0" -v b="$gct1" 'BEGIN { print b - a }')" -v l0="$load0" -v l1="$load1" 'BEGIN {
      printf "Server CPU time: %.0f s, %.0f ms per request (%d requests; this holds when the machine is busy, the latencies do not). ", d / hz, r ? 1000 * d / hz / r : 0, r
      printf "Garbage collection: %d young and %d full collections, %.1f s in all. Machine load average: %s at the start, %s at the end.\n", y, f, g, l0, l1 }'
    echo
    awk -v hz="$(getconf CLK_TCK)" -v r=$((req1 - req0)) -v j=$((jit1 - jit0)) -v g=$((gcc1 - gcc0)) -v d=$((ticks1 - ticks0)) 'BEGIN {
      printf "Where the server CPU time went: request threads (Vaadin and the views) %.0f s, JIT compilers %.0f s, garbage collector %.0f s, the rest (model runs on the compute threads, start of the run) %.0f s.\n",
        r / hz, j / hz, g / hz, (d - r - j - g) / hz }'
    echo
    python3 "$(dirname "$0")/stats-table.py" "$stats"
  } >> "$out/report.md"
  kill "$server"; wait "$server" 2>/dev/null || true
  trap - EXIT
done
cat "$out/report.md"
