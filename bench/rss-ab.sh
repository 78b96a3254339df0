#!/usr/bin/env bash
# Peak resident memory of two builds of the service under the same load, alternately (issue 21's
# "RSS under load" against the peer; docs/performance.md, "Memory, round three"). Seeds the data of
# bench/peer/run.sh into a PostgreSQL 15, then, ROUNDS times, starts each jar in turn (which goes first
# alternates) with the peer run's JVM flags and environment, runs the five peer scenarios twice with
# the same number of requests each (wrk, 2 threads, 32 connections), and samples VmRSS every 200 ms;
# also the classes loaded and the metaspace at the end.
# Usage: bench/rss-ab.sh BEFORE.jar AFTER.jar [rounds]   (root: apt-get, su postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR="$(pwd)/bench"
JARS=("$1" "$2")
ROUNDS=${3:-2}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PG_PORT=$(free_port)
PORT=$(free_port)
JVM_FLAGS="-Xms64m -Xmx256m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC"
WORK=$(mktemp -d /tmp/rssab.XXXX)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D $WORK/pg -m fast stop" >/dev/null 2>&1 || true
}
trap cleanup EXIT
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk postgresql >/dev/null; }
mkdir -p "$WORK/pg" && chown postgres "$WORK" "$WORK/pg"
su postgres -c "/usr/lib/postgresql/15/bin/initdb -D $WORK/pg -A trust -U postgres" >/dev/null
su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D $WORK/pg -l $WORK/pg.log -o '-p $PG_PORT -c max_connections=200 -c shared_buffers=256MB' -w start" >/dev/null
PSQL="psql -h localhost -p $PG_PORT -U postgres -v ON_ERROR_STOP=1 -q"
$PSQL -c "create database customerbench" postgres

start_app() { # jar: sets APP_PID once /health answers 200
  DB_URL="jdbc:postgresql://localhost:$PG_PORT/customerbench" DB_USER=postgres DB_PASSWORD=postgres PORT=$PORT \
    DB_POOL_SIZE=10 CURRENCY=EUR SERVICE_KEYS=bench-service-key-0123456789 RATE_LIMIT_SIGN_IN=1000000 \
    MALLOC_ARENA_MAX=2 java $JVM_FLAGS -jar "$1" >> "$WORK/service.log" 2>&1 &
  APP_PID=$!
  until curl -sf "localhost:$PORT/health" >/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/service.log"; exit 1; }
    sleep 0.05
  done
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

echo "== seeding with ${JARS[0]}"
start_app "${JARS[0]}"
OPS=(-H "X-Service-Key: bench-service-key-0123456789" -H "Content-Type: application/json")
for c in 1 2 3 4 5 6; do
  curl -sf "${OPS[@]}" -d "{\"name\":\"Category $c\",\"description\":\"Bench category\"}" "localhost:$PORT/api/v1/ops/categories" >/dev/null
  for i in 1 2 3 4 5 6 7; do
    curl -sf "${OPS[@]}" -d "{\"categoryId\":$c,\"name\":\"Dish $c.$i\",\"price\":$((5 + i)).50}" "localhost:$PORT/api/v1/ops/menu-items" >/dev/null
  done
done
curl -sf -H "Content-Type: application/json" -d '{"login":"benchseed","email":"seed@example.org","phoneNumber":"+4915299999999","password":"bench password 1"}' "localhost:$PORT/api/v1/customers" >/dev/null
$PSQL -f bench/seed.sql customerbench
: > "$WORK/sessions.txt"
for n in $(seq 1 64); do
  token=$(curl -sf -H "Content-Type: application/json" -d "{\"login\":\"bench$n\",\"password\":\"bench password 1\"}" "localhost:$PORT/api/v1/sessions" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  uid=$(curl -sf -H "Authorization: Bearer $token" "localhost:$PORT/api/v1/orders?limit=1" | sed 's/.*"uid":"\([^"]*\)".*/\1/')
  echo "$token $uid bench$n" >> "$WORK/sessions.txt"
done
stop_app

# Each scenario runs until every wrk thread had its share of REQUESTS answers (or 300 s passed), so both
# builds do the same work however busy the machine is. Prints requests/s.
REQUESTS=(categories:20000 me.lua:6000 orders.lua:4000 order.lua:4000 place.lua:1500)
load() { # scenario requests
  local url="http://localhost:$PORT"
  [ "$1" = categories ] && url="$url/api/v1/categories"
  SCENARIO=$1 REQUESTS_PER_THREAD=$(( $2 / 2 )) wrk -t2 -c32 -d300s -s bench/lua/capped.lua "$url" -- "$WORK/sessions.txt" \
    > "$WORK/wrk.out" 2>&1
  awk '/Requests\/sec/ {printf "%.0f", $2}' "$WORK/wrk.out"
}
echo "| round | build | peak RSS (MB) | RSS at the end (MB) | classes loaded | metaspace committed (MB) | requests/s (categories, me, orders, order, place) | load averages |"
echo "|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  order=(0 1); [ $((round % 2)) -eq 0 ] && order=(1 0)
  for which in "${order[@]}"; do
    start_app "${JARS[$which]}"
    ( peak=0; while kb=$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null) && [ -n "$kb" ]; do
        [ "$kb" -gt "$peak" ] && { peak=$kb; echo "$peak" > "$WORK/peak"; }; sleep 0.2; done ) &
    SAMPLER=$!
    for pass in warm-up measured; do
      rates=""
      for r in "${REQUESTS[@]}"; do rates="$rates $(load "${r%%:*}" "${r##*:}")"; done
    done
    kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
    end_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status")
    classes=$(jcmd "$APP_PID" PerfCounter.print 2>/dev/null | awk -F= '/java.cls.loadedClasses=/ {l=$2} /java.cls.unloadedClasses=/ {u=$2} END {print l-u}')
    meta=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/Metaspace/ {gsub(/[K,]/, "", $5); printf "%.1f", $5 / 1024}')
    echo "| $round | $(basename "${JARS[$which]}") | $(( $(cat "$WORK/peak") / 1024 )) | $((end_kb / 1024)) | $classes | $meta | $(echo $rates | tr ' ' '/') | $(cut -d' ' -f1-3 /proc/loadavg) |"
    stop_app
  done
done
