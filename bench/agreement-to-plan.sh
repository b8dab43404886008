#!/usr/bin/env bash
# Agreement activated -> plan open in enrollment: copies of a demo agreement (same parties and allocations, a new
# reference) are drafted and signed by all parties but one; then the last signatures, which activate them, are
# sent at a steady pace. The latency of each is from the moment its activating request was sent to the moment
# enrollment-service created the last of its plan lines (plan_line.created_at; the same clock), so it includes
# the signature request, the outbox relay, Kafka and the consumer. Also given: from agreement.activated_at.
#
# Needs: a running ./devstack.sh (PG_PORT=N if started with --pg-port N), jq.
#
# Usage: bench/agreement-to-plan.sh [agreements, default 200] [activations per second, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

COUNT=${1:-200}
RATE=${2:-5}
AGREEMENTS=http://127.0.0.1:8082
TARGET_P99_MS=1000

bench_require_devstack
command -v jq >/dev/null || fail "install jq"
api() { # method path [body]
    curl -sS -f -X "$1" -H "Authorization: Bearer $OPERATOR_TOKEN" -H 'Content-Type: application/json' \
        -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" ${3:+--data "$3"} "$AGREEMENTS$2"
}
template=$(api GET "/api/v1/agreements?status=ACTIVE&limit=50" \
    | jq -c '[.items[] | select((.allocations | length) > 0)][0]')
[[ $template != null ]] || fail "no active demo agreement with allocations to copy"
lines_each=$(jq '.allocations | length' <<<"$template")
run=$(date +%s)

echo "drafting $COUNT agreements ($lines_each plan lines each) ..." >&2
: >"$BENCH_WORK/pending"
for i in $(seq "$COUNT"); do
    body=$(jq -c --arg ref "BENCH-$run-$i" '{reference: $ref, type, title, effectiveFrom, effectiveTo, document,
        parties: [.parties[] | {partnerId, role}],
        allocations: [.allocations[] | {programId, intakeYear, planProvince, sourceProvince, planType, seats}]}' \
        <<<"$template")
    agreement=$(api POST /api/v1/agreements "$body")
    id=$(jq -r .id <<<"$agreement")
    parties=($(jq -r '.parties[].partnerId' <<<"$agreement"))
    for party in "${parties[@]:0:${#parties[@]}-1}"; do
        api POST "/api/v1/agreements/$id/signatures" \
            "{\"partyId\":\"$party\",\"signer\":\"Benchmark signer\",\"signedAt\":\"$(date -Iseconds)\"}" >/dev/null
    done
    echo "$id ${parties[-1]}" >>"$BENCH_WORK/pending"
done

echo "activating $COUNT agreements at $RATE/s ..." >&2
interval=$(echo "scale=3; 1 / $RATE" | bc)
: >"$BENCH_WORK/sent"
while read -r id party; do
    echo "$id $(date +%s%N)" >>"$BENCH_WORK/sent"
    api POST "/api/v1/agreements/$id/signatures" \
        "{\"partyId\":\"$party\",\"signer\":\"Benchmark signer\",\"signedAt\":\"$(date -Iseconds)\"}" \
        >"$BENCH_WORK/activated-$id.json" &
    sleep "$interval"
done <"$BENCH_WORK/pending"
wait
for file in "$BENCH_WORK"/activated-*.json; do
    [[ $(jq -r .status "$file") == ACTIVE ]] || fail "an agreement did not become ACTIVE: $(cat "$file")"
done

ids=$(awk '{printf "%s'\''%s'\''", (NR > 1 ? "," : ""), $1}' "$BENCH_WORK/sent")
expected=$((COUNT * lines_each))
for _ in $(seq 120); do
    open=$(bench_psql enrollment -At -c "select count(*) from plan_line where status = 'OPEN' and agreement_id in ($ids)")
    ((open >= expected)) && break
    sleep 1
done
((open >= expected)) || fail "only $open of $expected plan lines open after 120 s"

activated=$(bench_psql agreement -At -F ' ' -c "select id, (extract(epoch from activated_at) * 1e9)::bigint
    from agreement where id in ($ids)")
values=$(join <(sort "$BENCH_WORK/sent") <(sort <<<"$activated") | awk '{printf "%s('\''%s'\''::uuid, %s, %s)",
    (NR > 1 ? "," : ""), $1, $2, $3}')
echo "## Agreement activated -> plan open in enrollment ($COUNT agreements, $RATE activations/s)"
echo
bench_machine_line
echo
bench_psql enrollment -At -F ' | ' -c "
with sent (agreement_id, sent_ns, activated_ns) as (values $values),
     opened as (select agreement_id, extract(epoch from max(created_at)) * 1e9 as opened_ns
                from plan_line where agreement_id in ($ids) group by agreement_id),
     latency as (select (opened_ns - sent_ns) / 1e6 as from_request_ms, (opened_ns - activated_ns) / 1e6 as from_activation_ms
                 from sent join opened using (agreement_id))
select '| from the activating request | ' || round(percentile_cont(0.5) within group (order by from_request_ms)::numeric, 1)
       || ' | ' || round(percentile_cont(0.99) within group (order by from_request_ms)::numeric, 1)
       || ' | ' || round(max(from_request_ms)::numeric, 1) || ' |' from latency
union all
select '| from agreement.activated_at | ' || round(percentile_cont(0.5) within group (order by from_activation_ms)::numeric, 1)
       || ' | ' || round(percentile_cont(0.99) within group (order by from_activation_ms)::numeric, 1)
       || ' | ' || round(max(from_activation_ms)::numeric, 1) || ' |' from latency" \
    | { echo "| latency to the last plan line open | p50 ms | p99 ms | max ms |"; echo "|---|---|---|---|"; cat; }
echo
echo "target: p99 <= $TARGET_P99_MS ms from the activating request; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
