#!/bin/sh
# Fan-out benchmark: N enrolled people (default 1,000,000; half inside the Moscow polygon), one
# public alert, every message delivered by webhook to a local sink process. Prints the time from
# publish to the last DELIVERED status and two baselines measured in the same run (PostgreSQL COPY
# of as many delivery rows; the sink's raw throughput from a plain load client), and appends the
# figures to bench/RESULTS.md.
#
#   bench/fanout/run.sh [N]
#   FOREWARN_BENCH_NODES=2 bench/fanout/run.sh [N]   # a second Forewarn process on the first one's PostgreSQL
#
# It also prints what the database holds per person and per delivery, and the WAL the fan-out wrote.
#
# Everything runs on 127.0.0.1; nothing is downloaded at run time beyond the Maven build.
set -eu
cd "$(dirname "$0")/../.."
N=${1:-1000000}
./mvnw -q -DskipTests package
CP=$(./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
# FOREWARN_BENCH_MODE=plain sends one request per round trip, like the baseline client (default: pipelined).
exec java -Xmx4g -cp "target/test-classes:$CP" org.forewarn.bench.FanoutBenchmark "$N" target/bench-fanout bench/RESULTS.md
