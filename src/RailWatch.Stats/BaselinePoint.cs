namespace RailWatch.Stats;

/// <summary>
/// The baseline at one observation, as known just before it (online): the expected count and the band outside
/// which the one-sided spike test would flag at the per-observation level, for drawing beside the counts.
/// </summary>
public sealed record BaselinePoint(
    string YardId,
    DateTimeOffset Acquired,
    int? Count,
    double ObservedFraction,
    double Expected,
    double Lower,
    double Upper,
    double PValue,
    bool ColdStart,
    bool Flagged);
