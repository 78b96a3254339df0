#!/usr/bin/env bash
# How cost grows (issue 21): the service on the small data set (bench/seed.sql: 200,000 orders, 200 for
# each bench customer) against the large one (bench/seed-20m.sql: 20,000,000 orders, 10,000 for each
# signed-in bench customer). Both are databases of one PostgreSQL 15 cluster (customersmall, customer20m),
# so settings, JVM flags, pool and port layout are the same and only the data differs. Two services, one
# per database, are started once and warmed up; then every round loads each scenario on both, alternately
# (which size goes first alternates too), with each route's pgbench floor next to it.
# Usage: bench/grow.sh prepare            once: builds the cluster in $PGDIR (14 min quiet, 49 min loaded, 18 GB;
#                                          kept for the runs, stopped whenever the script exits)
#        bench/grow.sh ROUNDS SECONDS [WARMUP]   measures; WARMUP (default 15) s per scenario and size first.
#        On a quiet machine `bench/grow.sh 3 8` takes about 9 min and prints a table ready to paste.
#        bench/grow.sh drop               deletes the cluster when the measuring is done.
# env: PGDIR (default /work/pg20m), PGPORT (15440), FLOORS (0: skip the pgbench floors), JAR,
#      PORT_customersmall and PORT_customer20m (the two services' ports, default: free ones)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGDIR=${PGDIR:-/work/pg20m} PGPORT=${PGPORT:-15440} FLOORS=${FLOORS:-1}
JAR=${JAR:-$(pwd)/bootstrap/target/customerbackend.jar}
PSQL=(psql -h localhost -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q)
WORK=$(mktemp -d /tmp/growbench.XXXX)
PG_CTL="$PG_BIN/pg_ctl -D $PGDIR/data"
pg_start() { su postgres -c "$PG_CTL status" >/dev/null || su postgres -c "$PG_CTL -l $PGDIR/pg.log -w start" >/dev/null; }
pg_stop() { [ ! -d "$PGDIR/data" ] || su postgres -c "$PG_CTL -m fast stop" >/dev/null 2>&1 || true; }
trap 'bench_cleanup; pg_stop' EXIT

if [ "${1:-}" = drop ]; then
  pg_stop && rm -rf "$PGDIR"
  echo "== deleted $PGDIR"
  exit 0
fi

# start DB: a service on its own port (PORT_<DB> if set, else a free one) against database DB; sets PORT_<DB>.
start() {
  local var=PORT_$1 port
  port=${!var:-$(free_port)}
  start_service "$WORK/$1.log" "$JAR" "$port" "jdbc:postgresql://localhost:$PGPORT/$1"
  printf -v "$var" %s "$port"
}
port_of() { local var=PORT_$1; echo "${!var}"; }

if [ "${1:-}" = prepare ]; then
  # The cluster: bench/run.sh's settings (shared_buffers 256MB), 1 GB of WAL between checkpoints (the disk is small).
  if [ ! -d "$PGDIR/data" ]; then
    mkdir -p "$PGDIR" && chown postgres "$PGDIR"
    su postgres -c "/usr/lib/postgresql/15/bin/initdb -D $PGDIR/data -A trust -U postgres" >/dev/null
    printf '%s\n' "port = $PGPORT" "max_connections = 200" "shared_buffers = 256MB" "max_wal_size = 1GB" \
      >> "$PGDIR/data/postgresql.conf"
  fi
  pg_start
  for db in customersmall customer20m; do
    "${PSQL[@]}" -c "create database $db" postgres
    start "$db"   # migrates
    # The menu and the seed customer of bench/run.sh: 6 categories of 7 items, ids 1..42.
    seed_menu "$(port_of "$db")"
  done
  # The services' background work would only scan the tables while their indexes are rebuilt.
  for pid in "${BENCH_PIDS[@]}"; do stop_pid "$pid"; done; BENCH_PIDS=()
  "${PSQL[@]}" -f bench/seed.sql customersmall
  nice -n 10 "${PSQL[@]}" -f bench/seed-20m.sql customer20m
  echo "== prepared $PGDIR (port $PGPORT): databases customersmall and customer20m"
  exit 0
fi

ROUNDS=$1 SECONDS_EACH=$2 WARMUP=${3:-15}
pg_start
SIZES=(customersmall customer20m)
# pgbench floors draw the signed-in bench customers (2..65) and the orders of the bench customers.
declare -A OMAX=([customersmall]=200000 [customer20m]=640000)
for db in "${SIZES[@]}"; do
  reset_rate_limits "$PGPORT" "$db"
  open_pgbench_sessions "$PGPORT" "$db" 65
  start "$db"
  sign_in_bench_customers "$(port_of "$db")" > "$WORK/$db.sessions"
done
echo "orders: small $("${PSQL[@]}" -tA -c 'select count(*) from delivery_order_c' customersmall), large $("${PSQL[@]}" -tA -c 'select count(*) from delivery_order_c' customer20m)"

# load DB SCENARIO SECONDS: "rate p99_ms non2xx" of wrk, 2 threads, 32 connections, on DB's service.
load() {
  wrk_load "$3" 32 "http://localhost:$(port_of "$1")" "$2.lua" "$WORK/$1.sessions"
  wrk_stats rps p99_ms non2xx
}
declare -A FLOOR_SQL=([me]=me-signed-in.sql [orders]=list-page-only.sql [order]=details-order-only.sql [place]=place.sql)
floor() {
  [ "$FLOORS" = 1 ] || { echo 0; return; }
  pgbench_tps "$PGPORT" "$1" "$SECONDS_EACH" "${FLOOR_SQL[$2]}" -D cmax=65 -D omax="${OMAX[$1]}"
}

SCENARIOS=(me orders order place)
for s in "${SCENARIOS[@]}"; do for db in "${SIZES[@]}"; do load "$db" "$s" "$WARMUP" > /dev/null; done; done
for round in $(seq 1 "$ROUNDS"); do
  order=("${SIZES[@]}"); [ $((round % 2)) = 0 ] && order=(customer20m customersmall)
  for s in "${SCENARIOS[@]}"; do
    for db in "${order[@]}"; do
      r=($(load "$db" "$s" "$SECONDS_EACH")); f=$(floor "$db" "$s")
      echo "${r[0]} ${r[1]} ${r[2]} $f" >> "$WORK/$s.$db"
      echo "round $round $s $db: ${r[0]}/s p99 ${r[1]} ms non-2xx ${r[2]}; floor ${f%.*}/s; load $(loadavg)"
    done
  done
done

col() { cut -d' ' -f"$2" "$WORK/$1" | median | xargs printf "%.${3:-0}f"; }
# The median of the per-round ratios 20M/small of column $2: both sides of each were measured back to back.
ratio() {
  paste -d' ' "$WORK/$1.customer20m" "$WORK/$1.customersmall" \
    | awk -v c="$2" '$(c + 4) > 0 { printf "%.3f\n", $c / $(c + 4) }' | median | awk '{printf "%.2f", $1} END {if (!NR) print "n/a"}'
}
echo
echo "Medians of $ROUNDS rounds (ratios: medians of each round's ratio) of ${SECONDS_EACH} s (bench/grow.sh $ROUNDS $SECONDS_EACH $WARMUP, $(date -u +%Y-%m-%dT%H:%MZ), load $(loadavg)):"
echo
echo "| scenario | 200 k: rate /s | 20 M: rate /s | rate 20M/small | 200 k: p99 ms | 20 M: p99 ms | p99 20M/small | floor 200 k /s | floor 20 M /s | floor 20M/small |"
echo "|---|---|---|---|---|---|---|---|---|---|"
# shellcheck disable=SC2016 # the backticks are Markdown's
declare -A NAME=([me]='`GET /customers/me`' [orders]='`GET /orders?limit=20`' [order]='`GET /orders/{uid}`' [place]='`POST /orders`')
for s in "${SCENARIOS[@]}"; do
  sr=$(col "$s.customersmall" 1) br=$(col "$s.customer20m" 1) sp=$(col "$s.customersmall" 2 1) bp=$(col "$s.customer20m" 2 1)
  sf=$(col "$s.customersmall" 4) bf=$(col "$s.customer20m" 4)
  echo "| ${NAME[$s]} | $sr | $br | $(ratio "$s" 1) | $sp | $bp | $(ratio "$s" 2) | $sf | $bf | $(ratio "$s" 4) |"
done
echo
echo "non-2xx responses in all rounds: $(cat "$WORK"/*.customer* | awk '{n += $3} END {print n + 0}')"
