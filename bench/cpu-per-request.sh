#!/usr/bin/env bash
# The service's own CPU per request on the hot reads, for a machine too busy for rates to mean much:
# the CPU time of the service's threads, the JIT compilers' and JFR's left out (from /proc), divided by
# the requests wrk completed on each route; and PostgreSQL's CPU per request the same way (its backends,
# and those that exited, from the postmaster's reaped children). Runs on an already seeded database
# (bench/run.sh's data) whose PostgreSQL runs on this machine.
# Usage: bench/cpu-per-request.sh PGPORT JAR SECONDS WARMUP [route...]
#   routes: health health-lua me orders order (default: health me orders order); health-lua loads
#   GET /health through bench/lua/health.lua, built as /me's requests are. env: PORT (default 18096),
#   JFR (a directory: record one flight recording per route there), FLOORS=1 (after each read, its
#   pgbench floor and PostgreSQL's CPU per transaction of it)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGPORT=$1 JAR=$2 SECONDS_EACH=$3 WARMUP=$4
shift 4
ROUTES=("${@:-health me orders order}")
ROUTES=(${ROUTES[@]})
PORT=${PORT:-18096}
WORK=$(mktemp -d /tmp/cpubench.XXXX)
# The postmaster: the parent of the checkpointer, which lives as long as the cluster.
POSTMASTER=$(ps -o ppid= -p "$(psql -h localhost -p "$PGPORT" -U postgres -Atq -c \
  "select pid from pg_stat_activity where backend_type = 'checkpointer'" customerbench)" | tr -d ' ')
[ "${FLOORS:-}" = 1 ] && open_pgbench_sessions "$PGPORT" customerbench 1001
start_seeded_service "$PGPORT" "$JAR" "$PORT"
load() {
  case $1 in
    health) wrk_load "$2" 32 "http://localhost:$PORT/health";;
    health-lua) wrk_load "$2" 32 "http://localhost:$PORT" health.lua;;
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
# Clock ticks of PostgreSQL: its live processes, and those that exited and were reaped (pgbench's backends).
pg_ticks() {
  # shellcheck disable=SC2046 # one pid per word
  { awk '{print $16 + $17}' "/proc/$POSTMASTER/stat"; cpu_ticks $(pgrep -P "$POSTMASTER"); } | awk '{t += $1} END {print t}'
}
per() { awk -v t="$1" -v n="$2" 'BEGIN {printf "%.1f", t * 10000 / n}'; }
floor() { case $1 in me) echo me-signed-in.sql;; orders) echo list-signed-in.sql;; order) echo details-signed-in.sql;; esac; }
for route in "${ROUTES[@]}"; do load "$route" "$WARMUP"; done
for route in "${ROUTES[@]}"; do
  [ -n "${JFR:-}" ] && jcmd "$SERVICE_PID" JFR.start name="$route" settings=profile filename="$JFR/$route.jfr" > /dev/null
  pg_before=$(pg_ticks); before=$(ticks); load "$route" "$SECONDS_EACH"; after=$(ticks); pg_after=$(pg_ticks)
  [ -n "${JFR:-}" ] && jcmd "$SERVICE_PID" JFR.stop name="$route" > /dev/null
  read -r rps requests < <(wrk_stats rps requests)
  echo "$route: $rps/s, $requests requests, service CPU $(( (after - before) * 10 )) ms," \
    "$(per $((after - before)) "$requests") us/request; PostgreSQL $(per $((pg_after - pg_before)) "$requests") us/request;" \
    "load $(loadavg)"
  script=$(floor "$route")
  if [ "${FLOORS:-}" != 1 ] || [ -z "$script" ]; then continue; fi
  pg_before=$(pg_ticks)
  out=$(pgbench -h localhost -p "$PGPORT" -U postgres -n -M prepared -c 10 -j 2 -T "$SECONDS_EACH" -D cmax=1001 \
    -D omax=200000 -f "bench/pgbench/$script" customerbench 2>>"$WORK/pgbench.err")
  sleep 1   # lets the postmaster reap pgbench's backends, whose CPU it then counts
  pg_after=$(pg_ticks)
  transactions=$(awk '/transactions actually processed/ {split($NF, a, "/"); print a[1]; exit}' <<< "$out")
  echo "  pgbench $script: $(awk '/^tps/ {print $3; exit}' <<< "$out")/s;" \
    "PostgreSQL $(per $((pg_after - pg_before)) "$transactions") us/transaction; load $(loadavg)"
done
