#!/usr/bin/env bash
# TriageBot.Dialogs.Tests makes a SQLite file immutable (chattr) to test the read-only case when run as root,
# because root ignores permission bits. chattr comes with e2fsprogs. Idempotent.
set -euo pipefail
if ! command -v chattr >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq e2fsprogs >/dev/null
  else
    echo "chattr (e2fsprogs) is missing; the read-only SQLite test needs it when run as root" >&2
  fi
fi
