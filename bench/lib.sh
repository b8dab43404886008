# Shared by the bench/ scripts (sourced, not run): the running devstack's coordinates, a gateway and an nginx
# of the benchmark's own with their clean-up, and the open-loop driver bench/LoadDriver.java.
#
# The driver is a single-file Java program run by the JDK's source launcher, like AdmissionEngineBenchmark.java:
# its one dependency (HdrHistogram, the version the Quarkus BOM manages) is copied from Maven Central once, and
# nothing joins the reactor build, so `./mvnw verify` neither builds nor tests benchmark code.

PG_PORT=${PG_PORT:-5432}
KAFKA_PORT=${KAFKA_PORT:-9092}
HDR_HISTOGRAM_VERSION=2.2.2
BENCH_GATEWAY_PORT=8090
BENCH_NGINX_PORT=8091
BENCH_WORK=$(mktemp -d)
BENCH_PIDS=()

bench_cleanup() {
    local pid
    for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${BENCH_PIDS[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$pid" 2>/dev/null || true
    done
    if [[ -f $BENCH_WORK/nginx.pid ]]; then nginx -p "$BENCH_WORK" -c nginx.conf -s stop 2>/dev/null || true; fi
    rm -rf "$BENCH_WORK"
}
trap bench_cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

bench_require_devstack() {
    [[ -f .devstack/operator.token ]] || fail "start ./devstack.sh first (no .devstack/operator.token)"
    OPERATOR_TOKEN=$(cat .devstack/operator.token)
    local port
    for port in 8081 8082 8083; do
        curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null || fail "no ready service on :$port; is ./devstack.sh running?"
    done
    bench_require_database
}

bench_require_database() {
    bench_psql enrollment -c 'select 1' >/dev/null \
        || fail "no enrollment database on PostgreSQL :$PG_PORT (PG_PORT=N for ./devstack.sh --pg-port N)"
    bench_psql enrollment -f bench/tally-view.sql
}

# bench_target_url direct|gateway: where enrollment-service answers, directly or through the benchmark's gateway.
bench_target_url() {
    case $1 in
        direct) echo http://127.0.0.1:8083 ;;
        gateway) echo "http://127.0.0.1:$BENCH_GATEWAY_PORT" ;;
        *) fail "unknown target $1 (direct or gateway)" ;;
    esac
}

# bench_psql DATABASE [psql arguments]: as the devstack's superuser, stopping at the first error.
bench_psql() {
    local database=$1
    shift
    PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres \
        -d "$database" "$@"
}

bench_machine_line() {
    echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'); $(date -u '+%Y-%m-%d %H:%M UTC');" \
        "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Waits for URL to answer 2xx, or fails naming WHAT.
bench_await() {
    local url=$1 what=$2
    for _ in $(seq 300); do curl -sf "$url" >/dev/null && return 0; sleep 1; done
    fail "$what did not become ready ($url)"
}

# bench_start_gateway PORT: the production gateway jar with the devstack's key and upstreams, its rate limits
# raised so that they do not cap the load (the load comes from one address), access log to a temporary file.
bench_start_gateway() {
    local port=$1
    [[ -f gateway/target/quarkus-app/quarkus-run.jar ]] || fail "gateway not built (./mvnw -q -pl gateway -am package -DskipTests)"
    QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/gateway \
    QUARKUS_DATASOURCE_USERNAME=gateway QUARKUS_DATASOURCE_PASSWORD=gateway \
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT MP_MESSAGING_INCOMING_ENROLLMENT_EVENTS_GROUP_ID=bench-gateway \
    IDENTITY_LOOKUP_KEY=bench GATEWAY_JWT_KEY_LOCATION=.devstack/jwt/private-key.pem \
    GATEWAY_JWT_ISSUER=https://devstack.jjjpark.local \
    PARTNER_SERVICE_URL=http://127.0.0.1:8081 AGREEMENT_SERVICE_URL=http://127.0.0.1:8082 \
    ENROLLMENT_SERVICE_URL=http://127.0.0.1:8083 \
    GATEWAY_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 GATEWAY_RATE_LIMIT_BURST=1000000 \
        java -Xmx256m -jar gateway/target/quarkus-app/quarkus-run.jar >"$BENCH_WORK/gateway-$port.log" 2>&1 &
    BENCH_PIDS+=($!)
    bench_await "http://127.0.0.1:$port/q/health/ready" "the benchmark's gateway on :$port"
}

# bench_start_nginx PORT UPSTREAM_PORT: one worker, a keep-alive pool to the upstream, an access log like the
# gateway's, the forwarding headers a proxy sets.
bench_start_nginx() {
    local port=$1 upstream=$2
    command -v nginx >/dev/null || fail "install nginx (apt-get install nginx-light)"
    mkdir -p "$BENCH_WORK/logs"
    cat >"$BENCH_WORK/nginx.conf" <<CONF
worker_processes 1;
pid $BENCH_WORK/nginx.pid;
error_log $BENCH_WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  log_format rid '\$remote_addr "\$request" \$status \$body_bytes_sent \$request_time';
  access_log $BENCH_WORK/nginx-access.log rid;
  client_max_body_size 1m;
  upstream service { server 127.0.0.1:$upstream; keepalive 64; }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://service;
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
    nginx -p "$BENCH_WORK" -c nginx.conf || fail "nginx did not start"
    bench_await "http://127.0.0.1:$port/q/health/ready" "nginx on :$port"
}

# bench_driver MODE --option value ...: runs bench/LoadDriver.java with HdrHistogram on its class path.
bench_driver() {
    local jar=bench/target/HdrHistogram-$HDR_HISTOGRAM_VERSION.jar
    if [[ ! -f $jar ]]; then
        ./mvnw -q dependency:copy -Dartifact=org.hdrhistogram:HdrHistogram:$HDR_HISTOGRAM_VERSION \
            -DoutputDirectory=bench/target >&2 || fail "could not fetch HdrHistogram"
    fi
    java -Xmx1g -cp "$jar" bench/LoadDriver.java "$@"
}
