#!/usr/bin/env bash
# Loads applications into the running devstack's enrollment database for bench/statistics.sh and
# bench/change-feed.sh (bench/statistics-prepare.sql: clones of the demo applicants with their lists, statistics
# counters kept consistent). Adds rows until the given number of loaded applications exists; a second run with
# the same number does nothing.
#
# Usage: bench/statistics-prepare.sh [applications, default 1000000]
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
