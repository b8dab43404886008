#!/usr/bin/env bash
# A whole admission round through enrollment-service: a synthetic province (by default 1.07 M applicants x up to
# 96 choices x 20 000 institutions, Zipf popularity, fixed seed) loaded into the machine's PostgreSQL 15 with COPY,
# then POST /api/v1/admission-rounds to the service's runner jar started with -Xmx2g: reports the request's wall
# time, the phases the service logged, its peak heap and RSS, and how long the outbox relay then needs to publish
# every event to Kafka (an in-process broker of the benchmark, as testkit starts it). The relay runs throughout.
#
# Needs: a JDK 17, PostgreSQL 15 installed as a Debian cluster (pg_ctlcluster 15 main), root (to create the role
# and database through the postgres user). The database "roundbench" is dropped and made again on every run.
#
# Usage: bench/admission-round-service.sh [applicants, default 1070000] [institutions, default 20000]
#        HEAP=3g bench/admission-round-service.sh      (the service's -Xmx; default 2g)
#        BUILD=no bench/admission-round-service.sh     (reuse the jars built before)
set -euo pipefail
cd "$(dirname "$0")/.."

APPLICANTS=${1:-1070000}
UNITS=${2:-20000}
HEAP=${HEAP:-2g}
WORK=target/roundbench
DB=roundbench
PASSWORD=roundbench

if [ "${BUILD:-yes}" = yes ]; then
  ./mvnw -q -pl enrollment-service,testkit -am package -DskipTests
fi
./mvnw -q -pl testkit dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/classpath
CLASSPATH="testkit/target/testkit-1.0.0-SNAPSHOT.jar:$(cat testkit/target/classpath)"
CLASSPATH="$CLASSPATH:admission-engine/target/admission-engine-1.0.0-SNAPSHOT.jar"
rm -rf "$WORK" && mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$CLASSPATH" bench/AdmissionEngineBenchmark.java bench/AdmissionRoundServiceBenchmark.java

pg_ctlcluster 15 main start 2>/dev/null || true
PORT=$(su postgres -c "psql -tAc 'show port'")
su postgres -c "psql -q" <<SQL
drop database if exists $DB;
drop role if exists $DB;
create role $DB login password '$PASSWORD';
create database $DB owner $DB;
SQL

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ {print $2}') GB RAM"
echo "java: $(java -version 2>&1 | head -1); database: $(su postgres -c "psql -tAc 'select version()'" | cut -d, -f1)"
echo "uptime before the run: $(uptime)"
java -Xmx3g -cp "$WORK/classes:$CLASSPATH" AdmissionRoundServiceBenchmark \
  "jdbc:postgresql://127.0.0.1:$PORT/$DB" "$DB" "$PASSWORD" "$APPLICANTS" "$UNITS" "$HEAP" "$WORK" \
  enrollment-service/target/quarkus-app/quarkus-run.jar
echo "uptime after the run: $(uptime)"
