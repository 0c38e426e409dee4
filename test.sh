#!/usr/bin/env bash
# Runs the whole RailWatch test suite in Release: installs native dependencies on first use, builds, tests,
# and ends with one summary line: "Total: N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
RAILWATCH_NEED_CHROMIUM=1 ./scripts/ensure-native-deps.sh

dotnet build RailWatch.sln -c Release --nologo -v quiet -clp:"ErrorsOnly;NoSummary"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test RailWatch.sln -c Release --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 1, Total: 13, ...").
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "Total: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
