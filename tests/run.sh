#!/usr/bin/env bash
# The README's test command. On a fresh machine it installs what the tests need (each tests/setup/*.sh,
# idempotent), builds once, and runs every test project in the solution.
set -euo pipefail
cd "$(dirname "$0")/.."
for setup in tests/setup/*.sh; do
  [ -e "$setup" ] || continue
  echo "== setup: $setup"
  bash "$setup"
done
dotnet restore TriageBot.sln
dotnet build TriageBot.sln --no-restore -c Release
log=$(mktemp)
set +e
dotnet test TriageBot.sln --no-build -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run, summed over the test projects' own summaries (each counted once).
summaries=$(grep -E '^(Passed|Failed)! +- ' "$log" | sort -u)
passed=$(grep -oE 'Passed: +[0-9]+' <<<"$summaries" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' <<<"$summaries" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "$passed passed, $failed failed"
exit "$status"
