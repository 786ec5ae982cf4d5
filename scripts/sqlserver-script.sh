#!/usr/bin/env bash
# Writes the idempotent SQL Server migration script to docs/sql/sqlserver.sql (no SQL Server engine
# runs on these machines; the script is what a DBA applies). With --check, fails if the file is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
out=$(mktemp)
dotnet ef migrations script --idempotent --project src/Kasian.Web --context SqlServerKasianDbContext --output "$out" >/dev/null
if [ "${1:-}" = "--check" ]; then
  if ! diff -q <(tr -d '\r' < "$out") <(tr -d '\r' < docs/sql/sqlserver.sql) >/dev/null; then
    echo "docs/sql/sqlserver.sql is stale: run scripts/sqlserver-script.sh and commit it." >&2
    rm -f "$out"; exit 1
  fi
  echo "docs/sql/sqlserver.sql is current."
else
  mkdir -p docs/sql
  tr -d '\r' < "$out" > docs/sql/sqlserver.sql
  echo "wrote docs/sql/sqlserver.sql"
fi
rm -f "$out"
