#!/usr/bin/env bash
# Increase detection on series from bench/altseries' own model of yards: our detector and R 'surveillance' (EARS
# C2/C3, Farrington flexible) on the same series, scored by bench/stats' scorer, as a markdown table.
#   bench/altseries/run.sh [SEED] [YARDS] [OUTDIR] [DETECTOR OPTION=VALUE ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
SEED="${1:-1}"; YARDS="${2:-300}"; OUT="${3:-${TMPDIR:-/tmp}/railwatch-bench-altseries/seed$SEED}"
shift $(( $# < 3 ? $# : 3 )) || true
bench/stats/ensure-surveillance.sh
ART="${RAILWATCH_BENCH_ARTIFACTS:-artifacts}"
dotnet build bench/altseries -c Release --artifacts-path "$ART" -v q -nologo >&2
dotnet build bench/stats/RailWatch.Bench.Stats -c Release --artifacts-path "$ART" -v q -nologo >&2
ALT="$ART/bin/RailWatch.AltSeries.Bench/release/RailWatch.AltSeries.Bench"
BENCH="$ART/bin/RailWatch.Bench.Stats/release/RailWatch.Bench.Stats"
START=2023-03-06
mkdir -p "$OUT"
rm -f "$OUT"/flags_*.csv
"$ALT" generate --seed "$SEED" --yards "$YARDS" --out "$OUT"
"$BENCH" ours --dir "$OUT" "$@"
Rscript bench/stats/surveillance.R "$OUT" "$(date -d "$START + 365 days" +%F)"
"$BENCH" score --dir "$OUT" --start "$START" --days 730 --burn-in 365
