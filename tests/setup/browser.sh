#!/usr/bin/env bash
# Debian's Chromium for the browser tests (Playwright drives it; `playwright install` downloads are not used).
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update
  apt-get install -y --no-install-recommends chromium
fi
chromium --version 2>/dev/null
