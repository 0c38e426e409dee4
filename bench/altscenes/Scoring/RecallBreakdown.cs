using System.Globalization;
using System.Text;
using RailWatch.AltScenes.Bench.Scenes;
using RailWatch.Vision.Calibration;

namespace RailWatch.AltScenes.Bench.Scoring;

/// <summary>
/// Car recall (found / visible true cars, as <see cref="CarMatcher"/> matches them) in the bands where cars are scored,
/// broken down by car type, roof tone against the bed, track fill, the look's weather and cloud, and sun elevation.
/// </summary>
internal static class RecallBreakdown
{
    private static readonly Breakdown[] Breakdowns =
    [
        new("car type", "by_type", (_, c) => ((int)c.Type, TypeName(c.Type))),
        new("roof vs bed", "by_roof_tone", (_, c) => ((int)c.Tone, c.Tone.ToString().ToLowerInvariant())),
        new("track fill", "by_track_fill", (_, c) => ((int)c.Fill, FillName(c.Fill))),
        new("look", null, (r, _) => (0, r.Conditions)),
        new("sun elevation", null, (r, _) => r.SunElevation < 35 ? (0, "< 35°") : (1, "≥ 35°")),
    ];

    public static string Tables(IReadOnlyList<SceneResult> results)
    {
        var bands = ResolutionBands.All.Where(ResolutionBands.ScoresCars).ToList();
        var cars = results.Where(r => r.VisibleCars is not null && ResolutionBands.ScoresCars(r.Band))
            .SelectMany(r => r.VisibleCars!.Select(c => new ScoredCar(r, c))).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Car recall, GSD ≤ 1 m (found / visible true cars, one to one within {AccuracyEvaluator.MatchDistanceMetres} m):");
        foreach (var breakdown in Breakdowns)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {breakdown.Title} | visible | found | recall | {string.Join(" | ", bands.Select(ResolutionBands.Name))} |");
            text.AppendLine("|---|---|---|---|" + string.Concat(bands.Select(_ => "---|")));
            var groups = cars.GroupBy(x => breakdown.Key(x.Scene, x.Car)).OrderBy(g => g.Key.Order).ThenBy(g => g.Key.Name, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                Row(text, group.Key.Name, [.. group], bands);
            }

            Row(text, "all", cars, bands);
        }

        return text.ToString();
    }

    /// <summary>A scene's visible and found cars by type, roof tone and track fill; null where cars are not scored.</summary>
    public static object? SceneJson(SceneResult r) => r.VisibleCars is not { } cars ? null :
        Breakdowns.Where(b => b.JsonName is not null).ToDictionary(
            b => b.JsonName!,
            b => cars.GroupBy(c => b.Key(r, c).Name).ToDictionary(g => g.Key, g => new { visible = g.Count(), found = g.Count(c => c.Found) }));

    private static void Row(StringBuilder text, string name, List<ScoredCar> cars, List<ResolutionBand> bands)
    {
        var perBand = bands.Select(b => cars.Where(x => x.Scene.Band == b).ToList()).Select(c => c.Count == 0 ? "–" : $"{Recall(c)} ({c.Count})");
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {cars.Count} | {cars.Count(x => x.Car.Found)} | {Recall(cars)} | {string.Join(" | ", perBand)} |");
    }

    private static string Recall(List<ScoredCar> cars) =>
        cars.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * cars.Count(x => x.Car.Found) / cars.Count:F1} %");

    private static string TypeName(CarType type) => type switch
    {
        CarType.Tank => "tank car",
        CarType.Flat => "flatcar",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string FillName(TrackFill fill) => fill switch
    {
        TrackFill.UnderThirty => "< 0.3",
        TrackFill.ThirtyToSeventy => "0.3–0.7",
        _ => "> 0.7",
    };

    private sealed record ScoredCar(SceneResult Scene, CarOutcome Car);

    private sealed record Breakdown(string Title, string? JsonName, Func<SceneResult, CarOutcome, (int Order, string Name)> Key);
}
