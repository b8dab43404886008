#!/usr/bin/env bash
# The admission engine alone on 1.07 M applicants x up to 96 choices x 20 000 units (synthetic, Zipf popularity,
# fixed seed): times match + verification through the engine's public entry after warm-up runs.
#
# Needs: a JDK 17. Builds admission-engine (without its tests), then runs bench/AdmissionEngineBenchmark.java
# with the JDK's source launcher on the engine's classpath.
#
# Usage: bench/admission-engine.sh [warm-up runs, default 2] [measured runs, default 5]
#        HEAP=4g bench/admission-engine.sh      (default heap: 3g)
set -euo pipefail
cd "$(dirname "$0")/.."

HEAP=${HEAP:-3g}
./mvnw -q -pl admission-engine package -DskipTests
./mvnw -q -pl admission-engine dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/classpath
CLASSPATH_FILE=admission-engine/target/classpath

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ {print $2}') GB RAM"
echo "java: $(java -version 2>&1 | head -1); heap -Xmx$HEAP"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"$HEAP" -Xms"$HEAP" -XX:+UseParallelGC \
  -cp "admission-engine/target/admission-engine-1.0.0-SNAPSHOT.jar:$(cat "$CLASSPATH_FILE")" \
  bench/AdmissionEngineBenchmark.java "${1:-2}" "${2:-5}"
