#!/usr/bin/env bash
# POST /orders of two builds of the service side by side (decision 0011: before and after the event log's
# writers stopped queueing for the disk), with the pgbench floors, on an already seeded database
# (bench/run.sh's data). Both jars run at once on one database and only one is loaded at a time; the idle one
# still reads the other's events as they commit, as a second instance would. (Stopping it with SIGSTOP
# instead can freeze it inside a transaction that holds the event log's lock.) Each round measures, in turn:
# the one-commit floor, the floor with the old exclusive lock, the floor with the shared lock, then each jar
# at 32 and at 4 connections. Load averages are printed with every round, since the machine is shared.
# Each figure comes with the CPU it cost per order (on a shared machine the rates follow the load): the jar's own
# ("cpu"), PostgreSQL's, every process of its cluster ("pg"), and the load generator's, wrk or pgbench ("client").
# Usage: bench/place-ab.sh PGPORT BEFORE_JAR AFTER_JAR ROUNDS SECONDS WARMUP (the least warm-up, in seconds)
#   env: PLACE_WARMUP_MAX (the most warm-up, default 300 s), CMAX (largest bench customer id the pgbench floors
#   draw, default 1001), BEFORE_PORT and AFTER_PORT (the two services' ports, default 18096 and 18097),
#   LOCK_FLOORS=0 to skip the two floors with the event log's lock, TMPDIR (where the scratch directory goes,
#   default /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGPORT=$1 BEFORE=$2 AFTER=$3 ROUNDS=$4 SECONDS_EACH=$5 WARMUP=$6
CMAX=${CMAX:-1001}
BEFORE_PORT=${BEFORE_PORT:-18096} AFTER_PORT=${AFTER_PORT:-18097}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/placeab.XXXX")
declare -A PID_OF
start() {
  start_service "$WORK/service-$2.log" "$1" "$2" "jdbc:postgresql://localhost:$PGPORT/customerbench"
  PID_OF[$2]=$APP_PID
}
reset_rate_limits "$PGPORT" customerbench
open_pgbench_sessions "$PGPORT" customerbench "$CMAX"   # the floors' token checks find their session
start "$BEFORE" "$BEFORE_PORT"; start "$AFTER" "$AFTER_PORT"
sign_in_bench_customers "$BEFORE_PORT" > "$WORK/sessions.txt"
# PostgreSQL's clock ticks: the postmaster's own and its reaped children's (pgbench's backends end with it), and
# those of its children still running (the services' pooled connections, the background processes).
POSTMASTER=$(head -1 "$(psql -h localhost -p "$PGPORT" -U postgres -Atc 'show data_directory' postgres)/postmaster.pid")
pg_ticks() {
  # shellcheck disable=SC2046 # one pid a word
  echo $(( $(awk '{print $14 + $15 + $16 + $17}' "/proc/$POSTMASTER/stat") + $(cpu_ticks $(pgrep -P "$POSTMASTER")) ))
}
# The ticks of this shell's finished children (wrk, pgbench): bash's times, written to FILE by the calling shell
# itself (a command substitution would be a fresh process that has waited for none of them).
client_mark() { times > "$1"; }
client_ticks() { awk -v hz="$(getconf CLK_TCK)" 'NR == 2 {gsub(/[ms]/, " "); printf "%d", ($1 * 60 + $2 + $3 * 60 + $4) * hz}' "$1"; }
# "cpu, pg, client" per order in ms: the ticks the service (pid, or none), PostgreSQL and the client (up to the
# caller's last client_mark in $WORK/times.after) spent since the counts given, over the orders served.
per_order() { # service_ticks pg_ticks client_ticks orders [service pid]
  local service=0
  [ -n "${5:-}" ] && service=$(( $(cpu_ticks "$5") - $1 ))
  awk -v s="$service" -v p=$(( $(pg_ticks) - $2 )) -v c=$(( $(client_ticks "$WORK/times.after") - $3 )) -v n="$4" \
    -v hz="$(getconf CLK_TCK)" \
    'BEGIN {printf "cpu %.3f pg %.3f client %.3f ms/order", s * 1000 / hz / n, p * 1000 / hz / n, c * 1000 / hz / n}'
}
# The jar's own CPU (user + system, /proc/PID/stat) per request served: on a shared machine, where rates
# follow the load, this is the figure that compares two jars (docs/performance.md, writes, session 8).
load() { # port seconds connections
  local pid=${PID_OF[$1]} before pg client rps p99 non2xx requests
  client_mark "$WORK/times.before"
  before=$(cpu_ticks "$pid") pg=$(pg_ticks) client=$(client_ticks "$WORK/times.before")
  wrk_load "$2" "$3" "http://localhost:$1" place.lua
  read -r rps p99 non2xx requests < <(wrk_stats rps p99 non2xx requests)
  client_mark "$WORK/times.after"
  echo "$rps/s p99 $p99 non2xx $non2xx $(per_order "$before" "$pg" "$client" "$requests" "$pid")"
}
# The floor since decision 0011: place-floor-locked.sql with the event log's lock taken shared, as writers take it now.
sed 's/pg_advisory_xact_lock(/pg_advisory_xact_lock_shared(/' bench/pgbench/place-floor-locked.sql > "$WORK/place-floor-shared.sql"
pgb() {
  local script="bench/pgbench/$1" pg client tps
  [ -f "$script" ] || script="$WORK/$1"
  client_mark "$WORK/times.before"
  pg=$(pg_ticks) client=$(client_ticks "$WORK/times.before")
  pgbench_tps "$PGPORT" customerbench "$SECONDS_EACH" "$script" -D cmax="$CMAX" > "$WORK/tps"
  tps=$(cat "$WORK/tps")
  sleep 1   # until the postmaster has reaped pgbench's backends, whose ticks it then holds
  client_mark "$WORK/times.after"
  echo "$tps" | awk '{printf "%.0f/s ", $1}'
  per_order 0 "$pg" "$client" "$(awk -v t="$tps" -v s="$SECONDS_EACH" 'BEGIN {printf "%d", t * s}')"
}
# Each jar is loaded until its CPU per order stops falling (warm_until_steady, at least WARMUP seconds, at most
# PLACE_WARMUP_MAX): a fixed warm-up left the jar warmed while the machine's load rose measured at twice its CPU.
for port in "$BEFORE_PORT" "$AFTER_PORT"; do
  read -r spent orders cpu < <(warm_until_steady "${PID_OF[$port]}" "$WARMUP" "${PLACE_WARMUP_MAX:-300}" 15 32 \
    "http://localhost:$port" place.lua 2>/dev/null)
  echo "warm-up of $port: ${spent} s, $orders orders, last step $cpu ms of CPU per order; load $(loadavg)"
done
for round in $(seq 1 "$ROUNDS"); do
  floor=$(pgb place.sql) locked=- shared=-
  if [ "${LOCK_FLOORS:-1}" != 0 ]; then locked=$(pgb place-floor-locked.sql); shared=$(pgb place-floor-shared.sql); fi
  b32=$(load "$BEFORE_PORT" "$SECONDS_EACH" 32); b4=$(load "$BEFORE_PORT" "$SECONDS_EACH" 4)
  a32=$(load "$AFTER_PORT" "$SECONDS_EACH" 32); a4=$(load "$AFTER_PORT" "$SECONDS_EACH" 4)
  echo "round $round: floor $floor, exclusive lock $locked, shared lock $shared | before: 32 conn. $b32; 4 conn. $b4 | after: 32 conn. $a32; 4 conn. $a4 | load $(loadavg)"
done
