#!/usr/bin/env bash
# Gateway overhead: the same GET /api/v1/partners/{id} sent directly to partner-service, through the gateway,
# and through nginx proxying the same upstream, in one run, interleaved, with CPU time per request.
#
# Needs: a running devstack (./devstack.sh; PG_PORT=N if started with --pg-port N) for PostgreSQL, Kafka,
#        partner-service and its demo data; wrk and nginx (apt-get install wrk nginx-light).
# Starts its own gateway on :8090 (production settings, rate limits raised so they do not cap the load) and
# nginx on :8091 (one worker, keep-alive pool to the upstream, access log on like the gateway's), and stops
# both at the end (bench/lib.sh). The gateway's access log goes to a temporary file, as nginx's does.
#
# Usage: bench/gateway-vs-direct.sh [warm-up seconds, default 60] [measure seconds, default 30] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${1:-60}
MEASURE=${2:-30}
ROUNDS=${3:-3}
CONNECTIONS=${CONNECTIONS:-16}
SERVICE=http://127.0.0.1:8081
source bench/lib.sh

command -v wrk >/dev/null || fail "install wrk first (apt-get install wrk)"
bench_require_devstack
TOKEN=$OPERATOR_TOKEN
ID=$(curl -sf -H "Authorization: Bearer $TOKEN" "$SERVICE/api/v1/partners?identifier=10007" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
PATH_UNDER_TEST=/api/v1/partners/$ID

bench_start_gateway $BENCH_GATEWAY_PORT
GATEWAY_PID=${BENCH_PIDS[-1]}
bench_start_nginx $BENCH_NGINX_PORT 8081

cpu_ticks() { # user+system clock ticks of a process and its threads
  awk '{print $14+$15}' "/proc/$1/stat"
}
# The processes behind the ports, not any partner-service or nginx running on the machine.
SERVICE_PID=$(ss -ltnpH 'sport = :8081' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
NGINX_PIDS=$(pgrep -P "$(cat "$BENCH_WORK/nginx.pid")" | tr '\n' ' ')
HZ=$(getconf CLK_TCK)

run() { # name url seconds -> prints "requests/s p50 p99 proxy-cpu-us-per-request service-cpu-us-per-request"
  local name=$1 url=$2 seconds=$3 proxy_pid=${4:-}
  local svc_before proxy_before=0 out
  svc_before=$(cpu_ticks "$SERVICE_PID")
  if [[ -n $proxy_pid ]]; then proxy_before=$(for p in $proxy_pid; do cpu_ticks "$p"; done | paste -sd+ | bc); fi
  out=$(wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --latency -H "Authorization: Bearer $TOKEN" "$url")
  local svc_after proxy_after=0
  svc_after=$(cpu_ticks "$SERVICE_PID")
  if [[ -n $proxy_pid ]]; then proxy_after=$(for p in $proxy_pid; do cpu_ticks "$p"; done | paste -sd+ | bc); fi
  local rps requests p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  local proxy_us svc_us
  proxy_us=$(echo "scale=1; ($proxy_after-$proxy_before)*1000000/$HZ/$requests" | bc)
  svc_us=$(echo "scale=1; ($svc_after-$svc_before)*1000000/$HZ/$requests" | bc)
  echo "| $name | $rps | $p50 | $p99 | $proxy_us | $svc_us |"
}

echo "warming up ${WARMUP}s each (JIT) ..." >&2
run warm-direct "$SERVICE$PATH_UNDER_TEST" "$WARMUP" >/dev/null
run warm-gateway "http://127.0.0.1:$BENCH_GATEWAY_PORT$PATH_UNDER_TEST" "$WARMUP" "$GATEWAY_PID" >/dev/null
run warm-nginx "http://127.0.0.1:$BENCH_NGINX_PORT$PATH_UNDER_TEST" "$WARMUP" "$NGINX_PIDS" >/dev/null

echo "| target | requests/s | p50 | p99 | proxy CPU µs/request | service CPU µs/request |"
echo "|---|---|---|---|---|---|"
for round in $(seq "$ROUNDS"); do
  run "direct (round $round)" "$SERVICE$PATH_UNDER_TEST" "$MEASURE"
  run "gateway (round $round)" "http://127.0.0.1:$BENCH_GATEWAY_PORT$PATH_UNDER_TEST" "$MEASURE" "$GATEWAY_PID"
  run "nginx (round $round)" "http://127.0.0.1:$BENCH_NGINX_PORT$PATH_UNDER_TEST" "$MEASURE" "$NGINX_PIDS"
done
