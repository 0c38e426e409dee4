using RailWatch.Core.Counting;

namespace RailWatch.Vision;

/// <summary>A count with what calibration needs: the counts before the per-resolution correction.</summary>
public sealed record CountReport(YardCount Count, double? RawTotal, IReadOnlyDictionary<string, double?> RawTracks, double RegistrationConfidence)
{
    /// <summary>Per-track internals, for the benchmark's diagnostics.</summary>
    internal IReadOnlyList<Occupancy.TrackProfile>? Profiles { get; init; }
}
