using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Occupancy;

/// <summary>What the counter believes at each along-track sample of one strip.</summary>
internal sealed class TrackProfile
{
    public TrackProfile(Strip strip)
    {
        Strip = strip;
        var n = strip.Length;
        Visible = new bool[n];
        Contrast = new float[n];
        Probability = new float[n];
        CutEvidence = new float[n + 1];
    }

    public Strip Strip { get; }

    /// <summary>The core of the track can be seen (data, no cloud) at this sample.</summary>
    public bool[] Visible { get; }

    /// <summary>Difference from empty track, in units of the empty track's own spread.</summary>
    public float[] Contrast { get; }

    /// <summary>Probability that a car covers this sample (0.5 where not visible).</summary>
    public float[] Probability { get; }

    /// <summary>Evidence for a boundary between cars before sample t (t = 0..Length).</summary>
    public float[] CutEvidence { get; }

    /// <summary>How squarely the scene's shadows cross the track at its middle, times their strength (0 where unknown).</summary>
    public double ShadowCrossing { get; init; }

    public double ObservedFraction => Visible.Length == 0 ? 0 : Visible.Count(v => v) / (double)Visible.Length;
}
