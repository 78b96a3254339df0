#!/usr/bin/env bash
# POST /orders of two builds of the service side by side (decision 0011: before and after the event log's
# writers stopped queueing for the disk), with the pgbench floors, on an already seeded database
# (bench/run.sh's data). Both jars run at once on one database and only one is loaded at a time; the idle one
# still reads the other's events as they commit, as a second instance would. (Stopping it with SIGSTOP
# instead can freeze it inside a transaction that holds the event log's lock.) Each round measures, in turn:
# the one-commit floor, the floor with the old exclusive lock, the floor with the shared lock, then each jar
# at 32 and at 4 connections. Load averages are printed with every round, since the machine is shared.
# Usage: bench/place-ab.sh PGPORT BEFORE_JAR AFTER_JAR ROUNDS SECONDS WARMUP
#   env: CMAX (largest bench customer id the pgbench floors draw, default 1001), BEFORE_PORT and
#   AFTER_PORT (the two services' ports, default 18096 and 18097)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGPORT=$1 BEFORE=$2 AFTER=$3 ROUNDS=$4 SECONDS_EACH=$5 WARMUP=$6
CMAX=${CMAX:-1001}
BEFORE_PORT=${BEFORE_PORT:-18096} AFTER_PORT=${AFTER_PORT:-18097}
WORK=$(mktemp -d /tmp/placeab.XXXX)
declare -A PID_OF
start() {
  start_service "$WORK/service-$2.log" "$1" "$2" "jdbc:postgresql://localhost:$PGPORT/customerbench"
  PID_OF[$2]=$APP_PID
}
start "$BEFORE" "$BEFORE_PORT"; start "$AFTER" "$AFTER_PORT"
sign_in_bench_customers "$BEFORE_PORT" > "$WORK/sessions.txt"
# The jar's own CPU (user + system, /proc/PID/stat) per request served: on a shared machine, where rates
# follow the load, this is the figure that compares two jars (docs/performance.md, writes, session 8).
load() { # port seconds connections
  local pid=${PID_OF[$1]} before rps p99 non2xx requests
  before=$(cpu_ticks "$pid")
  wrk_load "$2" "$3" "http://localhost:$1" place.lua
  read -r rps p99 non2xx requests < <(wrk_stats rps p99 non2xx requests)
  echo "$rps/s p99 $p99 non2xx $non2xx" \
    "cpu $(awk -v t=$(( $(cpu_ticks "$pid") - before )) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {printf "%.2f", t * 1000 / hz / n}') ms/request"
}
# The floor since decision 0011: place-floor-locked.sql with the event log's lock taken shared, as writers take it now.
sed 's/pg_advisory_xact_lock(/pg_advisory_xact_lock_shared(/' bench/pgbench/place-floor-locked.sql > "$WORK/place-floor-shared.sql"
pgb() {
  local script="bench/pgbench/$1"; [ -f "$script" ] || script="$WORK/$1"
  pgbench_tps "$PGPORT" customerbench "$SECONDS_EACH" "$script" -D cmax="$CMAX" | awk '{printf "%.0f/s", $1}'
}
load "$BEFORE_PORT" "$WARMUP" 32 > /dev/null; load "$AFTER_PORT" "$WARMUP" 32 > /dev/null
for round in $(seq 1 "$ROUNDS"); do
  floor=$(pgb place.sql); locked=$(pgb place-floor-locked.sql); shared=$(pgb place-floor-shared.sql)
  b32=$(load "$BEFORE_PORT" "$SECONDS_EACH" 32); b4=$(load "$BEFORE_PORT" "$SECONDS_EACH" 4)
  a32=$(load "$AFTER_PORT" "$SECONDS_EACH" 32); a4=$(load "$AFTER_PORT" "$SECONDS_EACH" 4)
  echo "round $round: floor $floor, exclusive lock $locked, shared lock $shared | before: 32 conn. $b32; 4 conn. $b4 | after: 32 conn. $a32; 4 conn. $a4 | load $(loadavg)"
done
