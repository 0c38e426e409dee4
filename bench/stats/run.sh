#!/usr/bin/env bash
# Increase-detection benchmark: labelled synthetic series → our detector and R 'surveillance' (EARS C2/C3,
# Farrington flexible) on the same series → the same metrics for all, as a markdown table.
#   bench/stats/run.sh [SEED] [YARDS] [OUTDIR] [DETECTOR OPTION=VALUE ...]
# Seeds 1 and 2 were used for tuning; report on others (docs/accuracy.md uses 101).
set -euo pipefail
cd "$(dirname "$0")/../.."
SEED="${1:-101}"; YARDS="${2:-300}"; OUT="${3:-${TMPDIR:-/tmp}/railwatch-bench-stats/seed$SEED}"
shift $(( $# < 3 ? $# : 3 )) || true
bench/stats/ensure-surveillance.sh
ART="${RAILWATCH_BENCH_ARTIFACTS:-artifacts}"
dotnet build bench/stats/RailWatch.Bench.Stats -c Release --artifacts-path "$ART" -v q -nologo >&2
BENCH="$ART/bin/RailWatch.Bench.Stats/release/RailWatch.Bench.Stats"
mkdir -p "$OUT"
rm -f "$OUT"/flags_*.csv
"$BENCH" generate --seed "$SEED" --yards "$YARDS" --out "$OUT"
"$BENCH" ours --dir "$OUT" "$@"
EVAL_START=$(date -d "2022-01-03 + 365 days" +%F)
Rscript bench/stats/surveillance.R "$OUT" "$EVAL_START"
"$BENCH" score --seed "$SEED" --yards "$YARDS" --dir "$OUT"
