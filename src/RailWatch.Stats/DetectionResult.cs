using RailWatch.Core.Flags;

namespace RailWatch.Stats;

/// <summary>The flags of a replay, and the baseline at every observation where it was asked for.</summary>
public sealed record DetectionResult(IReadOnlyList<Flag> Flags, IReadOnlyList<BaselinePoint> Baseline);
