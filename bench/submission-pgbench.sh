#!/usr/bin/env bash
# The database's ceiling for submissions: pgbench runs bench/submission.pgbench (the statements one submission
# makes, on the devstack's enrollment database, as the benchmark applicants of bench/submit-prepare.sql) with
# as many clients as it takes to saturate the database, unthrottled, then takes the inserted rows back with
# bench/submit-reset.sql. Prints one markdown table row set; run alone or from bench/submissions.sh.
#
# Needs only the database: a running ./devstack.sh's, or any with the enrollment schema and demo applications.
#
# Usage: bench/submission-pgbench.sh [seconds, default 20]     CLIENTS="8 16" to change the client counts
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${1:-20}
CLIENTS=${CLIENTS:-8 16}
PGBENCH=$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)
[[ -x $PGBENCH ]] || fail "pgbench not found (apt-get install postgresql-contrib)"
bench_require_database

# Enough applicants that no run wraps around: pgbench may go faster than any HTTP target.
POOL=${POOL:-150000}
bench_psql enrollment -v needed="$POOL" -f bench/submit-prepare.sql
bench_psql enrollment -c 'create sequence if not exists bench_pgbench_applicant'

echo "| pgbench, $($PGBENCH --version | awk '{print $3}') | clients | transactions/s | p50 ms | p99 ms | p99.9 ms | failed |"
echo "|---|---|---|---|---|---|---|"
for clients in $CLIENTS; do
    bench_psql enrollment -f bench/submit-reset.sql
    bench_psql enrollment -c "select setval('bench_pgbench_applicant', 1, false)" >/dev/null
    rm -f "$BENCH_WORK"/pgbench_log*
    (cd "$BENCH_WORK" && PGPASSWORD=x "$PGBENCH" -n -M prepared -h 127.0.0.1 -p "$PG_PORT" -U postgres \
        -c "$clients" -j 2 -T "$DURATION" -l --log-prefix=pgbench_log -f "$OLDPWD/bench/submission.pgbench" \
        enrollment >"$BENCH_WORK/pgbench.out" 2>&1) || { cat "$BENCH_WORK/pgbench.out" >&2; fail "pgbench failed"; }
    used=$(bench_psql enrollment -At -c "select last_value from bench_pgbench_applicant")
    ((used < POOL)) || fail "pgbench used all $POOL applicants; raise POOL"
    tps=$(awk '/^tps/ {printf "%.0f", $3}' "$BENCH_WORK/pgbench.out")
    failed=$(awk '/number of failed transactions/ {print $5}' "$BENCH_WORK/pgbench.out")
    # Per-transaction log: the third field is the latency in microseconds.
    cat "$BENCH_WORK"/pgbench_log* | awk '{print $3}' | sort -n >"$BENCH_WORK/latencies"
    percentile() { awk -v p="$1" '{v[NR]=$1} END {i=int(NR*p/100); if (i<1) i=1; printf "%.1f", v[i]/1000}' "$BENCH_WORK/latencies"; }
    echo "| submission transaction | $clients | $tps | $(percentile 50) | $(percentile 99) | $(percentile 99.9) | ${failed:-0} |"
done
bench_psql enrollment -f bench/submit-reset.sql
