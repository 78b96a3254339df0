#!/usr/bin/env bash
# The hot reads' CPU per request on both sides of the socket, for a machine too busy for rates to mean
# much: the service's threads (the JIT compilers' and JFR's left out) and PostgreSQL's backends, per
# request wrk completed, and PostgreSQL's per transaction of the route's pgbench floor, in one run.
# `health-lua` loads GET /health through bench/lua/health.lua, built as /me's requests are.
# Runs on an already seeded database (bench/run.sh's data) whose PostgreSQL runs on this machine.
# Usage: bench/reads-cpu.sh PGPORT JAR SECONDS WARMUP [route...]
#   routes: health health-lua me orders order (default: all); env: PORT (default 18097)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGPORT=$1 JAR=$2 SECONDS_EACH=$3 WARMUP=$4
shift 4
ROUTES=("${@:-health health-lua me orders order}")
ROUTES=(${ROUTES[@]})
PORT=${PORT:-18097}
WORK=$(mktemp -d /tmp/readscpu.XXXX)
PSQL=(psql -h localhost -p "$PGPORT" -U postgres -Atq)
# The postmaster: the parent of the checkpointer, which lives as long as the cluster.
POSTMASTER=$(ps -o ppid= -p "$("${PSQL[@]}" -c "select pid from pg_stat_activity where backend_type = 'checkpointer'" customerbench)" | tr -d ' ')
reset_rate_limits "$PGPORT" customerbench
open_pgbench_sessions "$PGPORT" customerbench 1001
start_service "$WORK/service.log" "$JAR" "$PORT" "jdbc:postgresql://localhost:$PGPORT/customerbench"
SERVICE_PID=$APP_PID
sign_in_bench_customers "$PORT" > "$WORK/sessions.txt"
# Clock ticks of PostgreSQL: its live processes, and those that exited and were reaped (pgbench's backends).
pg_ticks() {
  { awk '{print $16 + $17}' "/proc/$POSTMASTER/stat"; cpu_ticks $(pgrep -P "$POSTMASTER"); } | awk '{t += $1} END {print t}'
}
# Clock ticks of the service's threads but the JIT compilers and JFR's own.
service_ticks() {
  for task in /proc/"$SERVICE_PID"/task/*; do cat "$task/stat" 2>/dev/null; echo; done | awk '/./ {
    name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
    if (name ~ /Compiler|JFR/) next
    split(substr($0, index($0, ")") + 2), f, " "); sum += f[12] + f[13] } END { print sum }'
}
load() {
  case $1 in
    health) wrk_load "$2" 32 "http://localhost:$PORT/health";;
    health-lua) wrk_load "$2" 32 "http://localhost:$PORT" health.lua;;
    *) wrk_load "$2" 32 "http://localhost:$PORT" "$1.lua";;
  esac
}
floor() { case $1 in me) echo me-signed-in.sql;; orders) echo list-signed-in.sql;; order) echo details-signed-in.sql;; esac; }
per() { awk -v t="$1" -v n="$2" 'BEGIN {printf "%.1f", t * 10000 / n}'; }
for route in "${ROUTES[@]}"; do load "$route" "$WARMUP"; done
for route in "${ROUTES[@]}"; do
  p0=$(pg_ticks); s0=$(service_ticks); load "$route" "$SECONDS_EACH"; s1=$(service_ticks); p1=$(pg_ticks)
  read -r rps requests < <(wrk_stats rps requests)
  echo "$route: $rps/s; service $(per $((s1 - s0)) "$requests") us/request; PostgreSQL $(per $((p1 - p0)) "$requests") us/request; load $(loadavg)"
  script=$(floor "$route")
  [ -n "$script" ] || continue
  p0=$(pg_ticks)
  out=$(pgbench -h localhost -p "$PGPORT" -U postgres -n -M prepared -c 10 -j 2 -T "$SECONDS_EACH" -D cmax=1001 -D omax=200000 \
    -f "bench/pgbench/$script" customerbench 2>>"$WORK/pgbench.err")
  sleep 1   # lets the postmaster reap pgbench's backends, whose CPU is then counted
  p1=$(pg_ticks)
  tps=$(awk '/^tps/ {print $3; exit}' <<< "$out"); done_tx=$(awk '/transactions actually processed/ {split($NF, a, "/"); print a[1]; exit}' <<< "$out")
  echo "  pgbench $script: $tps/s; PostgreSQL $(per $((p1 - p0)) "$done_tx") us/transaction; load $(loadavg)"
done
