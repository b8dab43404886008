#!/usr/bin/env bash
# The whole platform on this machine, without Docker: embedded PostgreSQL and Kafka, every service whose
# runner jar is built, and the park's demo data. Ctrl-C stops everything. ./devstack.sh --help for options.
set -euo pipefail
cd "$(dirname "$0")"

build=false
args=()
for arg in "$@"; do
    # --build is ours; everything else goes to the launcher.
    if [[ $arg == --build ]]; then build=true; else args+=("$arg"); fi
done

launcher_jar=devstack/target/devstack.jar
missing=()
[[ -f $launcher_jar && -d devstack/target/lib ]] || missing+=("$launcher_jar")
# A service is a module built by the Quarkus plugin; watch needs none of them.
if [[ ${args[0]:-} != watch ]]; then
    for pom in $(grep -l '<artifactId>quarkus-maven-plugin</artifactId>' -- */pom.xml); do
        runner="$(dirname "$pom")/target/quarkus-app/quarkus-run.jar"
        [[ -f $runner ]] || missing+=("$runner")
    done
fi

if $build || ((${#missing[@]})); then
    if ((${#missing[@]})); then echo "[devstack] not built yet: ${missing[*]}"; fi
    echo "[devstack] building: ./mvnw -B -q -DskipTests install"
    ./mvnw -B -q -DskipTests install
fi

# exec: the JVM takes this shell's PID, so Ctrl-C and kill reach the launcher itself.
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx256m -cp "$launcher_jar:devstack/target/lib/*" \
    org.jjjpark.devstack.Launcher ${args[@]+"${args[@]}"}
