#!/usr/bin/env bash
# The full benchmark (docs/benchmarks.md): starts a throwaway PostgreSQL on a loopback port, as scripts/test.sh
# does, and runs tests/Kasian.Bench in Release against it and against SQLite. Extra arguments go to the bench
# (--smoke, --only raw,inprocess,inbox,http, --providers Sqlite,PostgreSql).
# Results: artifacts/bench/results.json and results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null 2>&1 || { echo "bench.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_PORT=${KASIAN_BENCH_PG_PORT:-55442}
PG_DIR=$(mktemp -d /tmp/kasian-bench-pg.XXXXXX)
PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$PG_DIR" postgres
  chown postgres "$PG_DIR"
  RUN_AS=(runuser -u postgres --)
fi
echo "$PG_PASSWORD" > "$PG_DIR/pw"
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U kasian --pwfile="$PG_DIR/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
# PostgreSQL's defaults (fsync on, synchronous_commit on): the durability the limit and Kasian are measured at.
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR -c max_connections=300" start >/dev/null
cleanup() { "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap cleanup EXIT
export KASIAN_BENCH_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=kasian;Password=$PG_PASSWORD;Database=postgres"

dotnet run --project tests/Kasian.Bench -c Release -- "$@"
