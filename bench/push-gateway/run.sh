#!/usr/bin/env bash
# Throughput probe of the push gateway against the fake FCM server (see README.md beside this file).
# Usage: bench/push-gateway/run.sh [-Drun=both|bare|apache|gateway] [-Dseconds=20] [-Dwarmup=10]
#        [-DsendThreads=100] [-Dcallers=2] [-DinFlight=100] [-DserverThreads=4] [-Dserver=process|inline]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl push -am install -DskipTests
./mvnw -B -q -pl push test-compile
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl push dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -cp "push/target/test-classes:push/target/classes:$(cat "$cp_file")" "$@" \
  org.homeward.push.bench.GatewayThroughput
