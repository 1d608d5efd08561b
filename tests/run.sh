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
dotnet test TriageBot.sln --no-build -c Release
