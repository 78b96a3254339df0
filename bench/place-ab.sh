#!/usr/bin/env bash
# POST /orders of two builds of the service side by side (decision 0011: before and after the event log's
# writers stopped queueing for the disk), with the pgbench floors, on an already seeded database
# (bench/run.sh's data). Both jars run at once on one database and only one is loaded at a time; the idle one
# still reads the other's events as they commit, as a second instance would. (Stopping it with SIGSTOP
# instead can freeze it inside a transaction that holds the event log's lock.) Each round measures, in turn:
# the one-commit floor, the floor with the old exclusive lock, the floor with the shared lock, then each jar
# at 32 and at 4 connections. Load averages are printed with every round, since the machine is shared.
# Usage: bench/place-ab.sh PGPORT BEFORE_JAR AFTER_JAR ROUNDS SECONDS WARMUP
#   env: CMAX (largest bench customer id the pgbench floors draw, default 1001)
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR="$(pwd)/bench"
PGPORT=$1 BEFORE=$2 AFTER=$3 ROUNDS=$4 SECONDS_EACH=$5 WARMUP=$6
CMAX=${CMAX:-1001}
WORK=$(mktemp -d /tmp/placeab.XXXX)
JVM_FLAGS="-Xms64m -Xmx256m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC"
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill $pid 2>/dev/null || true; done' EXIT
start() {
  DB_URL="jdbc:postgresql://localhost:$PGPORT/customerbench" DB_USER=postgres DB_PASSWORD=postgres PORT=$2 \
    DB_POOL_SIZE=10 SERVICE_KEYS=bench-service-key-0123456789 MALLOC_ARENA_MAX=2 RATE_LIMIT_SIGN_IN=1000000 \
    java $JVM_FLAGS -jar "$1" > "$WORK/service-$2.log" 2>&1 &
  PIDS+=($!)
  until curl -sf "localhost:$2/health" >/dev/null; do sleep 0.2; done
}
start "$BEFORE" 18096; start "$AFTER" 18097
: > "$WORK/sessions.txt"
for n in $(seq 1 64); do
  token=$(curl -sf -H "Content-Type: application/json" -d "{\"login\":\"bench$n\",\"password\":\"bench password 1\"}" "localhost:18096/api/v1/sessions" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  echo "$token - bench$n" >> "$WORK/sessions.txt"
done
# The jar's own CPU (user + system, /proc/PID/stat) per request served: on a shared machine, where rates
# follow the load, this is the figure that compares two jars (docs/performance.md, writes, session 8).
cpu() { awk '{print $14 + $15}' /proc/$1/stat; }
load() {
  local pid=${PIDS[$(( $1 - 18096 ))]} before
  before=$(cpu $pid)
  wrk -t2 -c$3 -d${2}s --latency -s bench/lua/place.lua "http://localhost:$1" -- "$WORK/sessions.txt" > "$WORK/wrk.out" 2>&1
  echo "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out")/s p99 $(awk '$1=="99%" {print $2}' "$WORK/wrk.out") non2xx $(awk '/Non-2xx/ {print $5}' "$WORK/wrk.out")" \
    "cpu $(awk -v t=$(( $(cpu $pid) - before )) -v hz=$(getconf CLK_TCK) -v n=$(awk '/requests in/ {print $1}' "$WORK/wrk.out") 'BEGIN {printf "%.2f", t * 1000 / hz / n}') ms/request"
}
# The floor since decision 0011: place-floor-locked.sql with the event log's lock taken shared, as writers take it now.
sed 's/pg_advisory_xact_lock(/pg_advisory_xact_lock_shared(/' bench/pgbench/place-floor-locked.sql > "$WORK/place-floor-shared.sql"
pgb() {
  local script="bench/pgbench/$1"; [ -f "$script" ] || script="$WORK/$1"
  pgbench -h localhost -p $PGPORT -U postgres -n -M prepared -c 10 -j 2 -T $SECONDS_EACH -D cmax=$CMAX \
    -f "$script" customerbench 2>"$WORK/pgbench.err" | awk '/^tps/ {printf "%.0f/s", $3; exit}'
}
load 18096 $WARMUP 32 > /dev/null; load 18097 $WARMUP 32 > /dev/null
for round in $(seq 1 $ROUNDS); do
  floor=$(pgb place.sql); locked=$(pgb place-floor-locked.sql); shared=$(pgb place-floor-shared.sql)
  b32=$(load 18096 $SECONDS_EACH 32); b4=$(load 18096 $SECONDS_EACH 4)
  a32=$(load 18097 $SECONDS_EACH 32); a4=$(load 18097 $SECONDS_EACH 4)
  echo "round $round: floor $floor, exclusive lock $locked, shared lock $shared | before: 32 conn. $b32; 4 conn. $b4 | after: 32 conn. $a32; 4 conn. $a4 | load $(cut -d' ' -f1-3 /proc/loadavg)"
done
