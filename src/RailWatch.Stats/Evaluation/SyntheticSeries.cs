using RailWatch.Core.Flags;

namespace RailWatch.Stats.Evaluation;

/// <summary>Labelled synthetic count series: the observations and the events injected into them.</summary>
public sealed record SyntheticSeries(
    SyntheticSeriesOptions Options,
    IReadOnlyList<CountObservation> Observations,
    IReadOnlyList<LabelledEvent> Events)
{
    /// <summary>Each yard's true generating parameters, for analysing misses (empty for hand-made series).</summary>
    public IReadOnlyList<SyntheticYard> Yards { get; init; } = [];

    /// <summary>
    /// For each observation (same order), the true mean count of the whole yard without the injected events: what a
    /// detector that knew the generating model would test against (empty for hand-made series).
    /// </summary>
    public IReadOnlyList<double> InControlMeans { get; init; } = [];
}

/// <summary>
/// A synthetic yard's true parameters: base mean, negative-binomial size (overdispersion: Var = μ + μ²/size),
/// revisit in days and the counter's relative noise (SD 0.5 + quality · count).
/// </summary>
public sealed record SyntheticYard(string YardId, double BaseMean, double Size, int RevisitDays, double CounterQuality);
