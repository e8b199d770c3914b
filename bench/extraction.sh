#!/usr/bin/env bash
# Runs the extraction benchmark (a ~5 KB synthetic article) and prints the mean time per extraction.
# Usage: bench/extraction.sh [extra BenchmarkDotNet arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
dotnet run -c Release --project bench/MissionTracker.Benchmarks -- --filter '*Extraction*' --artifacts "$out" "$@" | tee "$out/console.txt"
report=$(find "$out" -name '*ExtractionBenchmark-report.csv' | head -n 1)
if [[ -z "$report" ]]; then
  echo "no benchmark report found in $out" >&2
  exit 1
fi
# The CSV has a header row; print the Mean column of the Extract row.
python3 - "$report" <<'PY'
import csv, sys
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        print(f"Extraction mean: {row['Mean']} (error {row.get('Error', '?')}, allocated {row.get('Allocated', '?')})")
PY
