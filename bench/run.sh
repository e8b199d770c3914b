#!/usr/bin/env bash
# The HTTP benchmark: builds Release, generates (once, cached in bench/.cache/) a 100,000-statement database,
# starts the app with production settings plus the in-memory baseline endpoint, and measures every endpoint
# against the same bytes served from memory, with wrk. Prints a table and, last, one summary line; exits
# non-zero when a target is missed. See docs/performance.md.
# Usage: bench/run.sh [--statements N] [--duration S] [--connections C] [--port P] [--only NAME,NAME]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "==> installing wrk (apt-get)" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq wrk >/dev/null
    else
        echo "bench/run.sh: wrk is required; install it with: sudo apt-get install wrk" >&2
        exit 1
    fi
fi

echo "==> building Release" >&2
dotnet publish src/MissionTracker.Web -c Release -o bench/.cache/app --nologo -v quiet >&2

exec python3 bench/bench.py "$@"
