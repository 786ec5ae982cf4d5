#!/usr/bin/env bash
# Runs every Kasian test on a fresh machine: installs what the tests need when it is missing
# (Debian packages, the dotnet-ef tool), starts a throwaway PostgreSQL on a loopback port,
# then runs `dotnet test` on the whole solution. Under CI=true nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi laksaman || need+=(fonts-tlwg-laksaman)
# The SMTP sink runs on Debian's python3 (/usr/bin/python3), which a pyenv python3 on PATH may hide.
{ /usr/bin/python3 -c 'import aiosmtpd' || python3 -c 'import aiosmtpd'; } >/dev/null 2>&1 || need+=(python3-aiosmtpd)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
# The PDF tests read the server-made PDF back with the tools a person would use.
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

dotnet tool restore >/dev/null
dotnet restore Kasian.slnx >/dev/null
# The SQL Server script in docs/sql must match the migrations (no SQL Server engine runs here to apply them).
./scripts/sqlserver-script.sh --check

PG_PORT=${KASIAN_TEST_PG_PORT:-55432}
source scripts/throwaway-postgres.sh
export KASIAN_TEST_POSTGRES="$PG_CONNECTION"

mkdir -p artifacts
set +e
dotnet test Kasian.slnx --logger "trx;LogFilePrefix=kasian" --results-directory artifacts/test-results "$@" 2>&1 | tee artifacts/test-output.txt
status=${PIPESTATUS[0]}
set -e
[ "$status" = 0 ] && { dotnet run --project tests/Kasian.Bench -c Release -- --smoke 2>&1 | tee artifacts/bench-smoke.txt; status=${PIPESTATUS[0]}; } || true

# One plain closing line over every test project.
passed=$(grep -Eo 'Passed: +[0-9]+' artifacts/test-output.txt | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' artifacts/test-output.txt | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' artifacts/test-output.txt | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
if [ "${CI:-}" = "true" ] && [ "$skipped" != "0" ]; then
  echo "test.sh: $skipped tests were skipped under CI=true; nothing may be skipped." >&2
  exit 1
fi
exit "$status"
