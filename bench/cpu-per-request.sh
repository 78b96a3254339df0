#!/usr/bin/env bash
# The service's own CPU per request on the hot reads, for a machine too busy for rates to mean much:
# the CPU time of the service's threads, the JIT compilers' and JFR's left out (from /proc), divided by
# the requests wrk completed on each route. Runs on an already seeded database (bench/run.sh's data).
# Usage: bench/cpu-per-request.sh PGPORT JAR SECONDS WARMUP [route...]
#   routes: health me orders order (default: all four); env: PORT (default 18096),
#   JFR (a directory: record one flight recording per route there)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGPORT=$1 JAR=$2 SECONDS_EACH=$3 WARMUP=$4
shift 4
ROUTES=("${@:-health me orders order}")
ROUTES=(${ROUTES[@]})
PORT=${PORT:-18096}
WORK=$(mktemp -d /tmp/cpubench.XXXX)
reset_rate_limits "$PGPORT" customerbench
start_service "$WORK/service.log" "$JAR" "$PORT" "jdbc:postgresql://localhost:$PGPORT/customerbench"
SERVICE_PID=$APP_PID
sign_in_bench_customers "$PORT" > "$WORK/sessions.txt"
load() {
  case $1 in
    health) wrk_load "$2" 32 "http://localhost:$PORT/health";;
    *) wrk_load "$2" 32 "http://localhost:$PORT" "$1.lua";;
  esac
}
# Clock ticks (1/100 s) of the service's threads but the JIT compilers and JFR's own.
ticks() {
  for task in /proc/"$SERVICE_PID"/task/*; do cat "$task/stat" 2>/dev/null; echo; done | awk '/./ {
    name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
    if (name ~ /Compiler|JFR/) next
    split(substr($0, index($0, ")") + 2), f, " "); sum += f[12] + f[13] } END { print sum }'
}
for route in "${ROUTES[@]}"; do load "$route" "$WARMUP"; done
for route in "${ROUTES[@]}"; do
  [ -n "${JFR:-}" ] && jcmd "$SERVICE_PID" JFR.start name="$route" settings=profile filename="$JFR/$route.jfr" > /dev/null
  before=$(ticks); load "$route" "$SECONDS_EACH"; after=$(ticks)
  [ -n "${JFR:-}" ] && jcmd "$SERVICE_PID" JFR.stop name="$route" > /dev/null
  read -r rps requests < <(wrk_stats rps requests)
  echo "$route: $rps/s, $requests requests, service CPU $(( (after - before) * 10 )) ms," \
    "$(awk -v t=$((after - before)) -v n="$requests" 'BEGIN {printf "%.1f", t * 10000 / n}') us/request; load $(loadavg)"
done
