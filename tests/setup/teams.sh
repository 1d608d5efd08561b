#!/usr/bin/env bash
# Installs what tests/TriageBot.Manifest.Tests needs: Node.js and @microsoft/app-manifest (Microsoft's
# bundled Teams manifest schemas + validator) from package-lock.json. Idempotent: a stamp holding the
# lock file's hash lets a second run skip npm ci. The tests themselves never reach the network.
set -euo pipefail
cd "$(dirname "$0")/../TriageBot.Manifest.Tests/js"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "teams.sh: installing Node.js and npm from Debian"
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi

stamp=node_modules/.triagebot-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d node_modules/@microsoft/app-manifest ]; then
  echo "teams.sh: @microsoft/app-manifest already installed"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
node -e 'require("@microsoft/app-manifest"); require("fs-extra")' # fail here, not in the tests, if the install is broken
echo "teams.sh: @microsoft/app-manifest installed"
