#!/usr/bin/env bash
# The service's own CPU per request on the hot reads, for a machine too busy for rates to mean much:
# the CPU time of the service's threads, the JIT compilers' and JFR's left out (from /proc), divided by
# the requests wrk completed on each route. Runs on an already seeded database (bench/run.sh's data).
# Usage: bench/cpu-per-request.sh PGPORT JAR SECONDS WARMUP [route...]
#   routes: health me orders order (default: all four); env: PORT (default 18096),
#   JFR (a directory: record one flight recording per route there)
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR="$(pwd)/bench"
PGPORT=$1 JAR=$2 SECONDS_EACH=$3 WARMUP=$4
shift 4
ROUTES=("${@:-health me orders order}")
ROUTES=(${ROUTES[@]})
PORT=${PORT:-18096}
WORK=$(mktemp -d /tmp/cpubench.XXXX)
psql -h localhost -p $PGPORT -U postgres -q -c "delete from delivery_ratelimit_bucket_c" customerbench
DB_URL="jdbc:postgresql://localhost:$PGPORT/customerbench" DB_USER=postgres DB_PASSWORD=postgres PORT=$PORT \
  DB_POOL_SIZE=10 SERVICE_KEYS=bench-service-key-0123456789 MALLOC_ARENA_MAX=2 RATE_LIMIT_SIGN_IN=1000000 PASSWORD_HASH_QUEUE=100 \
  java -Xms64m -Xmx256m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC -jar "$JAR" \
  > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
trap 'kill $SERVICE_PID 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.1; done
: > "$WORK/sessions.txt"
for n in $(seq 1 64); do
  token=$(curl -sf -H "Content-Type: application/json" -d "{\"login\":\"bench$n\",\"password\":\"bench password 1\"}" "localhost:$PORT/api/v1/sessions" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  uid=$(curl -sf -H "Authorization: Bearer $token" "localhost:$PORT/api/v1/orders?limit=1" | sed 's/.*"uid":"\([^"]*\)".*/\1/')
  echo "$token $uid bench$n" >> "$WORK/sessions.txt"
done
load() {
  case $1 in
    health) wrk -t2 -c32 -d${2}s "http://localhost:$PORT/health";;
    *) wrk -t2 -c32 -d${2}s -s "bench/lua/$1.lua" "http://localhost:$PORT" -- "$WORK/sessions.txt";;
  esac
}
# Clock ticks (1/100 s) of the service's threads but the JIT compilers and JFR's own.
ticks() {
  for task in /proc/$SERVICE_PID/task/*; do cat "$task/stat" 2>/dev/null; echo; done | awk '/./ {
    name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
    if (name ~ /Compiler|JFR/) next
    split(substr($0, index($0, ")") + 2), f, " "); sum += f[12] + f[13] } END { print sum }'
}
for route in "${ROUTES[@]}"; do load $route $WARMUP > /dev/null; done
for route in "${ROUTES[@]}"; do
  [ -n "${JFR:-}" ] && jcmd $SERVICE_PID JFR.start name=$route settings=profile filename="$JFR/$route.jfr" > /dev/null
  before=$(ticks); load $route $SECONDS_EACH > "$WORK/wrk.out"; after=$(ticks)
  [ -n "${JFR:-}" ] && jcmd $SERVICE_PID JFR.stop name=$route > /dev/null
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
  echo "$route: $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out")/s, $requests requests, service CPU $(( (after - before) * 10 )) ms," \
    "$(awk -v t=$((after - before)) -v n=$requests 'BEGIN {printf "%.1f", t * 10000 / n}') us/request; load $(cut -d' ' -f1-3 /proc/loadavg)"
done
