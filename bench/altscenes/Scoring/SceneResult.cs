using RailWatch.Vision.Calibration;

namespace RailWatch.AltScenes.Bench.Scoring;

/// <summary>
/// One scene's outcome. <see cref="Cars"/> is null where the counter does not tell cars apart at this resolution.
/// Shifts are (east, north) metres: what registration applied, and the image's true georeference error.
/// </summary>
internal sealed record SceneResult
{
    public required int Seed { get; init; }

    public required double Gsd { get; init; }

    public required double SunElevation { get; init; }

    public required double CloudShare { get; init; }

    public required string Look { get; init; }

    /// <summary>The look's weather and cloud flags (clear, haze+cloud, …).</summary>
    public required string Conditions { get; init; }

    public required int Truth { get; init; }

    public int? Count { get; init; }

    public int? Low { get; init; }

    public int? High { get; init; }

    public required bool WithinTarget { get; init; }

    public required bool TruthInInterval { get; init; }

    public CarMatch? Cars { get; init; }

    /// <summary>The visible true cars and whether each was found; null with <see cref="Cars"/>.</summary>
    public IReadOnlyList<CarOutcome>? VisibleCars { get; init; }

    public double? CountedObserved { get; init; }

    public required double TruthObserved { get; init; }

    public (double East, double North)? RegisteredShift { get; init; }

    public required (double East, double North) TrueShift { get; init; }

    public required double RenderSeconds { get; init; }

    public required double CountSeconds { get; init; }

    public string? Error { get; init; }

    public ResolutionBand Band => ResolutionBands.Of(Gsd);

    /// <summary>Relative error of the count (absolute when the truth is 0); null when nothing was counted.</summary>
    public double? RelativeError => Count is { } c ? (c - Truth) / (double)Math.Max(1, Truth) : null;

    public double? ShiftError => RegisteredShift is { } r ? Math.Sqrt(Math.Pow(r.East - TrueShift.East, 2) + Math.Pow(r.North - TrueShift.North, 2)) : null;

    /// <summary>The target rule: a null count meets it only when nothing is truly visible.</summary>
    public static bool MeetsTarget(int? count, int truth, double gsd) =>
        count is { } c ? Math.Abs(c - truth) <= AccuracyEvaluator.CountTolerance(gsd, truth) + 1e-9 : truth == 0;

    /// <summary>Whether [low, high] holds the truth; a null count holds it only when nothing is truly visible.</summary>
    public static bool Holds(int? low, int? high, int truth) => low is { } l && high is { } h ? l <= truth && truth <= h : truth == 0;
}
