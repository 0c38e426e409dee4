using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Occupancy;

/// <summary>
/// The yard's typical tone and colour along its tracks (median) and how much they vary (scaled MAD): the unit in
/// which the classifiers see every sample, so that gain, offset, haze and sensor range drop out.
/// </summary>
internal sealed record SceneTone(double Median, float Spread, double MedianA, double MedianB)
{
    private const float MinSpread = 0.02f;

    public float Z(double luma) => (float)((luma - Median) / Spread);

    public static SceneTone Of(IReadOnlyList<Strip> strips)
    {
        var luma = new List<float>();
        var a = new List<float>();
        var b = new List<float>();
        foreach (var strip in strips)
        {
            var stride = Math.Max(1, strip.Length * strip.Width / 20000);
            for (var i = 0; i < strip.Luma.Length; i += stride)
            {
                if (!strip.Visible[i])
                {
                    continue;
                }

                luma.Add(strip.Luma[i]);
                if (strip.ChromaA is not null)
                {
                    a.Add(strip.ChromaA[i]);
                    b.Add(strip.ChromaB![i]);
                }
            }
        }

        if (luma.Count == 0)
        {
            return new SceneTone(0.5, 0.1f, 0, 0);
        }

        var median = MedianOf(luma);
        var deviations = new List<float>(luma.Count);
        foreach (var x in luma)
        {
            deviations.Add(Math.Abs(x - median));
        }

        var spread = 1.4826f * MedianOf(deviations);
        return new SceneTone(median, Math.Max(MinSpread, spread), a.Count > 0 ? MedianOf(a) : 0, b.Count > 0 ? MedianOf(b) : 0);
    }

    /// <summary>The upper median (the middle value of the sorted list), without sorting.</summary>
    private static float MedianOf(List<float> values)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values);
        return Selection.OrderStatistics(span, [span.Length / 2])[0];
    }
}
