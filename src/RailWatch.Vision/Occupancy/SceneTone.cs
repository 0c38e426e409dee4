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
        var spread = 1.4826f * MedianOf(luma.Select(x => Math.Abs(x - median)).ToList());
        return new SceneTone(median, Math.Max(MinSpread, spread), a.Count > 0 ? MedianOf(a) : 0, b.Count > 0 ? MedianOf(b) : 0);
    }

    private static float MedianOf(List<float> values)
    {
        var v = values.ToArray();
        Array.Sort(v);
        return v[v.Length / 2];
    }
}
