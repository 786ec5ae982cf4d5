#!/usr/bin/env bash
# The full benchmark (docs/benchmarks.md): starts a throwaway PostgreSQL on a loopback port, as scripts/test.sh
# does, and runs tests/Kasian.Bench in Release against it and against SQLite. Extra arguments go to the bench
# (--smoke, --only raw,inprocess,inbox,http, --providers Sqlite,PostgreSql).
# Results: artifacts/bench/results.json and results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null 2>&1 || { echo "bench.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }
PG_PORT=${KASIAN_BENCH_PG_PORT:-55442}
source scripts/throwaway-postgres.sh
export KASIAN_BENCH_POSTGRES="$PG_CONNECTION"

dotnet run --project tests/Kasian.Bench -c Release -- "$@"
