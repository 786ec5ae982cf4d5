#!/usr/bin/env bash
# Adds a migration with the same name for every provider: the one model, one migrations set each.
# Usage: scripts/add-migration.sh AddReminderLedger
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "$name" --project src/Kasian.Web --context "${provider}KasianDbContext" --output-dir "Data/Migrations/$provider"
done
./scripts/sqlserver-script.sh
