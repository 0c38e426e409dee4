namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>
/// How much of a pixel's extent a thin or periodic feature covers, so that rails and sleepers narrower than a fine
/// pixel still add their share of darkness instead of flickering in and out.
/// </summary>
internal static class Coverage
{
    /// <summary>Share of [x0, x1] inside [a0, a1].</summary>
    public static float Interval(double x0, double x1, double a0, double a1) =>
        (float)(Math.Max(0, Math.Min(x1, a1) - Math.Max(x0, a0)) / (x1 - x0));

    /// <summary>Share of [x − half, x + half] inside the stripes [k·pitch, k·pitch + width).</summary>
    public static float Periodic(double x, double half, double pitch, double width)
    {
        static double Cumulative(double v, double pitch, double width)
        {
            var k = Math.Floor(v / pitch);
            return (k * width) + Math.Min(v - (k * pitch), width);
        }

        return (float)((Cumulative(x + half, pitch, width) - Cumulative(x - half, pitch, width)) / (2 * half));
    }
}
