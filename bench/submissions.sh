#!/usr/bin/env bash
# Application submissions at fixed rates (open loop, bench/LoadDriver.java): directly against enrollment-service,
# through the gateway, and through nginx proxying the same upstream, then pgbench running the transaction a
# submission makes in the database (bench/submission-pgbench.sh) as the database's ceiling. One command, one
# markdown report on stdout.
#
# Each request is a real applicant (a clone of a demo applicant, bench/submit-prepare.sql) submitting a real demo
# list with a fresh Idempotency-Key; each applicant submits once per step, and bench/submit-reset.sql takes the
# submissions back (counters included) before the next step, so every step inserts, none is refused as a duplicate.
#
# Needs: a running ./devstack.sh (PG_PORT=N if started with --pg-port N), nginx, psql and pgbench.
# Starts its own gateway on :8090 (rate limits raised) and nginx on :8091, and stops them on exit.
#
# Usage: bench/submissions.sh [seconds per step, default 20] [rates, default 100,250,500,1000,1500]
#        WARMUP=30 WARMUP_RATE=300 CONNECTIONS=64 TARGETS="direct gateway nginx pgbench" bench/submissions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${1:-20}
RATES=${2:-100,250,500,1000,1500}
WARMUP=${WARMUP:-30}
WARMUP_RATE=${WARMUP_RATE:-300}
CONNECTIONS=${CONNECTIONS:-64}
TARGETS=${TARGETS:-direct gateway nginx pgbench}
SLO_MS=50

bench_require_devstack
max_rate=$(tr ',' '\n' <<<"$RATES" | sort -n | tail -1)
needed=$((max_rate * DURATION > WARMUP_RATE * WARMUP ? max_rate * DURATION : WARMUP_RATE * WARMUP))
echo "preparing $needed applicants ..." >&2
bench_psql enrollment -v needed="$needed" -f bench/submit-prepare.sql
bench_psql enrollment -f bench/submit-reset.sql
bench_psql enrollment -At -c "select candidate_id || E'\t' || body from bench_submitter where n <= $needed order by n" \
    >"$BENCH_WORK/submissions.tsv"
RESET="PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PG_PORT -U postgres -d enrollment -f bench/submit-reset.sql"

[[ " $TARGETS " == *" gateway "* ]] && bench_start_gateway $BENCH_GATEWAY_PORT
[[ " $TARGETS " == *" nginx "* ]] && bench_start_nginx $BENCH_NGINX_PORT 8083

echo "## Submissions, open loop, $DURATION s per step"
echo
bench_machine_line
echo
run_target() { # name base-url
    bench_driver rates --label "$1" --base "$2" --submissions "$BENCH_WORK/submissions.tsv" \
        --key .devstack/jwt/private-key.pem --token-cache "$BENCH_WORK/tokens" --rates "$RATES" --duration "$DURATION" --warmup "$WARMUP" \
        --warmup-rate "$WARMUP_RATE" --connections "$CONNECTIONS" --slo-ms $SLO_MS \
        --between-steps "$RESET" --json "$BENCH_WORK/results.json"
    echo
}
for target in $TARGETS; do
    case $target in
        direct | gateway) run_target "$target" "$(bench_target_url "$target")" ;;
        nginx) run_target "nginx" http://127.0.0.1:$BENCH_NGINX_PORT ;;
        pgbench) bench/submission-pgbench.sh "$DURATION" ;;
        *) fail "unknown target $target" ;;
    esac
done

if [[ " $TARGETS " == *" direct "* && " $TARGETS " == *" gateway "* ]]; then
    echo "gateway ÷ direct, achieved ok/s per step:"
    jq -rs 'map(select(.rate)) | group_by(.rate)[]
        | (map(select(.scenario == "direct"))[0].throughput) as $d
        | (map(select(.scenario == "gateway"))[0].throughput) as $g
        | "  \(.[0].rate) req/s: \(if $d and $g then ($g / $d * 100 | round / 100) else "-" end)"' \
        "$BENCH_WORK/results.json"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
