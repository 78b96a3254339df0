#!/usr/bin/env bash
# Sign-in against its floor, alone: a PostgreSQL 15 with 64 bench customers, one service per jar, then
# ROUNDS rounds in which the floor (bench/HashRate.java: libargon2 with the service's parameters on every
# core) and POST /sessions (wrk, 2 threads, 32 connections) alternate, SECONDS each: in every round the floor,
# then the first jar, the floor again, the next jar..., so each sign-in figure has a floor measured just
# before it. Per pair it prints the ratio, the load average, the CPU time one sign-in costs the service's JVM
# and PostgreSQL against what one verification costs the floor's hashing threads, and the minor page faults;
# at the end the median of each jar's rounds. After each wrk run it waits until the sign-ins still queued for
# hashing are done, so they do not run into the next floor round. Answers that are not 2xx are printed by
# status with a sample problem body (bench/lua/signin.lua), and the service's log lines at WARN or above.
# Also prints what one sign-in asks of the database (statements and commits, from pg_stat_statements).
# JARS="a.jar b.jar" measures several builds in one run (e.g. main's and a branch's); JAR=... one other build;
# by default bootstrap/target/customerbackend.jar.
# Warm-up: each service is loaded with sign-ins in 15 s steps until its CPU per sign-in has stopped falling
# (bench/lib.sh's warm_until_steady: at least 30 s and WARMUP_SIGNINS sign-ins, default 3,000; at most
# WARMUP_MAX seconds, default 240). A fresh JVM's compilers took about 2 ms per sign-in after a fixed 30 s
# (session 10), in bench/run.sh, where the service had served every other scenario first, far less.
# WARMUP=seconds replaces that with a fixed warm-up.
# THREADS=1 prints, after each round, the service's CPU per sign-in by thread group (the hashing threads,
# Jetty's, the JIT's compilers...). PROFILE=1 records a JFR profile of each service (printed path).
# Usage: bench/signin.sh [seconds] [rounds]        (needs root for apt-get/su, ports 15470 and 18095 and up)
#   env: PG_PORT, PORT (PostgreSQL's port and the first service's instead of 15470 and 18095; the next jar
#   gets PORT+1...)
# Quiet rerun of docs/performance.md's "Sign-in, session 11": JARS="main.jar branch.jar" bench/signin.sh 10 5
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
SECONDS_EACH=${1:-10}
ROUNDS=${2:-3}
PG_PORT=${PG_PORT:-15470}
PORT=${PORT:-18095}
WORK=$(mktemp -d /tmp/signinbench.XXXX)
read -r -a JARS <<< "${JARS:-${JAR:-$ROOT/bootstrap/target/customerbackend.jar}}"
# PROFILE=1 keeps the scratch directory, for its JFR recordings.
[ "${PROFILE:-0}" != 1 ] || KEEP_WORK=1
need_tools
for jar in "${JARS[@]}"; do need_jar "$jar"; done

start_postgres "$PG_PORT" "-c max_connections=100 -c shared_buffers=128MB -c shared_preload_libraries=pg_stat_statements"
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
for n in $(seq 1 64); do echo "- - bench$n"; done > "$WORK/sessions.txt"

# One service per jar, each on a database of its own (signinbench0, 1...) with 64 customers holding the hash
# the service made at sign-up (its own parameters), as bench/seed.sql does.
PIDS=()
for i in "${!JARS[@]}"; do
  db=signinbench$i
  "${PSQL[@]}" -c "create database $db" postgres
  "${PSQL[@]}" -c "create extension pg_stat_statements" "$db"
  PROFILE_FLAGS=()
  [ "${PROFILE:-0}" = 1 ] && PROFILE_FLAGS=("-XX:StartFlightRecording=filename=$WORK/signin$i.jfr,settings=profile")
  start_service "$WORK/service$i.log" "${JARS[$i]}" $((PORT + i)) "jdbc:postgresql://localhost:$PG_PORT/$db" "${PROFILE_FLAGS[@]}"
  PIDS+=("$APP_PID")
  curl -sf -H "Content-Type: application/json" -d '{"login":"benchseed","email":"seed@example.org","phoneNumber":"+4915299999999","password":"bench password 1"}' "localhost:$((PORT + i))/api/v1/customers" >/dev/null
  "${PSQL[@]}" "$db" <<'SQL'
insert into delivery_customer_c (customer_uid, login, email, phone_number, password)
select gen_random_uuid()::text, 'bench' || n, 'bench' || n || '@example.org', '+4915200' || lpad(n::text, 6, '0'),
       (select password from delivery_customer_c where login = 'benchseed')
from generate_series(1, 64) n;
SQL
  echo "jar $i: ${JARS[$i]} (pid $APP_PID, port $((PORT + i))), stored hash: $("${PSQL[@]}" -c "select substring(password from 1 for 30) from delivery_customer_c where login = 'bench1'" "$db")…"
done

# Answers that were not 2xx, by status with a sample body (signin.lua writes them into wrk's output).
refused() { grep '^Refused' "$WORK/wrk.out" | sed 's/^/    /' || true; }
# The service's new log lines at WARN or above since the last call (a 503's cause is logged, for one).
LOG_SEEN=()
warnings() {
  local i=$1 lines
  lines=$(wc -l < "$WORK/service$i.log")
  sed -n "$(( ${LOG_SEEN[$i]:-0} + 1 )),${lines}p" "$WORK/service$i.log" | grep -E '\b(WARN|ERROR)\b' \
    | sed -E "s/^[0-9:. TZ-]+//" | cut -c1-200 | sort | uniq -c | sort -rn | head -5 | sed 's/^/    log: /' || true
  LOG_SEEN[i]=$lines
}
load1() { loadavg | cut -d' ' -f1; }
POSTMASTER=$(head -1 "$WORK/pg/postmaster.pid")
# shellcheck disable=SC2046 # one argument per child process
pg_ticks() { cpu_ticks "$POSTMASTER" $(pgrep -P "$POSTMASTER"); }
sessions() { "${PSQL[@]}" -c "select count(*) from delivery_customer_token_c" "signinbench$1"; }
# Waits until no more sessions are being stored: the queued sign-ins wrk left behind are done.
drain() { wait_steady sessions "$1"; }
HZ=$(getconf CLK_TCK)
minflt() { awk '{print $10}' "/proc/$1/stat"; }
# thread_ticks PID: "group user system" per line, the clock ticks of the process's live threads summed by
# name with the digits taken out (Jetty's request threads, the JIT's compilers, GC, the pool...).
thread_ticks() {
  local task
  for task in /proc/"$1"/task/*; do
    printf '%s %s\n' "$(tr -d '0-9 ' 2>/dev/null < "$task/comm")" "$(awk '{sub(/.*\) /, ""); print $12, $13}' "$task/stat" 2>/dev/null)"
  done | awk 'NF == 3 {u[$1] += $2; s[$1] += $3} END {for (g in u) print g, u[g], s[g]}'
}

for i in "${!JARS[@]}"; do
  if [ -n "${WARMUP:-}" ]; then
    wrk_load "$WARMUP" 32 "http://localhost:$((PORT + i))" signin.lua
    echo "jar $i warm-up: ${WARMUP} s, $(wrk_stats requests) sign-ins"
  else
    read -r spent total cpu < <(WARMUP_REQUESTS=${WARMUP_SIGNINS:-3000} warm_until_steady "${PIDS[$i]}" 30 "${WARMUP_MAX:-240}" 15 32 \
      "http://localhost:$((PORT + i))" signin.lua 2> "$WORK/warmup.err")
    sed 's/^/    /' "$WORK/warmup.err"
    echo "jar $i warm-up: $spent s, $total sign-ins, last step $cpu ms of service CPU per sign-in"
  fi
  refused
  drain "$i"
  warnings "$i" > /dev/null
  "${PSQL[@]}" -c "select pg_stat_statements_reset()" "signinbench$i" >/dev/null
done
declare -A COMMITS_BEFORE SESSIONS_BEFORE
for i in "${!JARS[@]}"; do
  COMMITS_BEFORE[$i]=$("${PSQL[@]}" -c "select xact_commit from pg_stat_database where datname = 'signinbench$i'" postgres)
  SESSIONS_BEFORE[$i]=$(sessions "$i")
done

echo "round | jar | floor (libargon2 alone)/s | load | floor CPU/verification | floor minor faults/verification | POST /sessions/s | load | ratio | service JVM CPU/sign-in | PostgreSQL CPU/sign-in | service minor faults/sign-in"
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!JARS[@]}"; do
    pid=${PIDS[$i]}
    floor=$(java -cp "${JARS[$i]}" bench/HashRate.java "$SECONDS_EACH" 2> "$WORK/floor.err"); floor_load=$(load1)
    floor_cpu=$(awk '{print $4 " " $5}' "$WORK/floor.err" | tr -d ,)
    floor_faults=$(awk '{print $NF}' "$WORK/floor.err")
    s0=$(sessions "$i"); j0=$(cpu_ticks "$pid"); p0=$(pg_ticks); f0=$(minflt "$pid")
    [ "${THREADS:-0}" = 1 ] && thread_ticks "$pid" > "$WORK/threads0"
    wrk_load "$SECONDS_EACH" 32 "http://localhost:$((PORT + i))" signin.lua
    signin=$(wrk_stats rps non2xx | awk '{printf "%s non2xx=%d", $1, $2}'); signin_load=$(load1)
    drain "$i"
    s1=$(sessions "$i"); j1=$(cpu_ticks "$pid"); p1=$(pg_ticks); f1=$(minflt "$pid")
    [ "${THREADS:-0}" = 1 ] && thread_ticks "$pid" > "$WORK/threads1"
    per() { awk -v t="$1" -v n="$((s1 - s0))" -v hz="$HZ" 'BEGIN { if (n > 0) printf "%.1f ms", 1000 * t / hz / n; else print "n/a" }'; }
    ratio=$(awk -v a="${signin%% *}" -v b="$floor" 'BEGIN { printf "%.0f%%", 100 * a / b }')
    echo "$round | $i | $floor | $floor_load | $floor_cpu | $floor_faults | $signin | $signin_load | $ratio | $(per $((j1 - j0))) | $(per $((p1 - p0))) | $(awk -v f="$((f1 - f0))" -v n="$((s1 - s0))" 'BEGIN { if (n > 0) printf "%.0f", f / n; else print "n/a" }')"
    echo "$i ${ratio%\%} $(per $((j1 - j0)) | cut -d' ' -f1) $(per $((p1 - p0)) | cut -d' ' -f1) ${floor_cpu%% *}" >> "$WORK/medians"
    refused
    warnings "$i"
    if [ "${THREADS:-0}" = 1 ]; then
      # A thread that ended during the round (a pool's idle one) is missing from the second snapshot.
      awk -v n="$((s1 - s0))" -v hz="$HZ" 'NR == FNR {u[$1] = $2; s[$1] = $3; next}
        {du = $2 - u[$1]; ds = $3 - s[$1]; if (n > 0 && du + ds >= 0.1 * n * hz / 1000) printf "    %-18s user %5.1f ms  system %5.1f ms per sign-in\n", $1, 1000 * du / hz / n, 1000 * ds / hz / n}' \
        "$WORK/threads0" "$WORK/threads1" | sort -k3 -gr
    fi
  done
done
echo "medians of $ROUNDS rounds | jar | ratio | service JVM CPU/sign-in | PostgreSQL CPU/sign-in | floor CPU/verification"
for i in "${!JARS[@]}"; do
  col() { awk -v i="$i" -v c="$1" '$1 == i && $c != "n/a" {print $c}' "$WORK/medians" | median; }
  echo "median | $i | $(col 2)% | $(col 3) ms | $(col 4) ms | $(col 5) ms"
done
for i in "${!JARS[@]}"; do
  SESSIONS=$(( $(sessions "$i") - SESSIONS_BEFORE[$i] ))
  COMMITS=$(( $("${PSQL[@]}" -c "select xact_commit from pg_stat_database where datname = 'signinbench$i'" postgres) - COMMITS_BEFORE[$i] ))
  echo "jar $i, per sign-in ($SESSIONS sessions): $(awk -v c="$COMMITS" -v s="$SESSIONS" 'BEGIN { printf "%.2f", c / s }') commits (pg_stat_database, also counting read-only transactions); statements:"
  "${PSQL[@]}" -F ' | ' -c "select round(calls::numeric / $SESSIONS, 2), left(regexp_replace(query, '\s+', ' ', 'g'), 110)
                     from pg_stat_statements where dbid = (select oid from pg_database where datname = 'signinbench$i')
                     order by calls desc limit 15" "signinbench$i"
  if [ "${PROFILE:-0}" = 1 ]; then
    jcmd "${PIDS[$i]}" JFR.dump filename="$WORK/signin$i.jfr" >/dev/null
    echo "JFR profile: $WORK/signin$i.jfr (jfr print --events jdk.ExecutionSample, or jfr summary)"
  fi
done
