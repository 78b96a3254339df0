#!/usr/bin/env bash
# Sign-in against its floor, alone and quickly: a PostgreSQL 15 with 64 bench customers, the service
# jar, then ROUNDS rounds of the floor (bench/HashRate.java: libargon2 with the service's parameters on
# every core) and POST /sessions (wrk, 2 threads, 32 connections) alternately, SECONDS each, with the
# load average beside every figure, and the CPU time one sign-in costs the service's JVM and PostgreSQL
# against what one verification costs the floor's hashing threads, and likewise the minor page faults
# (a fresh page of a hash's 19 MiB costs one, and its zeroing). After each wrk run it waits until
# the sign-ins still queued for hashing are done, so they do not run into the next floor round.
# Also prints what one sign-in asks of the database (statements and commits, from pg_stat_statements).
# THREADS=1 prints, after each round, the service's CPU per sign-in by thread group (the hashing threads,
# Jetty's, the JIT's compilers...). PROFILE=1 records a JFR profile of the service (printed path).
# WARMUP (seconds, default 30) of sign-ins come first: at a few sign-ins a second the JIT needs that long
# to compile the request path.
# JAR=... measures another build of the service (e.g. the one before a change).
# Usage: bench/signin.sh [seconds] [rounds]        (needs root for apt-get/su, ports 15470 and 18095)
#   env: PG_PORT, PORT (PostgreSQL's and the service's ports instead of 15470 and 18095)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
SECONDS_EACH=${1:-10}
ROUNDS=${2:-3}
PG_PORT=${PG_PORT:-15470}
PORT=${PORT:-18095}
WORK=$(mktemp -d /tmp/signinbench.XXXX)
JAR=${JAR:-"$ROOT/bootstrap/target/customerbackend.jar"}
cleanup() {
  bench_cleanup
  if [ "${PROFILE:-0}" = 1 ]; then rm -rf "$WORK/pg"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
need_tools
need_jar "$JAR"

start_postgres "$PG_PORT" "-c max_connections=100 -c shared_buffers=128MB -c shared_preload_libraries=pg_stat_statements"
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
"${PSQL[@]}" -c "create database signinbench" postgres
"${PSQL[@]}" -c "create extension pg_stat_statements" signinbench

PROFILE_FLAGS=()
[ "${PROFILE:-0}" = 1 ] && PROFILE_FLAGS=("-XX:StartFlightRecording=filename=$WORK/signin.jfr,settings=profile")
start_service "$WORK/service.log" "$JAR" "$PORT" "jdbc:postgresql://localhost:$PG_PORT/signinbench" "${PROFILE_FLAGS[@]}"
SERVICE_PID=$APP_PID

# 64 customers with the hash the service made at sign-up (its own parameters), as bench/seed.sql does.
curl -sf -H "Content-Type: application/json" -d '{"login":"benchseed","email":"seed@example.org","phoneNumber":"+4915299999999","password":"bench password 1"}' "localhost:$PORT/api/v1/customers" >/dev/null
"${PSQL[@]}" signinbench <<'SQL'
insert into delivery_customer_c (customer_uid, login, email, phone_number, password)
select gen_random_uuid()::text, 'bench' || n, 'bench' || n || '@example.org', '+4915200' || lpad(n::text, 6, '0'),
       (select password from delivery_customer_c where login = 'benchseed')
from generate_series(1, 64) n;
SQL
echo "stored hash: $("${PSQL[@]}" -c "select substring(password from 1 for 30) from delivery_customer_c where login = 'bench1'" signinbench)…"
for n in $(seq 1 64); do echo "- - bench$n"; done > "$WORK/sessions.txt"

load() {
  wrk_load "$1" 32 "http://localhost:$PORT" signin.lua
  wrk_stats rps non2xx | awk '{printf "%s non2xx=%d", $1, $2}'
}
load1() { loadavg | cut -d' ' -f1; }
POSTMASTER=$(head -1 "$WORK/pg/postmaster.pid")
# shellcheck disable=SC2046 # one argument per child process
pg_ticks() { cpu_ticks "$POSTMASTER" $(pgrep -P "$POSTMASTER"); }
sessions() { "${PSQL[@]}" -c "select count(*) from delivery_customer_token_c" signinbench; }
# Waits until no more sessions are being stored: the queued sign-ins wrk left behind are done.
drain() { wait_steady sessions; }
HZ=$(getconf CLK_TCK)
minflt() { awk '{print $10}' "/proc/$1/stat"; }
# thread_ticks PID: "group user system" per line, the clock ticks of the process's live threads summed by
# name with the digits taken out (Jetty's request threads, the JIT's compilers, GC, the pool...).
thread_ticks() {
  local task
  for task in /proc/"$1"/task/*; do
    printf '%s %s\n' "$(tr -d '0-9 ' < "$task/comm" 2>/dev/null)" "$(awk '{sub(/.*\) /, ""); print $12, $13}' "$task/stat" 2>/dev/null)"
  done | awk 'NF == 3 {u[$1] += $2; s[$1] += $3} END {for (g in u) print g, u[g], s[g]}'
}

echo "warm-up (${WARMUP:-30} s)"; load "${WARMUP:-30}" >/dev/null; drain
"${PSQL[@]}" -c "select pg_stat_statements_reset()" signinbench >/dev/null
COMMITS_BEFORE=$("${PSQL[@]}" -c "select xact_commit from pg_stat_database where datname = 'signinbench'" postgres)
SESSIONS_BEFORE=$("${PSQL[@]}" -c "select count(*) from delivery_customer_token_c" signinbench)
echo "round | floor (libargon2 alone)/s | load | floor CPU/verification | floor minor faults/verification | POST /sessions/s | load | ratio | service JVM CPU/sign-in | PostgreSQL CPU/sign-in | service minor faults/sign-in"
for round in $(seq 1 "$ROUNDS"); do
  floor=$(java -cp "$JAR" bench/HashRate.java "$SECONDS_EACH" 2> "$WORK/floor.err"); floor_load=$(load1)
  floor_cpu=$(awk '{print $4 " " $5}' "$WORK/floor.err" | tr -d ,)
  floor_faults=$(awk '{print $NF}' "$WORK/floor.err")
  s0=$(sessions); j0=$(cpu_ticks "$SERVICE_PID"); p0=$(pg_ticks); f0=$(minflt "$SERVICE_PID")
  [ "${THREADS:-0}" = 1 ] && thread_ticks "$SERVICE_PID" > "$WORK/threads0"
  signin=$(load "$SECONDS_EACH"); signin_load=$(load1)
  drain
  s1=$(sessions); j1=$(cpu_ticks "$SERVICE_PID"); p1=$(pg_ticks); f1=$(minflt "$SERVICE_PID")
  [ "${THREADS:-0}" = 1 ] && thread_ticks "$SERVICE_PID" > "$WORK/threads1"
  per() { awk -v t="$1" -v n="$((s1 - s0))" -v hz="$HZ" 'BEGIN { if (n > 0) printf "%.1f ms", 1000 * t / hz / n; else print "n/a" }'; }
  echo "$round | $floor | $floor_load | $floor_cpu | $floor_faults | $signin | $signin_load | $(awk -v a="${signin%% *}" -v b="$floor" 'BEGIN { printf "%.0f%%", 100 * a / b }') | $(per $((j1 - j0))) | $(per $((p1 - p0))) | $(awk -v f="$((f1 - f0))" -v n="$((s1 - s0))" 'BEGIN { if (n > 0) printf "%.0f", f / n; else print "n/a" }')"
  if [ "${THREADS:-0}" = 1 ]; then
    # A thread that ended during the round (a pool's idle one) is missing from the second snapshot.
    awk -v n="$((s1 - s0))" -v hz="$HZ" 'NR == FNR {u[$1] = $2; s[$1] = $3; next}
      {du = $2 - u[$1]; ds = $3 - s[$1]; if (n > 0 && du + ds > 0) printf "    %-18s user %5.1f ms  system %5.1f ms per sign-in\n", $1, 1000 * du / hz / n, 1000 * ds / hz / n}' \
      "$WORK/threads0" "$WORK/threads1" | sort -k3 -gr
  fi
done
SESSIONS=$(( $("${PSQL[@]}" -c "select count(*) from delivery_customer_token_c" signinbench) - SESSIONS_BEFORE ))
COMMITS=$(( $("${PSQL[@]}" -c "select xact_commit from pg_stat_database where datname = 'signinbench'" postgres) - COMMITS_BEFORE ))
echo "per sign-in ($SESSIONS sessions): $(awk -v c="$COMMITS" -v s="$SESSIONS" 'BEGIN { printf "%.2f", c / s }') commits (pg_stat_database, also counting read-only transactions); statements:"
"${PSQL[@]}" -F ' | ' -c "select round(calls::numeric / $SESSIONS, 2), left(regexp_replace(query, '\s+', ' ', 'g'), 110)
                   from pg_stat_statements where dbid = (select oid from pg_database where datname = 'signinbench')
                   order by calls desc limit 15" signinbench
if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$SERVICE_PID" JFR.dump filename="$WORK/signin.jfr" >/dev/null
  echo "JFR profile: $WORK/signin.jfr (jfr print --events jdk.ExecutionSample, or jfr summary)"
fi
