#!/usr/bin/env bash
# Loads applications into the running devstack's enrollment database for bench/statistics.sh and
# bench/change-feed.sh (bench/statistics-prepare.sql: clones of the demo applicants with their lists, statistics
# counters kept consistent). Adds rows until the given number of loaded applications exists; a second run with
# the same number does nothing.
#
# Usage: bench/statistics-prepare.sh [applications, default 1000000]
#        CHECK=1 bench/statistics-prepare.sh   also recounts every application and fails if a counter disagrees
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

TOTAL=${1:-1000000}
bench_require_devstack
began=$(date +%s)
bench_psql enrollment -v total="$TOTAL" -f bench/statistics-prepare.sql
bench_psql enrollment -At -F ' ' -c "select 'applications in the database:', count(*),
    '; counted by the statistics:', (select sum(listing) filter (where status = 'SUBMITTED') from application_tally)
    from application" | sed 's/^/  /'
echo "loaded in $(($(date +%s) - began)) s"
if [[ ${CHECK:-0} == 1 ]]; then
    wrong=$(bench_psql enrollment -At -f bench/tally-check.sql)
    ((wrong == 0)) || fail "$wrong statistics counters disagree with a recount of the applications"
    echo "every statistics counter agrees with a recount of the applications"
fi
