#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh machine, builds, and runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet restore TriageBot.sln
dotnet build TriageBot.sln --no-restore -c Release
dotnet test TriageBot.sln --no-build -c Release
