#!/usr/bin/env bash
# Installs what tests/TriageBot.Cards.Tests needs: Microsoft's Adaptive Cards renderer (npm adaptivecards,
# pinned by package-lock.json) under tests/TriageBot.Cards.Tests/js/node_modules. Idempotent: does nothing
# when the installed tree already matches the lock file.
set -euo pipefail
cd "$(dirname "$0")/../TriageBot.Cards.Tests/js"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "cards setup: node and npm are missing; installing them with apt-get"
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi

stamp=node_modules/.triagebot-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f node_modules/adaptivecards/dist/adaptivecards.js ]; then
  echo "cards setup: adaptivecards already installed"
  exit 0
fi

npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
node -e "require('adaptivecards/dist/adaptivecards.js')" 
echo "cards setup: installed adaptivecards $(node -p "require('adaptivecards/package.json').version")"
