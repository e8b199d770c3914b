#!/usr/bin/env bash
# Retakes the analyst guide's screenshots (docs/images/*.png): the browser tests save one PNG per page they visit
# when MISSIONTRACKER_SCREENSHOTS names a folder. Needs Debian's Chromium (/usr/bin/chromium), like the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
MISSIONTRACKER_SCREENSHOTS="$PWD/docs/images" dotnet test tests/MissionTracker.BrowserTests
for png in docs/images/*.png; do
    size=$(stat -c %s "$png")
    if [ "$size" -gt 300000 ]; then
        echo "screenshots.sh: $png is $size bytes; keep screenshots under 300 KB (use a viewport, not a full page)" >&2
        exit 1
    fi
done
