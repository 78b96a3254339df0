#!/usr/bin/env bash
# Peak resident memory of two builds of the service under the same load, alternately (issue 21's
# "RSS under load" against the peer; docs/performance.md, "Memory, session 10"). Seeds the data of
# bench/peer/run.sh into a PostgreSQL 15, then, ROUNDS times, starts each jar in turn (which goes first
# alternates) with the peer run's JVM flags and environment, runs the five peer scenarios as the peer
# run does (a warm-up pass, then a measured pass, SECONDS each, wrk with 2 threads and 32 connections),
# and samples VmRSS every 200 ms; also the classes loaded and the metaspace at the end.
# Usage: bench/rss-ab.sh BEFORE.jar AFTER.jar [rounds] [seconds]   (root: apt-get, su postgres)
#   env: PG_PORT, PORT (PostgreSQL's and the service's ports, default: free ones)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JARS=("$1" "$2")
ROUNDS=${3:-2}
SECONDS_EACH=${4:-10}
PG_PORT=${PG_PORT:-$(free_port)}
PORT=${PORT:-$(free_port)}
WORK=$(mktemp -d /tmp/rssab.XXXX)
need_tools
start_postgres "$PG_PORT"
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -c "create database customerbench" postgres

start() { start_service "$WORK/service.log" "$1" "$PORT" "jdbc:postgresql://localhost:$PG_PORT/customerbench"; }

echo "== seeding with ${JARS[0]}"
start "${JARS[0]}"
seed_menu "$PORT"
"${PSQL[@]}" -f bench/seed.sql customerbench
sign_in_bench_customers "$PORT" > "$WORK/sessions.txt"
stop_app

# Time-bound like bench/peer/run.sh (wrk's main thread sleeps for its whole -d, so a request cap cannot
# end a run early); the requests/s show how much work each build did. Prints requests/s.
SCENARIOS=(categories me.lua orders.lua order.lua place.lua)
load() { # scenario
  if [ "$1" = categories ]; then wrk_load "$SECONDS_EACH" 32 "http://localhost:$PORT/api/v1/categories"
  else wrk_load "$SECONDS_EACH" 32 "http://localhost:$PORT" "$1"; fi
  wrk_stats rps | awk '{printf "%.0f", $1}'
}
echo "| round | build | peak RSS (MB) | RSS at the end (MB) | classes loaded | metaspace committed (MB) | requests/s (categories, me, orders, order, place) | load averages |"
echo "|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  order=(0 1); [ $((round % 2)) -eq 0 ] && order=(1 0)
  for which in "${order[@]}"; do
    start "${JARS[$which]}"
    sample_peak_rss "$APP_PID" "$WORK/peak" &
    SAMPLER=$!
    for _ in warm-up measured; do
      rates=""
      for scenario in "${SCENARIOS[@]}"; do rates="$rates $(load "$scenario")"; done
    done
    kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
    end_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status")
    classes=$(jcmd "$APP_PID" PerfCounter.print 2>/dev/null | awk -F= '/java.cls.loadedClasses=/ {l=$2} /java.cls.unloadedClasses=/ {u=$2} END {print l-u}')
    meta=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/Metaspace/ {gsub(/[K,]/, "", $5); printf "%.1f", $5 / 1024}')
    echo "| $round | $(basename "${JARS[$which]}") | $(( $(cat "$WORK/peak") / 1024 )) | $((end_kb / 1024)) | $classes | $meta | $(echo "${rates# }" | tr ' ' '/') | $(loadavg) |"
    stop_app
  done
done
