using RailWatch.Core.Counting;

namespace RailWatch.Vision;

/// <summary>A count with what calibration needs: the counts before the per-resolution correction.</summary>
public sealed record CountReport(YardCount Count, double? RawTotal, IReadOnlyDictionary<string, double?> RawTracks, double RegistrationConfidence)
{
    /// <summary>
    /// Coarse resolutions: the observed track length in mean car pitches (the number of cars the visible tracks
    /// would hold if full), which calibration needs beside the raw count; 0 where cars were segmented.
    /// </summary>
    public double? ObservedPitches { get; init; }

    /// <summary>
    /// Visible track length whose occupancy the counter could not decide, in mean car pitches (see
    /// <c>Estimation.TrackMass</c>); with the observed fraction, what each scene's interval widens with.
    /// </summary>
    public double? UnsureCars { get; init; }

    /// <summary>The evidence the total's interval was scaled by.</summary>
    public Model.IntervalEvidence Evidence => new(Count.ObservedFraction, UnsureCars ?? 0);

    /// <summary>Per-track internals, for the benchmark's diagnostics.</summary>
    internal IReadOnlyList<Occupancy.TrackProfile>? Profiles { get; init; }
}
