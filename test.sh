#!/usr/bin/env bash
# Runs every MissionTracker test on a fresh machine: installs what the tests need, then `dotnet test`.
# Ends with one line: "N passed, N failed" (and ", N skipped" when any were skipped).
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '==> %s\n' "$*" >&2; }

if ! command -v dotnet >/dev/null 2>&1; then
    echo "test.sh: the .NET SDK 10 is required (dotnet not found on PATH)." >&2
    exit 1
fi

# Browser tests drive Debian's Chromium; install it when missing (never a browser download).
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        say "installing chromium (apt-get)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq chromium >/dev/null
    else
        echo "test.sh: the browser tests need Chromium at /usr/bin/chromium; install it with: sudo apt-get install chromium" >&2
        exit 1
    fi
fi

say "restoring tools and packages"
dotnet tool restore >/dev/null
dotnet restore MissionTracker.sln >/dev/null

results="TestResults/run-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$results"
say "running tests (results in $results)"
status=0
dotnet test MissionTracker.sln --no-restore --logger "trx" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    files=$((files + 1))
    counters=$(grep -o '<Counters [^>]*' "$trx" | head -n 1)
    value() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
    total=$(value total); executed=$(value executed)
    passed=$((passed + $(value passed)))
    failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
    skipped=$((skipped + total - executed))
done

if [ "$files" -eq 0 ]; then
    echo "test.sh: no test results were produced (the build failed?)" >&2
    [ "$status" -ne 0 ] || status=1
fi
if [ "$failed" -gt 0 ] && [ "$status" -eq 0 ]; then status=1; fi

if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
exit "$status"
