using RailWatch.Core.Flags;

namespace RailWatch.Stats.Evaluation;

/// <summary>Labelled synthetic count series: the observations and the events injected into them.</summary>
public sealed record SyntheticSeries(
    SyntheticSeriesOptions Options,
    IReadOnlyList<CountObservation> Observations,
    IReadOnlyList<LabelledEvent> Events);
