using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RailWatch.AltScenes.Bench.Scoring;

/// <summary>Per-scene lines, the per-band summary table, and the JSON records.</summary>
internal static class ResultPrinter
{
    public static string Header =>
        "seed   gsd  sun  cloud look                      truth count [low,high]   within tp/fp/fn      observed c/t  reg.err  render  count";

    public static string Line(SceneResult r)
    {
        var interval = r.Count is null ? "[–]" : $"[{r.Low},{r.High}]";
        var cars = r.Cars is { } m ? $"{m.TruePositives}/{m.FalsePositives}/{m.FalseNegatives}" : "–";
        var observed = r.CountedObserved is { } o ? $"{o:F2}/{r.TruthObserved:F2}" : $"–/{r.TruthObserved:F2}";
        var shift = r.ShiftError is { } s ? $"{s:F1} m" : "–";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{r.Seed,4} {r.Gsd,5:F2} {r.SunElevation,3:F0}° {r.CloudShare,5:F2} {r.Look,-25} {r.Truth,5} {(r.Count?.ToString(CultureInfo.InvariantCulture) ?? "null"),5} {interval,-12} {r.WithinTarget,-6} {cars,-12} {observed,-13} {shift,7} {r.RenderSeconds,6:F2} {r.CountSeconds,6:F2}");
        return r.Error is null ? line : $"{line}  ERROR {r.Error}";
    }

    public static string Summary(IReadOnlyList<SceneResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| GSD band | scenes | within target | target | truth in [low, high] | car precision | car recall | median abs. error | null counts |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var band in ResolutionBands.All)
        {
            var rows = results.Where(r => r.Band == band).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var within = rows.Count(r => r.WithinTarget);
            var holds = rows.Count(r => r.TruthInInterval);
            string precision = "–", recall = "–";
            if (ResolutionBands.ScoresCars(band))
            {
                var scored = rows.Where(r => r.Cars is not null).Select(r => r.Cars!.Value).ToList();
                var tp = scored.Sum(m => m.TruePositives);
                var fp = scored.Sum(m => m.FalsePositives);
                var fn = scored.Sum(m => m.FalseNegatives);
                precision = tp + fp > 0 ? Percent(tp, tp + fp) : "–";
                recall = tp + fn > 0 ? Percent(tp, tp + fn) : "–";
            }

            var errors = rows.Where(r => r.RelativeError is not null).Select(r => Math.Abs(r.RelativeError!.Value)).Order().ToList();
            var median = errors.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100 * Median(errors):F1} %");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {ResolutionBands.Name(band)} | {rows.Count} | {within} ({Percent(within, rows.Count)}) | {ResolutionBands.TargetText(band)} | {holds} ({Percent(holds, rows.Count)}) | {precision} | {recall} | {median} | {rows.Count(r => r.Count is null)} |");
        }

        return text.ToString();
    }

    public static string Json(IReadOnlyList<SceneResult> results) => JsonSerializer.Serialize(results.Select(r => new
    {
        seed = r.Seed,
        gsd = r.Gsd,
        band = ResolutionBands.Name(r.Band),
        sun_elevation = r.SunElevation,
        cloud_share = r.CloudShare,
        look = r.Look,
        truth = r.Truth,
        count = r.Count,
        low = r.Low,
        high = r.High,
        within_target = r.WithinTarget,
        truth_in_interval = r.TruthInInterval,
        car_tp = r.Cars?.TruePositives,
        car_fp = r.Cars?.FalsePositives,
        car_fn = r.Cars?.FalseNegatives,
        car_recall = RecallBreakdown.SceneJson(r),
        observed_fraction = r.CountedObserved,
        truth_observed_fraction = r.TruthObserved,
        registered_shift = r.RegisteredShift is { } s ? new[] { s.East, s.North } : null,
        true_shift = new[] { Math.Round(r.TrueShift.East, 2), Math.Round(r.TrueShift.North, 2) },
        render_seconds = r.RenderSeconds,
        count_seconds = r.CountSeconds,
        error = r.Error,
    }), new JsonSerializerOptions { WriteIndented = true });

    private static string Percent(int n, int of) => string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / of:F1} %");

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
