#!/usr/bin/env bash
# The true floors of issue 21, measured side by side with the service on an already seeded database
# (bench/run.sh's data, or bench/seed-20m.sql's): each pair "scenario | floor" is measured ROUNDS times,
# alternately, and the medians and the median of the per-round ratios are printed. Load averages are
# printed with each round, since the machine is shared.
# Usage: bench/floors.sh PGPORT JAR ROUNDS SECONDS WARMUP [pair...]
#   pairs: me orders order place signin orders-one order-one (default: the first four); orders-one and
#   order-one measure the same routes against their one statement since decision 0012 (session and data)
#   env: CMAX (largest bench customer id the pgbench floors draw, default 1001), OMAX (largest order id
#   of those customers, default 200000), PORT (service port, default 18095), JFR (a file: record a profile),
#   HASH_JAR (the jar whose classpath runs bench/HashRate.java, default JAR)
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR="$(pwd)/bench"
PGPORT=$1 JAR=$2 ROUNDS=$3 SECONDS_EACH=$4 WARMUP=$5
shift 5
PAIRS=("${@:-me orders order place}")
PAIRS=(${PAIRS[@]})
PORT=${PORT:-18095}
CMAX=${CMAX:-1001}
OMAX=${OMAX:-200000}
WORK=$(mktemp -d /tmp/floorsbench.XXXX)
JVM_FLAGS="-Xms64m -Xmx256m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC"
if [ -n "${JFR:-}" ]; then
  JVM_FLAGS="$JVM_FLAGS -XX:StartFlightRecording=filename=$JFR,settings=profile,delay=${WARMUP}s"
fi
# Rate-limit buckets keep the limits they were created with: an earlier run's would still refuse sign-ins.
psql -h localhost -p $PGPORT -U postgres -q -c "delete from delivery_ratelimit_bucket_c" customerbench
# The one-statement floors look the session up as the service does: customers 2..CMAX get one under md5(id) || md5(id).
psql -h localhost -p $PGPORT -U postgres -q -c "insert into delivery_customer_token_c (token_guid, token_begin_dt, token_end_dt, customer_id, user_agent)
  select md5(c::text) || md5(c::text), now() - interval '1 minute', now() + interval '1 day', c, 'pgbench' from generate_series(2, $CMAX) c
  on conflict (token_guid) do update set token_begin_dt = excluded.token_begin_dt, token_end_dt = excluded.token_end_dt" customerbench
DB_URL="jdbc:postgresql://localhost:$PGPORT/customerbench" DB_USER=postgres DB_PASSWORD=postgres PORT=$PORT \
  DB_POOL_SIZE=10 SERVICE_KEYS=bench-service-key-0123456789 MALLOC_ARENA_MAX=2 RATE_LIMIT_SIGN_IN=1000000 PASSWORD_HASH_QUEUE=100 \
  java $JVM_FLAGS -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
trap 'kill $SERVICE_PID 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.1; done
: > "$WORK/sessions.txt"
for n in $(seq 1 64); do
  token=$(curl -sf -H "Content-Type: application/json" -d "{\"login\":\"bench$n\",\"password\":\"bench password 1\"}" "localhost:$PORT/api/v1/sessions" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  uid=$(curl -sf -H "Authorization: Bearer $token" "localhost:$PORT/api/v1/orders?limit=1" | sed 's/.*"uid":"\([^"]*\)".*/\1/')
  echo "$token $uid bench$n" >> "$WORK/sessions.txt"
done
load() {
  local script=$1 seconds=$2 connections=${3:-32} url=${4:-http://localhost:$PORT}
  local args=(-t2 -c$connections -d${seconds}s --latency)
  [ -n "$script" ] && args+=(-s "bench/lua/$script" "$url" -- "$WORK/sessions.txt") || args+=("$url")
  wrk "${args[@]}" > "$WORK/wrk.out" 2>&1
  echo "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out") $(awk '$1=="99%" {print $2}' "$WORK/wrk.out") $(awk '/Non-2xx/ {print $5}' "$WORK/wrk.out")"
}
pgb() {
  pgbench -h localhost -p $PGPORT -U postgres -n -M prepared -c 10 -j 2 -T $SECONDS_EACH -D cmax=$CMAX -D omax=$OMAX \
    -f "bench/pgbench/$1" customerbench 2>"$WORK/pgbench.err" | awk '/^tps/ {print $3; exit}'
}
scenario() { case $1 in me) echo me.lua;; orders|orders-one) echo orders.lua;; order|order-one) echo order.lua;; place) echo place.lua;; signin) echo signin.lua;; esac; }
floor() {
  case $1 in
    me) load "" $SECONDS_EACH 32 "http://localhost:$PORT/health" | cut -d' ' -f1;;
    orders) pgb list-page-only.sql;;
    order) pgb details-order-only.sql;;
    orders-one) pgb list-signed-in.sql;;
    order-one) pgb details-signed-in.sql;;
    place) pgb place.sql;;
    signin) java -cp "${HASH_JAR:-$JAR}" bench/HashRate.java $SECONDS_EACH;;
  esac
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for pair in "${PAIRS[@]}"; do load "$(scenario $pair)" $WARMUP > /dev/null; done
for pair in "${PAIRS[@]}"; do
  : > "$WORK/$pair.rounds"
  for round in $(seq 1 $ROUNDS); do
    f=$(floor $pair); s=($(load "$(scenario $pair)" $SECONDS_EACH))
    light=(- - -) locked=-
    if [ "$pair" = place ]; then light=($(load place.lua $SECONDS_EACH 4)); locked=$(pgb place-floor-locked.sql); fi
    echo "$pair round $round: service ${s[0]}/s p99 ${s[1]} non2xx ${s[2]:-0}; floor $f/s; ratio $(awk -v a=${s[0]} -v b=$f 'BEGIN{printf "%.2f", a/b}'); 4 conn ${light[0]}/s p99 ${light[1]}; floor with the event lock $locked/s; load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "${s[0]} $f $(awk -v a=${s[0]} -v b=$f 'BEGIN{printf "%.3f", a/b}') ${s[1]} ${light[1]}" >> "$WORK/$pair.rounds"
  done
  echo "$pair MEDIAN: service $(cut -d' ' -f1 "$WORK/$pair.rounds" | median)/s; floor $(cut -d' ' -f2 "$WORK/$pair.rounds" | median)/s; ratio $(cut -d' ' -f3 "$WORK/$pair.rounds" | median); p99 $(cut -d' ' -f4 "$WORK/$pair.rounds" | tr '\n' ' ')"
done
