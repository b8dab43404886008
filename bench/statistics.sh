#!/usr/bin/env bash
# Statistics reads at fixed rates (open loop, bench/LoadDriver.java), directly against enrollment-service and
# through the gateway, as the operator: first-choice demand, plan versus applications and applications by day,
# for each province, in turn. Run bench/statistics-prepare.sh first (1 M applications); the statistics are read
# from counters, so their cost should not grow with the applications.
#
# Needs: a running ./devstack.sh (PG_PORT=N if started with --pg-port N). Starts its own gateway on :8090.
#
# Usage: bench/statistics.sh [seconds per step, default 20] [rates, default 250,500,1000,1500,2000]
#        WARMUP=30 CONNECTIONS=64 TARGETS="direct gateway" bench/statistics.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${1:-20}
RATES=${2:-250,500,1000,1500,2000}
WARMUP=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-64}
TARGETS=${TARGETS:-direct gateway}
SLO_MS=20

bench_require_devstack
applications=$(bench_psql enrollment -At -c "select count(*) from application")
paths=()
for province in 110000 120000 130000; do
    scope="intakeYear=2025&sourceProvince=$province&batch=UNDERGRADUATE"
    paths+=("/api/v1/statistics/first-choice-demand?$scope&limit=50"
        "/api/v1/statistics/plan-vs-applications?$scope&limit=50"
        "/api/v1/statistics/applications-by-day?$scope&limit=50")
done
for path in "${paths[@]}"; do # fail now on a path that does not answer, not with a table of errors
    curl -sf -o /dev/null -H "Authorization: Bearer $OPERATOR_TOKEN" "http://127.0.0.1:8083$path" \
        || fail "GET $path does not answer 200"
done
[[ " $TARGETS " == *" gateway "* ]] && bench_start_gateway $BENCH_GATEWAY_PORT

echo "## Statistics reads, open loop, $DURATION s per step, $applications applications in the database"
echo
bench_machine_line
echo
for target in $TARGETS; do
    base=$(bench_target_url "$target")
    bench_driver rates --label "statistics $target" --base "$base" --get "$(IFS=,; echo "${paths[*]}")" \
        --token "$OPERATOR_TOKEN" --rates "$RATES" --duration "$DURATION" --warmup "$WARMUP" \
        --warmup-rate "$(cut -d, -f2 <<<"$RATES,")" --connections "$CONNECTIONS" --slo-ms $SLO_MS
    echo
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
