using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Occupancy;

/// <summary>
/// One strip's per-sample features (<see cref="SampleFeatures.Count"/> per sample, row-major), which samples can be
/// seen, and which side of each sample is darker (how it is turned when shadows fall along the track).
/// </summary>
internal sealed record StripFeatures(Strip Strip, float[] Rows, bool[] Visible, bool[] DarkerRight)
{
    /// <summary>Turns every visible sample, in place, so that the side away from the sun comes last.</summary>
    public void Orient(ShadowDirection shadow)
    {
        for (var t = 0; t < Strip.Length; t++)
        {
            if (Visible[t])
            {
                var r = t * SampleFeatures.Count;
                SampleFeatures.Orient(Rows, r, Rows, r, LateralAt(shadow, t), DarkerRight[t]);
            }
        }
    }

    /// <summary>Cosine between the shadow direction and the strip's left normal at sample <paramref name="t"/> (0 when unknown).</summary>
    public double LateralAt(ShadowDirection shadow, int t) =>
        shadow.IsKnown ? shadow.LateralComponent(Strip.Path, Strip.ArcAt(t)) : 0;
}
