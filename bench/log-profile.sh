#!/usr/bin/env bash
# The request log line's and its appender's share of a warm service's CPU on the reads, with async-profiler
# (as bench/place-profile.sh loads it), on an already seeded database (bench/run.sh's data): each route is
# warmed for 20 s, then profiled for SECONDS; prints the share of all samples of the process in each part
# (docs/performance.md, "The request log line (logline, session 13)").
# Usage: bench/log-profile.sh PGPORT JAR SECONDS [route...]   routes: health me orders order (default: health me)
# env: PORT (default 18098), OUT (a directory for the collapsed stacks; default a temporary one, removed)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGPORT=$1 JAR=$2 SECONDS_EACH=$3
shift 3
if [ $# -gt 0 ]; then ROUTES=("$@"); else ROUTES=(health me); fi
PORT=${PORT:-18098}
need_async_profiler
WORK=$(mktemp -d /tmp/logprofile.XXXX)
OUT=${OUT:-$WORK}
mkdir -p "$OUT"
start_seeded_service "$PGPORT" "$JAR" "$PORT"
load() { route_load "$PORT" "$1" "$2"; }
for route in "${ROUTES[@]}"; do load "$route" 20; done
for route in "${ROUTES[@]}"; do
  java -jar "$AP" profiler start -e cpu -i 1ms "$SERVICE_PID" > /dev/null
  load "$route" "$SECONDS_EACH"
  java -jar "$AP" profiler stop -o collapsed -f "$OUT/$route.txt" "$SERVICE_PID" > /dev/null
  echo "$route: $(wrk_stats rps)/s; load $(loadavg)"
  # Inclusive shares: the request thread's part, what of it is the metrics and the wake-up, the writer thread.
  awk '{ n = $NF; t += n
         if (/RequestLog.finish/) { finish += n; if (/Metrics.requestHandled/) metrics += n; if (/signalAllWhenBlocking/) signal += n }
         if (/BatchEventProcessor.run/) writer += n }
       END { printf "  RequestLog.finish %.1f%% (metrics %.1f%%, waking the writer %.1f%%); the appender thread %.1f%%; both %.1f%%\n",
             100 * finish / t, 100 * metrics / t, 100 * signal / t, 100 * writer / t, 100 * (finish + writer) / t }' "$OUT/$route.txt"
done
