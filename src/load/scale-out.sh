#!/usr/bin/env bash
# Two Glassbox instances behind nginx (deploy/nginx/scale-out.conf) on loopback, the class load test through nginx,
# and, halfway through, one instance stopped: what happens to its learners.
# Usage (through Maven, which passes the test classpath): ./mvnw -Pload verify -Dload.script=src/load/scale-out.sh -Dload.users=35
# Installs nginx from Debian's packages if it is missing (needs root). Report: target/load/scale-out.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath=$1; users=${2:-35}; minutes=${3:-3}
out=target/load; mkdir -p "$out"; rm -f "$out/scale-out-events.log"
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$(ls target/glassbox-*.jar | grep -v original | head -n 1)
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light || \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)
pin_server=(); pin_load=()
if [ "${LOAD_PIN:-1}" = 1 ] && [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null; then pin_server=(taskset -c 0); pin_load=(taskset -c 1); fi
# Gatling waits only 5 s for its own start-up, too short on one core: it starts free and moves to its core once running.
run_pinned_load() {
  "$@" &
  local pid=$!
  if [ ${#pin_load[@]} -gt 0 ]; then sleep 10; taskset -a -p -c 1 "$pid" > /dev/null 2>&1 || true; fi
  wait "$pid"
}

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  "$nginx" -c "$PWD/deploy/nginx/scale-out.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT
for port in 18081 18082; do
  "${pin_server[@]}" "$java" -Xmx1g --add-modules jdk.incubator.vector -jar "$jar" --server.port=$port > "$out/instance-$port.log" 2>&1 &
  pids+=($!)
done
for port in 18081 18082; do
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
done
"$nginx" -c "$PWD/deploy/nginx/scale-out.conf"

# Halfway through, stop the first instance (gracefully, as an administrator would).
( sleep $(( minutes * 30 + 30 )); kill "${pids[0]}"; echo "stopped the instance on 18081 at $(date -u +%T)" >> "$out/scale-out-events.log" ) &
pids+=($!)
result=0
run_pinned_load "$java" -Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED -cp "$classpath" \
    -Dload.base=http://127.0.0.1:18080 -Dload.users="$users" -Dload.minutes="$minutes" -Dload.failover=true \
    io.gatling.app.Gatling -s dev.glassbox.load.ClassroomSimulation -rf "$out/gatling-scale-out" \
    > "$out/gatling-scale-out.log" 2>&1 || result=$?
stats=$(ls -d "$out/gatling-scale-out"/*/ | tail -n 1)js/stats.js
{
  echo "# Two instances behind nginx, $users learners, the first instance stopped halfway ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  cat "$out/scale-out-events.log" 2>/dev/null || true
  echo
  python3 "$(dirname "$0")/stats-table.py" "$stats"
} > "$out/scale-out.md"
rm -f "$out/scale-out-events.log"
cat "$out/scale-out.md"
exit $result
