#!/usr/bin/env bash
# A change-feed sync from scratch: a client pages through /api/v1/changes/applications from version 0 to the
# newest available one, 500 rows a page, as fast as the answers come, directly and through the gateway. Run
# bench/statistics-prepare.sh first for 1 M rows.
#
# Needs: a running ./devstack.sh (PG_PORT=N if started with --pg-port N). Starts its own gateway on :8090.
#
# Usage: bench/change-feed.sh [page size, default 500]      TARGETS="direct gateway"
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

LIMIT=${1:-500}
TARGETS=${TARGETS:-direct gateway}

bench_require_devstack
rows=$(bench_psql enrollment -At -c "select count(*) from application")
[[ " $TARGETS " == *" gateway "* ]] && bench_start_gateway $BENCH_GATEWAY_PORT

echo "## Change-feed sync of $rows applications"
echo
bench_machine_line
echo
for target in $TARGETS; do
    base=$(bench_target_url "$target")
    bench_driver changefeed --label "sync $target" --base "$base" --token "$OPERATOR_TOKEN" --limit "$LIMIT" \
        | if [[ $target == "${TARGETS%% *}" ]]; then cat; else tail -1; fi
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
