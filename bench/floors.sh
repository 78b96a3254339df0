#!/usr/bin/env bash
# The true floors of issue 21, measured side by side with the service on an already seeded database
# (bench/run.sh's data, or bench/seed-20m.sql's): each pair "scenario | floor" is measured ROUNDS times,
# alternately, and the medians and the median of the per-round ratios are printed. Load averages are
# printed with each round, since the machine is shared.
# Usage: bench/floors.sh PGPORT JAR ROUNDS SECONDS WARMUP [pair...]
#   pairs: me orders order place signin orders-one order-one (default: the first four); orders-one and
#   order-one measure the same routes against their one statement since decision 0012 (session and data)
#   env: CMAX (largest bench customer id the pgbench floors draw, default 1001), OMAX (largest order id
#   of those customers, default 200000), PORT (service port, default 18095), JFR (a file: record a profile
#   of the measured rounds, after the warm-up), HASH_JAR (the jar whose classpath runs bench/HashRate.java,
#   default JAR), PLACE_WARMUP_MAX (default 300)
# The pair place is warmed up until the service's CPU per order has stopped falling (at least WARMUP
# seconds and 50,000 orders, in 15 s steps, printed; warm_until_steady in bench/lib.sh): its path takes
# that long to compile, and after a fixed 20 s it was measured at two to four times its steady CPU (session 10).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGPORT=$1 JAR=$2 ROUNDS=$3 SECONDS_EACH=$4 WARMUP=$5
shift 5
PAIRS=("${@:-me orders order place}")
PAIRS=(${PAIRS[@]})
PORT=${PORT:-18095}
CMAX=${CMAX:-1001}
OMAX=${OMAX:-200000}
WORK=$(mktemp -d /tmp/floorsbench.XXXX)
open_pgbench_sessions "$PGPORT" customerbench "$CMAX"
start_seeded_service "$PGPORT" "$JAR" "$PORT"
# "rps p99 non2xx" of wrk, 2 threads, on the service (or URL).
load() {
  local script=$1 seconds=$2 connections=${3:-32} url=${4:-http://localhost:$PORT}
  wrk_load "$seconds" "$connections" "$url" "$script"
  wrk_stats rps p99 non2xx
}
pgb() { pgbench_tps "$PGPORT" customerbench "$SECONDS_EACH" "$1" -D cmax="$CMAX" -D omax="$OMAX"; }
scenario() { case $1 in me) echo me.lua;; orders|orders-one) echo orders.lua;; order|order-one) echo order.lua;; place) echo place.lua;; signin) echo signin.lua;; esac; }
floor() {
  case $1 in
    me) load "" "$SECONDS_EACH" 32 "http://localhost:$PORT/health" | cut -d' ' -f1;;
    orders) pgb list-page-only.sql;;
    order) pgb details-order-only.sql;;
    orders-one) pgb list-signed-in.sql;;
    order-one) pgb details-signed-in.sql;;
    place) pgb place.sql;;
    signin) java -cp "${HASH_JAR:-$JAR}" bench/HashRate.java "$SECONDS_EACH";;
  esac
}
for pair in "${PAIRS[@]}"; do
  if [ "$pair" = place ]; then
    read -r spent orders cpu < <(warm_until_steady "$SERVICE_PID" "$WARMUP" "${PLACE_WARMUP_MAX:-300}" 15 32 "http://localhost:$PORT" place.lua)
    echo "place warmed up for $spent s and $orders orders, to $cpu ms CPU per order"
  else
    load "$(scenario "$pair")" "$WARMUP" > /dev/null
  fi
done
[ -z "${JFR:-}" ] || jcmd "$SERVICE_PID" JFR.start name=floors settings=profile filename="$JFR" > /dev/null
for pair in "${PAIRS[@]}"; do
  : > "$WORK/$pair.rounds"
  for round in $(seq 1 "$ROUNDS"); do
    f=$(floor "$pair"); ticks=$(cpu_ticks "$SERVICE_PID"); s=($(load "$(scenario "$pair")" "$SECONDS_EACH"))
    cpu=$(awk -v t=$(( $(cpu_ticks "$SERVICE_PID") - ticks )) -v hz="$(getconf CLK_TCK)" -v n="$(wrk_stats requests)" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')
    light=(- - -) locked=-
    if [ "$pair" = place ]; then light=($(load place.lua "$SECONDS_EACH" 4)); locked=$(pgb place-floor-locked.sql); fi
    echo "$pair round $round: service ${s[0]}/s p99 ${s[1]} non2xx ${s[2]:-0}, $cpu ms CPU/request; floor $f/s; ratio $(awk -v a="${s[0]}" -v b="$f" 'BEGIN{printf "%.2f", a/b}'); 4 conn ${light[0]}/s p99 ${light[1]}; floor with the event lock $locked/s; load $(loadavg)"
    echo "${s[0]} $f $(awk -v a="${s[0]}" -v b="$f" 'BEGIN{printf "%.3f", a/b}') ${s[1]} ${light[1]}" >> "$WORK/$pair.rounds"
  done
  echo "$pair MEDIAN: service $(cut -d' ' -f1 "$WORK/$pair.rounds" | median)/s; floor $(cut -d' ' -f2 "$WORK/$pair.rounds" | median)/s; ratio $(cut -d' ' -f3 "$WORK/$pair.rounds" | median); p99 $(cut -d' ' -f4 "$WORK/$pair.rounds" | tr '\n' ' ')"
done
[ -z "${JFR:-}" ] || jcmd "$SERVICE_PID" JFR.stop name=floors > /dev/null
