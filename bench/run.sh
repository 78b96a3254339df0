#!/usr/bin/env bash
# The benchmark suite: seeds a realistic data set into a PostgreSQL 15 on this machine, starts the
# service jar against it, loads every scenario with wrk next to its floor measured in the same run,
# and writes docs/performance.md. Needs root (apt-get) and free ports: 15432, 18080 and 18081 unless
# PG_PORT, PORT and BARE_PORT name others.
# Usage: bench/run.sh [seconds-per-scenario] [warm-up-seconds-per-scenario]
# The JIT needs about a minute of load before the service's request path is compiled on two cores,
# so every scenario (and the bare route) is loaded once for the warm-up time before any is measured.
# POST /orders needs more: its path reaches its steady CPU per order only after some 50,000 orders, two
# minutes on the quiet machine (session 10), so just before it is measured it is loaded on, in 15 s steps,
# until the service's CPU per order has stopped falling and 50,000 orders are placed (warm_until_steady in
# bench/lib.sh; at most PLACE_WARMUP_MAX seconds, default 300); the steps are printed and the warm-up's
# length is written next to the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
# Peer mode (issue 21): the service against its Spring Boot peer, in bench/peer/run.sh.
# Usage: bench/run.sh peer [--check] [seconds-per-scenario] [warm-up-seconds] [rounds]
if [ "${1:-}" = peer ]; then shift; exec bench/peer/run.sh "$@"; fi
ROOT=$(pwd)
. bench/lib.sh
SECONDS_EACH=${1:-10}
WARMUP=${2:-20}
THREADS=2
CONNECTIONS=32
POOL=10
PG_PORT=${PG_PORT:-15432}
PORT=${PORT:-18080}
BARE_PORT=${BARE_PORT:-18081}
WORK=$(mktemp -d /tmp/customerbench.XXXX)
JAR="$ROOT/bootstrap/target/customerbackend.jar"
OUT="$ROOT/docs/performance.md"
DB_URL="jdbc:postgresql://localhost:$PG_PORT/customerbench"

need_tools
need_jar "$JAR"

echo "== PostgreSQL 15 in $WORK/pg"
start_postgres "$PG_PORT"
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -c "create database customerbench" postgres

echo "== service (migrations), menu, customers, orders"
start_service "$WORK/service.log" "$JAR" "$PORT" "$DB_URL"
SERVICE_PID=$APP_PID
seed_menu "$PORT" all
"${PSQL[@]}" -f bench/seed.sql customerbench

echo "== signing in 64 customers"
sign_in_bench_customers "$PORT" > "$WORK/sessions.txt"

# wrk prints requests/sec and, with --latency, the percentiles; keep "rps p50 p99 non2xx".
load() {
  local url=$1 script=${2:-} seconds=${3:-$SECONDS_EACH} connections=${4:-$CONNECTIONS}
  wrk_load "$seconds" "$connections" "$url" "$script"
  wrk_stats rps p50 p99 non2xx
}
pgb() { pgbench_tps "$PG_PORT" customerbench "$SECONDS_EACH" "$1" -D cmax=1001 -D omax=200000; }

# Both sides of a ratio are measured twice, alternately (floor, scenario, floor, scenario), and the
# ratio is taken of the means: on this shared VM the machine's speed drifts by a third within minutes,
# which one measurement of each, minutes apart, turned into ratios that moved as much.
mean() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (a + b) / 2 }'; }
# The mean rate of two wrk results "rps p50 p99 non2xx", with the second run's latencies and both runs' errors.
mean_load() {
  local first=($1) second=($2)
  echo "$(mean "${first[0]}" "${second[0]}") ${second[1]} ${second[2]} $(( first[3] + second[3] ))"
}

echo "== floors and service, warm-up"
# shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
in_background "$WORK/bare.log" java $JVM_FLAGS -cp "$JAR" bench/BareRoute.java "$BARE_PORT"
BARE_PID=$APP_PID
wait_healthy "localhost:$BARE_PORT/bare" "$WORK/bare.log" 0.1
load "http://localhost:$BARE_PORT/bare" "" "$WARMUP" > /dev/null
for path in /health /api/v1/categories /api/v1/menu-items/1/picture; do
  load "http://localhost:$PORT$path" "" "$WARMUP" > /dev/null
done
for script in me.lua orders.lua order.lua place.lua; do load "http://localhost:$PORT" "$script" "$WARMUP" > /dev/null; done

echo "== measuring, floors and scenarios alternately"
open_pgbench_sessions "$PG_PORT" customerbench 1001
B1=$(load "http://localhost:$BARE_PORT/bare"); C1=$(load "http://localhost:$PORT/api/v1/categories")
B2=$(load "http://localhost:$BARE_PORT/bare"); C2=$(load "http://localhost:$PORT/api/v1/categories")
BARE=($(mean_load "$B1" "$B2")); CATEGORIES=($(mean_load "$C1" "$C2"))
stop_pid "$BARE_PID"
PICTURE=($(load "http://localhost:$PORT/api/v1/menu-items/1/picture"))
H1=$(load "http://localhost:$PORT/health"); M1=$(load "http://localhost:$PORT" me.lua)
H2=$(load "http://localhost:$PORT/health"); M2=$(load "http://localhost:$PORT" me.lua)
HEALTH=($(mean_load "$H1" "$H2")); ME=($(mean_load "$M1" "$M2"))
P1=$(pgb list-signed-in.sql); O1=$(load "http://localhost:$PORT" orders.lua)
P2=$(pgb list-signed-in.sql); O2=$(load "http://localhost:$PORT" orders.lua)
PG_LIST=$(mean "$P1" "$P2"); ORDERS=($(mean_load "$O1" "$O2"))
P1=$(pgb details-signed-in.sql); O1=$(load "http://localhost:$PORT" order.lua)
P2=$(pgb details-signed-in.sql); O2=$(load "http://localhost:$PORT" order.lua)
PG_DETAILS=$(mean "$P1" "$P2"); ORDER=($(mean_load "$O1" "$O2"))
PG_LIST_ONE=$(pgb list-page-only.sql)
PG_DETAILS_ONE=$(pgb details-order-only.sql)
# Measured at the order path's steady state, not while the JIT still compiles it (see the header).
read -r PLACE_WARMUP PLACE_WARM_ORDERS PLACE_WARM_CPU < <(warm_until_steady "$SERVICE_PID" "$WARMUP" "${PLACE_WARMUP_MAX:-300}" 15 \
  "$CONNECTIONS" "http://localhost:$PORT" place.lua)
P1=$(pgb place.sql); O1=$(load "http://localhost:$PORT" place.lua)
P2=$(pgb place.sql); O2=$(load "http://localhost:$PORT" place.lua)
PG_PLACE=$(mean "$P1" "$P2"); PLACE=($(mean_load "$O1" "$O2"))
# Latency below saturation: 4 clients, each sending its next order as soon as the last is answered.
PLACE_LIGHT=($(load "http://localhost:$PORT" place.lua "" 4))
RSS_MB=$(( $(ps -o rss= -p "$SERVICE_PID") / 1024 ))
# wrk leaves up to 32 sign-ins queued for hashing: let them finish before the floor is measured again.
drain_signins() { wait_steady "${PSQL[@]}" -tA -c "select count(*) from delivery_customer_token_c" customerbench; }
# Sign-in had no warm-up of its own: its first round ran while the JIT compiled its path.
load "http://localhost:$PORT" signin.lua "$WARMUP" > /dev/null; drain_signins
A1=$(java -cp "$JAR" bench/HashRate.java "$SECONDS_EACH"); S1=$(load "http://localhost:$PORT" signin.lua); drain_signins
A2=$(java -cp "$JAR" bench/HashRate.java "$SECONDS_EACH"); S2=$(load "http://localhost:$PORT" signin.lua); drain_signins
HASH_RATE=$(mean "$A1" "$A2"); SIGNIN=($(mean_load "$S1" "$S2"))
RSS_SIGNIN_MB=$(( $(ps -o rss= -p "$SERVICE_PID") / 1024 ))
# The same, inside the service's heap: what garbage collection alone takes from sign-in.
# shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
HASH_RATE_FLAGS=$(java $JVM_FLAGS -cp "$JAR" bench/HashRate.java "$SECONDS_EACH")

service() { start_service "$WORK/service.log" "$JAR" "$PORT" "$DB_URL" "$@"; }
# Start-up, cold; then once more to record which classes start-up loads (an AppCDS archive, written
# when that JVM exits), and once with the archive.
stop_pid "$SERVICE_PID"
service
PLAIN_STARTUP_MS=$STARTUP_MS
stop_app
service -XX:ArchiveClassesAtExit="$WORK/app.jsa"
stop_app
service -XX:SharedArchiveFile="$WORK/app.jsa"
CDS_STARTUP_MS=$STARTUP_MS
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "n/a" }'; }

cat > "$WORK/results.md" <<MD
Measured by \`bench/run.sh $SECONDS_EACH $WARMUP\` on $(date -u +%Y-%m-%d) on this project's $(nproc)-core machine
($(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | xargs)). Load generator, service, floors and
PostgreSQL 15 share the same cores, so the absolute numbers are low and only the ratios, measured in
one run, mean something. wrk: $THREADS threads, $CONNECTIONS connections, ${SECONDS_EACH} s per scenario after
${WARMUP} s of warm-up for each (\`POST /orders\`: until the service's CPU per order stopped falling, here
${PLACE_WARMUP} s and ${PLACE_WARM_ORDERS} orders, ending at ${PLACE_WARM_CPU} ms of CPU per order, just before it was measured). Each ratio's floor and scenario were measured twice, alternately, and the
figures are the means of the two;
pgbench: $POOL connections (the service's pool size), prepared statements. JVM flags of the service
and the HTTP floor: \`$JVM_FLAGS\`.

Data: 1,001 customers, 200,000 orders of 3 lines (600,000 lines), 6 categories and 42 items with
pictures; 64 signed-in customers drive the authenticated scenarios.

| scenario | requests/s | p50 | p99 | non-2xx | floor | floor /s | ratio | target |
|---|---|---|---|---|---|---|---|---|
| bare Javalin route (HTTP floor) | ${BARE[0]} | ${BARE[1]} | ${BARE[2]} | ${BARE[3]} | — | — | — | — |
| \`GET /health\` | ${HEALTH[0]} | ${HEALTH[1]} | ${HEALTH[2]} | ${HEALTH[3]} | — | — | — | — |
| \`GET /categories\` | ${CATEGORIES[0]} | ${CATEGORIES[1]} | ${CATEGORIES[2]} | ${CATEGORIES[3]} | bare route | ${BARE[0]} | $(ratio "${CATEGORIES[0]}" "${BARE[0]}") | ≥ 80% |
| \`GET /menu-items/1/picture\` (15 KB PNG) | ${PICTURE[0]} | ${PICTURE[1]} | ${PICTURE[2]} | ${PICTURE[3]} | bare route | ${BARE[0]} | $(ratio "${PICTURE[0]}" "${BARE[0]}") | — |
| \`GET /customers/me\` (token check and account, one statement) | ${ME[0]} | ${ME[1]} | ${ME[2]} | ${ME[3]} | \`GET /health\` | ${HEALTH[0]} | $(ratio "${ME[0]}" "${HEALTH[0]}") | ≥ 70% |
| \`GET /orders?limit=20\` | ${ORDERS[0]} | ${ORDERS[1]} | ${ORDERS[2]} | ${ORDERS[3]} | pgbench, the route's one statement (session + page) | ${PG_LIST} | $(ratio "${ORDERS[0]}" "${PG_LIST}") | ≥ 60% |
| | | | | | pgbench, the page statement alone, no session | ${PG_LIST_ONE} | $(ratio "${ORDERS[0]}" "${PG_LIST_ONE}") | — |
| \`GET /orders/{uid}\` | ${ORDER[0]} | ${ORDER[1]} | ${ORDER[2]} | ${ORDER[3]} | pgbench, the route's one statement (session + order + payment + rating) | ${PG_DETAILS} | $(ratio "${ORDER[0]}" "${PG_DETAILS}") | ≥ 60% |
| | | | | | pgbench, the order statement alone, no session or payment | ${PG_DETAILS_ONE} | $(ratio "${ORDER[0]}" "${PG_DETAILS_ONE}") | — |
| \`POST /orders\` (3 lines, fresh keys) | ${PLACE[0]} | ${PLACE[1]} | ${PLACE[2]} | ${PLACE[3]} | pgbench one-commit order (place.sql) | ${PG_PLACE} | $(ratio "${PLACE[0]}" "${PG_PLACE}") | ≥ 70%, p99 < 50 ms |
| \`POST /orders\`, 4 connections | ${PLACE_LIGHT[0]} | ${PLACE_LIGHT[1]} | ${PLACE_LIGHT[2]} | ${PLACE_LIGHT[3]} | pgbench one-commit order (place.sql) | ${PG_PLACE} | $(ratio "${PLACE_LIGHT[0]}" "${PG_PLACE}") | p99 < 50 ms |
| \`POST /sessions\` (Argon2id) | ${SIGNIN[0]} | ${SIGNIN[1]} | ${SIGNIN[2]} | ${SIGNIN[3]} | Argon2id verifications alone (libargon2) | ${HASH_RATE} | $(ratio "${SIGNIN[0]}" "${HASH_RATE}") | ≥ 90% |

- Start-up to ready (\`/health\` 200) against the external, already migrated PostgreSQL: **${PLAIN_STARTUP_MS} ms**
  with the flags above, **${CDS_STARTUP_MS} ms** adding \`-XX:SharedArchiveFile\` with a class-data archive made by
  one earlier start (\`-XX:ArchiveClassesAtExit\`) (target < 3 s).
- Argon2id verifications alone with the service's JVM flags (its heap): **${HASH_RATE_FLAGS}/s**, against
  ${HASH_RATE}/s with the JVM's default heap (the floor above).
- Resident memory of the service right after the \`POST /orders\` load: **${RSS_MB} MB**, and after the
  \`POST /sessions\` load (two Argon2id hashes of 19 MiB at a time): **${RSS_SIGNIN_MB} MB** (target < 400 MB).
- \`GET /customers/me\`, \`GET /orders?limit=20\` and \`GET /orders/{uid}\` issue one SQL statement each, the
  token check included ([decision 0012](decisions/0012-token-check-in-the-reads-statement.md); checked by
  \`OrderQueryCountTest\` and \`SignedInReadsRoutesTest\`).
- The pgbench floors run the statement one request issues, as captured from the service, with random
  ids; the "alone" rows run only the page or order part of it, without the session.
MD
# The figures replace what lies between the markers; the analysis around them is written by hand.
if grep -q '^<!-- bench:start -->$' "$OUT" 2>/dev/null; then
  awk -v results="$WORK/results.md" '
    /^<!-- bench:start -->$/ { print; while ((getline line < results) > 0) print line; skip = 1; next }
    /^<!-- bench:end -->$/ { skip = 0 }
    !skip { print }' "$OUT" > "$WORK/performance.md"
else
  { echo "# Performance"; echo; echo "<!-- bench:start -->"; cat "$WORK/results.md"; echo "<!-- bench:end -->"; } \
    > "$WORK/performance.md"
fi
cp "$WORK/performance.md" "$OUT"
echo "== wrote $OUT"
cat "$WORK/results.md"
