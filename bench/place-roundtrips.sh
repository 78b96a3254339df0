#!/usr/bin/env bash
# The statements PostgreSQL receives for one POST /orders (3 lines, cash at the door) after two warm-up orders,
# as its log shows them with log_statement = all (turned on for that one order only); lines of one batch share
# their millisecond. Needs bench/run.sh's database (customer bench7) and the cluster's log file.
# Usage: bench/place-roundtrips.sh PGPORT JAR PGLOG   env: PORT (service port, default 18096)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PGPORT=$1 JAR=$2 PGLOG=$3 PORT=${PORT:-18096}
WORK=$(mktemp -d /tmp/placert.XXXX)
start_service "$WORK/service.log" "$JAR" "$PORT" "jdbc:postgresql://localhost:$PGPORT/customerbench"
base=localhost:$PORT/api/v1
token=$(curl -sf -H "Content-Type: application/json" -d '{"login":"bench7","password":"bench password 1"}' \
  "$base/sessions" | sed 's/.*"token":"\([^"]*\)".*/\1/')
body='{"items":[{"menuItemId":3,"quantity":1},{"menuItemId":4,"quantity":2},{"menuItemId":5,"quantity":1}],"deliveryAddress":"Bench street 1","paymentMethod":"CASH_ON_DELIVERY"}'
order() {
  curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
    -H "Idempotency-Key: roundtrips-$(date +%s%N)" -d "$body" "$base/orders"
}
order; order
logging() { psql -h localhost -p "$PGPORT" -U postgres -q -c "$1" -c "select pg_reload_conf()" postgres > /dev/null; }
logging "alter system set log_statement = 'all'"
sleep 1
start=$(wc -l < "$PGLOG")
order
sleep 1
logging "alter system reset log_statement"
tail -n +"$((start + 1))" "$PGLOG" | grep -E 'LOG:  (statement|execute)' | grep -v 'pg_reload_conf\|alter system' | cut -c1-200
