#!/usr/bin/env bash
# Gateway overhead: the same GET /api/v1/partners/{id} sent directly to partner-service, through the gateway,
# and through nginx proxying the same upstream, in one run, interleaved, with CPU time per request.
#
# Needs: a running devstack (./devstack.sh) for PostgreSQL, Kafka, partner-service and its demo data;
#        wrk and nginx (apt-get install wrk nginx-light).
# Starts its own gateway on :8090 (production settings, rate limits raised so they do not cap the load) and
# nginx on :8091 (one worker, keep-alive pool to the upstream, access log on like the gateway's), and stops
# both at the end. The gateway's access log goes to a temporary file, as nginx's does.
#
# Usage: bench/gateway-vs-direct.sh [warm-up seconds, default 60] [measure seconds, default 30] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${1:-60}
MEASURE=${2:-30}
ROUNDS=${3:-3}
CONNECTIONS=${CONNECTIONS:-16}
SERVICE=http://127.0.0.1:8081
GATEWAY_PORT=8090
NGINX_PORT=8091
WORK=$(mktemp -d)
trap 'kill "${GATEWAY_PID:-}" 2>/dev/null || true; nginx -p "$WORK" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "install wrk and nginx first"; exit 1; }
[[ -f .devstack/operator.token ]] || { echo "start ./devstack.sh first"; exit 1; }
TOKEN=$(cat .devstack/operator.token)
ID=$(curl -sf -H "Authorization: Bearer $TOKEN" "$SERVICE/api/v1/partners?identifier=10007" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
PATH_UNDER_TEST=/api/v1/partners/$ID

# The gateway under test: same jar and settings as in production, limits raised for the load generator.
QUARKUS_HTTP_PORT=$GATEWAY_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/gateway \
QUARKUS_DATASOURCE_USERNAME=gateway QUARKUS_DATASOURCE_PASSWORD=gateway \
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 MP_MESSAGING_INCOMING_ENROLLMENT_EVENTS_GROUP_ID=bench-gateway \
IDENTITY_LOOKUP_KEY=bench GATEWAY_JWT_KEY_LOCATION=.devstack/jwt/private-key.pem \
GATEWAY_JWT_ISSUER=https://devstack.jjjpark.local PARTNER_SERVICE_URL=$SERVICE \
GATEWAY_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 GATEWAY_RATE_LIMIT_BURST=1000000 \
  java -Xmx256m -jar gateway/target/quarkus-app/quarkus-run.jar > "$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!

cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  # Both proxies log each request, as they would in production.
  log_format rid '\$remote_addr "\$request" \$status \$body_bytes_sent \$request_time';
  access_log $WORK/nginx-access.log rid;
  upstream partner { server 127.0.0.1:8081; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass $SERVICE;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-Host \$host:\$server_port;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
CONF
sed -i "s#proxy_pass $SERVICE;#proxy_pass http://partner;#" "$WORK/nginx.conf"
mkdir -p "$WORK/logs"
nginx -p "$WORK" -c nginx.conf

for _ in $(seq 60); do curl -sf "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" >/dev/null && break; sleep 1; done

cpu_ticks() { # user+system clock ticks of a process and its threads
  awk '{print $14+$15}' "/proc/$1/stat"
}
SERVICE_PID=$(pgrep -f partner-service/target/quarkus-app/quarkus-run.jar | head -1)
NGINX_PIDS=$(pgrep -f "nginx: worker process" | tr '\n' ' ')
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
run warm-gateway "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" "$WARMUP" "$GATEWAY_PID" >/dev/null
run warm-nginx "http://127.0.0.1:$NGINX_PORT$PATH_UNDER_TEST" "$WARMUP" "$NGINX_PIDS" >/dev/null

echo "| target | requests/s | p50 | p99 | proxy CPU µs/request | service CPU µs/request |"
echo "|---|---|---|---|---|---|"
for round in $(seq "$ROUNDS"); do
  run "direct (round $round)" "$SERVICE$PATH_UNDER_TEST" "$MEASURE"
  run "gateway (round $round)" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" "$MEASURE" "$GATEWAY_PID"
  run "nginx (round $round)" "http://127.0.0.1:$NGINX_PORT$PATH_UNDER_TEST" "$MEASURE" "$NGINX_PIDS"
done
