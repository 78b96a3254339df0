#!/usr/bin/env bash
# The service against its Spring Boot peer (bench/peer), side by side in one run (issue 21).
# Seeds the data set of bench/run.sh into a PostgreSQL 15 that the service migrates, then, ROUNDS times,
# starts the service and the peer one after the other (never both at once; which goes first alternates
# by round), each with the same JVM flags, pool size and data, warms every scenario up, loads it with
# wrk and the lua scripts of bench/lua, and samples the process's VmRSS. Reports medians over rounds.
# Needs root (apt-get, su postgres); takes two free ports (other engineers' benches run on this machine).
# Usage: bench/peer/run.sh [seconds-per-scenario] [warm-up-seconds] [rounds]
#        bench/peer/run.sh --check   (only proves that the peer answers like the service, then exits)
#        PROFILE=me.lua bench/peer/run.sh ...   (afterwards, JFR and NMT of each side under that scenario;
#                                                with rounds 0, only that)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
. bench/lib.sh
CHECK_ONLY=false
[ "${1:-}" = "--check" ] && { CHECK_ONLY=true; shift; }
SECONDS_EACH=${1:-10}
WARMUP=${2:-15}
ROUNDS=${3:-3}
CONNECTIONS=32
POOL=10
PG_PORT=${PG_PORT:-$(free_port)}
PORT=${PORT:-$(free_port)}
WORK=$(mktemp -d /tmp/peerbench.XXXX)
[ -z "${PROFILE:-}" ] || KEEP_WORK=1   # the recordings are read afterwards
SERVICE_JAR="$ROOT/bootstrap/target/customerbackend.jar"
PEER_JAR="$ROOT/bench/peer/target/spring-peer.jar"
OUT="$ROOT/docs/performance.md"
SCENARIOS=(categories me.lua orders.lua order.lua place.lua)
HEALTH_POLL=0.02   # start-up is a figure here

need_tools
need_jar "$SERVICE_JAR"
need_jar "$PEER_JAR" -f bench/peer/pom.xml

echo "== PostgreSQL 15 in $WORK/pg"
start_postgres "$PG_PORT"
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -c "create database customerbench" postgres
DB_URL="jdbc:postgresql://localhost:$PG_PORT/customerbench"

# start service|peer [extra JVM flags]: sets APP_PID and STARTUP_MS (process start to the first 200
# of its health route). Both get the same flags, pool, database and port.
start() {
  local app=$1; shift
  local jar=$SERVICE_JAR
  HEALTH_PATH=/health
  [ "$app" = peer ] && { jar=$PEER_JAR; HEALTH_PATH=/actuator/health; }
  # Temporary files (the peer's Tomcat makes a directory at each start) go into WORK, which is deleted on exit.
  start_service "$WORK/$app.log" "$jar" "$PORT" "$DB_URL" -Djava.io.tmpdir="$WORK" "$@"
}

echo "== service (migrations), menu, customers, orders"
start service
seed_menu "$PORT" categories
"${PSQL[@]}" -f bench/seed.sql customerbench

echo "== signing in 64 customers (through the service: the peer reads the same session table)"
sign_in_bench_customers "$PORT" > "$WORK/sessions.txt"
stop_app

# --check: the same requests to both sides; the JSON bodies must be equal (the same data), and the peer
# must replay an order the service placed under the same Idempotency-Key (the key lives in the database).
check() {
  read -r TOKEN UID_ONE _ < <(head -1 "$WORK/sessions.txt")
  read -r OTHER_TOKEN OTHER_UID _ < <(sed -n 2p "$WORK/sessions.txt")
  local auth=(-H "Authorization: Bearer $TOKEN")
  # The list is read as the second customer, whose orders the placements below do not change.
  local body='{"items":[{"menuItemId":3,"quantity":2},{"menuItemId":5,"quantity":1}],"deliveryAddress":"Check street 1","paymentMethod":"CASH_ON_DELIVERY"}'
  local other='{"items":[{"menuItemId":4,"quantity":1}],"deliveryAddress":"Check street 2","paymentMethod":"CASH_ON_DELIVERY"}'
  fetch() { # app name, then curl arguments; writes $WORK/check/<app>.<name>.{json,status}
    local app=$1 name=$2; shift 2
    curl -s -o "$WORK/check/$app.$name.json" -w '%{http_code}\n' "$@" > "$WORK/check/$app.$name.status"
  }
  mkdir -p "$WORK/check"
  for app in service peer; do
    start "$app"
    fetch $app categories "localhost:$PORT/api/v1/categories"
    fetch $app me "${auth[@]}" "localhost:$PORT/api/v1/customers/me"
    fetch $app orders -H "Authorization: Bearer $OTHER_TOKEN" "localhost:$PORT/api/v1/orders?limit=20"
    fetch $app order "${auth[@]}" "localhost:$PORT/api/v1/orders/$UID_ONE"
    fetch $app others-order "${auth[@]}" "localhost:$PORT/api/v1/orders/$OTHER_UID"
    fetch $app no-token "localhost:$PORT/api/v1/customers/me"
    fetch $app bad-token -H "Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" "localhost:$PORT/api/v1/customers/me"
    # The service places under "check-shared"; the peer must replay it, not place a second order.
    fetch $app place-shared "${auth[@]}" -H "Content-Type: application/json" -H "Idempotency-Key: check-shared" -d "$body" "localhost:$PORT/api/v1/orders"
    fetch $app place-reused "${auth[@]}" -H "Content-Type: application/json" -H "Idempotency-Key: check-shared" -d "$other" "localhost:$PORT/api/v1/orders"
    fetch $app place-own "${auth[@]}" -H "Content-Type: application/json" -H "Idempotency-Key: check-$app" -d "$body" "localhost:$PORT/api/v1/orders"
    fetch $app place-unknown-item "${auth[@]}" -H "Content-Type: application/json" -H "Idempotency-Key: check-unknown-$app" \
      -d '{"items":[{"menuItemId":999,"quantity":1}],"deliveryAddress":"x","paymentMethod":"CASH_ON_DELIVERY"}' "localhost:$PORT/api/v1/orders"
    stop_app
  done
  local placed_under_key orders_of_key events_of_peer
  placed_under_key=$("${PSQL[@]}" -tA -c "select count(*) from delivery_idempotency_key_c where idempotency_key = 'check-shared'" customerbench)
  orders_of_key=$("${PSQL[@]}" -tA -c "select count(*) from delivery_order_c where delivery_address = 'Check street 1'" customerbench)
  events_of_peer=$("${PSQL[@]}" -tA -c "select count(*) from delivery_event_c e join delivery_idempotency_key_c k on e.subject = k.order_uid::text where k.idempotency_key = 'check-peer'" customerbench)
  python3 - "$WORK/check" "$placed_under_key" "$orders_of_key" "$events_of_peer" <<'PY'
import json, sys, pathlib
d = pathlib.Path(sys.argv[1])
def load(app, name):
    status = int((d / f"{app}.{name}.status").read_text())
    text = (d / f"{app}.{name}.json").read_text()
    try:
        return status, json.loads(text) if text else None
    except ValueError:
        return status, text
def shape(v):
    if isinstance(v, dict): return {k: shape(x) for k, x in v.items()}
    if isinstance(v, list): return [shape(v[0])] if v else []
    return type(v).__name__ if v is not None else None
failures = []
def expect(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond: failures.append(what)
for name in ["categories", "me", "orders", "order"]:
    s, p = load("service", name), load("peer", name)
    expect(s[0] == 200 and p[0] == 200, f"{name}: both 200 (service {s[0]}, peer {p[0]})")
    expect(s[1] == p[1], f"{name}: identical JSON")
for name, code in [("others-order", 404), ("no-token", 401), ("bad-token", 401), ("place-reused", 422),
                   ("place-unknown-item", 400)]:
    s, p = load("service", name), load("peer", name)
    expect(s[0] == code and p[0] == code, f"{name}: both {code} (service {s[0]}, peer {p[0]})")
s, p = load("service", "place-shared"), load("peer", "place-shared")
expect(s[0] == 201 and p[0] == 201, f"place-shared: both 201 (service {s[0]}, peer {p[0]})")
expect(s[1] == p[1], "place-shared: the peer replays the service's order under the same key, identical JSON")
s, p = load("service", "place-own"), load("peer", "place-own")
expect(s[0] == 201 and p[0] == 201, f"place-own: both 201 (service {s[0]}, peer {p[0]})")
def without_own(o):  # what differs between two placements of the same body: ids, times, references
    o = dict(o)
    for k in ["uid", "registeredAt", "estimatedReadyAt", "estimatedDeliveryAt", "reportUrl"]: o.pop(k, None)
    pay = dict(o.pop("payment"))
    for k in ["reference", "createdAt", "updatedAt"]: pay.pop(k)
    return o, pay
expect(without_own(s[1]) == without_own(p[1]), "place-own: same order (lines, prices, total, payment) but for ids and times")
expect(shape(s[1]) == shape(p[1]), "place-own: same JSON shape")
expect(sys.argv[2] == "1" and sys.argv[3] == "3", f"one key row ({sys.argv[2]}) and one order per key: 3 placements of that body ({sys.argv[3]})")
expect(sys.argv[4] == "1", f"the peer's order has its order.placed event in the outbox ({sys.argv[4]})")
sys.exit(1 if failures else 0)
PY
}
if $CHECK_ONLY; then check; exit $?; fi
echo "== check: the peer answers like the service"
check > "$WORK/check.txt" || true
cat "$WORK/check.txt"

# wrk prints requests/sec and, with --latency, the percentiles; keep "rps p99 non2xx".
load() {
  if [ "$1" = categories ]; then wrk_load "$2" "$CONNECTIONS" "http://localhost:$PORT/api/v1/categories"
  else wrk_load "$2" "$CONNECTIONS" "http://localhost:$PORT" "$1"; fi
  wrk_stats rps p99 non2xx
}

echo "== $ROUNDS rounds; load averages before: $(loadavg)"
: > "$WORK/results.txt"   # lines: round app metric value...
for round in $(seq 1 "$ROUNDS"); do   # none with ROUNDS=0: only the check and PROFILE
  order=(service peer); [ $((round % 2)) -eq 0 ] && order=(peer service)
  for app in "${order[@]}"; do
    start "$app"
    echo "$round $app startup $STARTUP_MS" >> "$WORK/results.txt"
    sample_peak_rss "$APP_PID" "$WORK/rss.$app.$round" &
    SAMPLER=$!
    for scenario in "${SCENARIOS[@]}"; do load "$scenario" "$WARMUP" > /dev/null; done
    for scenario in "${SCENARIOS[@]}"; do
      echo "$round $app $scenario $(load "$scenario" "$SECONDS_EACH")" >> "$WORK/results.txt"
    done
    kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
    echo "$round $app rss $(( $(cat "$WORK/rss.$app.$round") / 1024 ))" >> "$WORK/results.txt"
    stop_app
    echo "   round $round $app done; load averages $(loadavg)"
    echo "$round $app loadavg $(loadavg)" >> "$WORK/results.txt"
  done
done
LOAD_AFTER=$(loadavg)

# Optional: where each side spends its CPU under one scenario (JFR's execution samples), and its
# native memory by category (NMT), both taken after a warm-up, each side alone.
if [ -n "${PROFILE:-}" ]; then
  for app in service peer; do
    start "$app" -XX:NativeMemoryTracking=summary
    load "$PROFILE" "$WARMUP" > /dev/null
    jcmd "$APP_PID" JFR.start name=measured settings=profile > /dev/null
    echo "   $app under $PROFILE: $(load "$PROFILE" "$SECONDS_EACH") (rps p99 non-2xx, while recording)"
    jcmd "$APP_PID" JFR.dump name=measured filename="$WORK/$app.jfr" > /dev/null
    jcmd "$APP_PID" VM.native_memory summary > "$WORK/$app.nmt.txt"
    echo "   $app VmRSS after the load: $(awk '/^VmRSS/ {print $2 / 1024 " MB"}' /proc/$APP_PID/status)"
    stop_app
    echo "== $app under $PROFILE"
    jfr print --events jdk.ExecutionSample "$WORK/$app.jfr" | python3 bench/peer/jfr-summary.py
    echo "-- native memory (committed) by category:"
    grep -E '^-? *(Total|Java Heap|Class|Thread|Code|GC|Compiler|Internal|Other|Symbol|Native Memory Tracking|Arena Chunk|Metaspace|Shared class space)' "$WORK/$app.nmt.txt" \
      | sed -E 's/^-? *//; s/\(reserved=[0-9]+KB, committed=([0-9]+)KB.*/ \1 KB/' | head -20
  done
  echo "   recordings: $WORK/service.jfr $WORK/peer.jfr"
fi
[ "$ROUNDS" -gt 0 ] || exit 0

python3 - "$WORK/results.txt" "$SECONDS_EACH" "$WARMUP" "$ROUNDS" "$JVM_FLAGS" "$LOAD_AFTER" "$WORK/check.txt" > "$WORK/peer-results.md" <<'PY'
import sys, statistics, datetime, os
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
seconds, warmup, rounds, flags, load_after = sys.argv[2:7]
def median(app, metric):
    return statistics.median(float(r[3]) for r in rows if r[1] == app and r[2] == metric)
def ms(text):
    return float(text[:-2]) if text.endswith("ms") else float(text[:-2]) * 1e-3 if text.endswith("us") else float(text[:-1]) * 1000
def p99(app, metric):
    return statistics.median(ms(r[4]) for r in rows if r[1] == app and r[2] == metric)
def errors(app, metric):
    return sum(int(r[5]) for r in rows if r[1] == app and r[2] == metric)
names = {"categories": ("`GET /categories`", 1.5), "me.lua": ("`GET /customers/me`", 1.5),
         "orders.lua": ("`GET /orders?limit=20`", 1.5), "order.lua": ("`GET /orders/{uid}`", 1.5),
         "place.lua": ("`POST /orders` (3 lines, fresh keys)", 1.2)}
print(f"Measured by `bench/peer/run.sh {seconds} {warmup} {rounds}` on {datetime.date.today()} on this project's "
      f"{os.cpu_count()}-core machine, shared with other engineers' builds (load averages below). Each round starts "
      f"the service and the peer one after the other (never both at once; which goes first alternates), warms every "
      f"scenario up for {warmup} s and measures it for {seconds} s with wrk (2 threads, 32 connections, the lua "
      f"scripts of `bench/lua`). Figures are medians over {rounds} rounds. Both JVMs: `{flags}`, HikariCP pool of 10, "
      f"the same PostgreSQL 15 and data (`bench/seed.sql`: 200,000 orders of 3 lines; 64 signed-in customers).")
print()
# The ratio of the two sides within each round (measured minutes apart), then its median: steadier on a
# shared machine than the ratio of the two medians, which may come from different rounds.
def round_ratio(metric):
    by = {(r[0], r[1]): float(r[3]) for r in rows if r[2] == metric}
    return statistics.median(by[(n, "service")] / by[(n, "peer")] for n, app in by if app == "service")
print("| route | this service /s | peer /s | ratio of medians | median of each round's ratio | target | met | p99 service | p99 peer | non-2xx (service/peer) |")
print("|---|---|---|---|---|---|---|---|---|---|")
for key, (label, target) in names.items():
    s, p = median("service", key), median("peer", key)
    ratio, per_round = s / p if p else float("nan"), round_ratio(key)
    print(f"| {label} | {s:.0f} | {p:.0f} | {ratio:.2f}× | {per_round:.2f}× | ≥ {target}× | "
          f"{'yes' if min(ratio, per_round) >= target else 'no'} | "
          f"{p99('service', key):.1f} ms | {p99('peer', key):.1f} ms | {errors('service', key)}/{errors('peer', key)} |")
for key, label, target in [("startup", "start-up to first 200 on health (ms)", 0.5),
                           ("rss", "peak RSS during the load (MB)", 0.6)]:
    s, p = median("service", key), median("peer", key)
    ratio, per_round = s / p, round_ratio(key)
    print(f"| {label} | {s:.0f} | {p:.0f} | {ratio:.2f}× | {per_round:.2f}× | ≤ {target}× | "
          f"{'yes' if max(ratio, per_round) <= target else 'no'} | | | |")
print()
print("Every round's figures (requests/s; start-up ms; RSS MB), to show the spread:")
print()
print("| round | side | " + " | ".join(k for k in names) + " | start-up | RSS | load averages after |")
print("|---|---|" + "---|" * (len(names) + 3))
for rnd in sorted({r[0] for r in rows}, key=int):
    for app in ["service", "peer"]:
        get = {r[2]: r[3:] for r in rows if r[0] == rnd and r[1] == app}
        print(f"| {rnd} | {app} | " + " | ".join(f"{float(get[k][0]):.0f}" for k in names)
              + f" | {get['startup'][0]} | {get['rss'][0]} | {' '.join(get['loadavg'])} |")
print()
print(f"Load averages (1, 5, 15 min) at the end: {load_after}.")
print()
check = open(sys.argv[7]).read().splitlines()
print(f"`--check` before the rounds: {sum(l.startswith('ok') for l in check)} of {len(check)} checks passed"
      + "".join(f"; {l}" for l in check if not l.startswith('ok')) + ".")
PY
echo "== results"
cat "$WORK/peer-results.md"
# The figures replace what lies between the peer's markers in docs/performance.md; the rest is by hand.
if grep -q '^<!-- peer:start -->$' "$OUT" 2>/dev/null; then
  awk -v results="$WORK/peer-results.md" '
    /^<!-- peer:start -->$/ { print; while ((getline line < results) > 0) print line; skip = 1; next }
    /^<!-- peer:end -->$/ { skip = 0 }
    !skip { print }' "$OUT" > "$WORK/performance.md" && cp "$WORK/performance.md" "$OUT"
  echo "== wrote the peer section of $OUT"
fi
if [ "${KEEP_WORK:-0}" = 1 ]; then echo "   raw: $WORK/results.txt"; fi
