namespace RailWatch.Vision.Strips;

/// <summary>
/// Undoes the darkening of cloud shadows along the tracks. A cloud's shadow dims everything beneath it by a common
/// factor over tens to hundreds of metres, so the ground beside a track (1.8–5.2 m either side: bed, ballast
/// shoulders, the gaps between tracks) loses the same share of its brightness as the cars on it. That ground's
/// brightness, in blocks of 2 m along each strip and smoothed by a running median over 26 m, gives the light each
/// stretch of track receives. Stretches lit less than the track's sunlit level (the 80th percentile of its stretches:
/// a shadow rarely covers most of a track) by more than the ground's ordinary variation (a fifth) are multiplied
/// back up to it. Measured on the development scenes, cars in cloud shadow were the main cause of cars missed at 1 m
/// and finer (docs/vision.md, "Where it fails").
/// </summary>
internal static class CloudShadowLift
{
    private const double InnerMetres = 1.8;
    private const double OuterMetres = 5.2;
    private const double BlockMetres = 2.0;
    private const int MedianHalfBlocks = 6;
    private const double BrightQuantile = 0.75;
    private const double SunlitQuantile = 0.8;

    /// <summary>Gains below this are ordinary variation of the ground and left alone.</summary>
    private const double MinGain = 1.2;

    private const double MaxGain = 2.2;

    /// <summary>Brightens shadowed stretches of every strip in place; returns the largest gain applied (1: none).</summary>
    public static double Apply(IReadOnlyList<Strip> strips)
    {
        var largest = 1.0;
        foreach (var strip in strips)
        {
            var level = Levels(strip);
            var finite = level.Where(double.IsFinite).Order().ToList();
            if (finite.Count < 10)
            {
                continue;
            }

            var sunlit = finite[(int)(SunlitQuantile * (finite.Count - 1))];
            var block = BlockLength(strip);
            for (var t = 0; t < strip.Length; t++)
            {
                var l = level[Math.Min(level.Length - 1, t / block)];
                if (!double.IsFinite(l) || l <= 0)
                {
                    continue;
                }

                var gain = Math.Min(MaxGain, sunlit / l);
                if (gain < MinGain)
                {
                    continue;
                }

                largest = Math.Max(largest, gain);
                for (var v = 0; v < strip.Width; v++)
                {
                    var i = strip.Index(t, v);
                    strip.Luma[i] = (float)(strip.Luma[i] * gain);
                    if (strip.ChromaA is not null && strip.ChromaB is not null)
                    {
                        strip.ChromaA[i] = (float)(strip.ChromaA[i] * gain);
                        strip.ChromaB[i] = (float)(strip.ChromaB[i] * gain);
                    }
                }
            }
        }

        return largest;
    }

    private static int BlockLength(Strip strip) => Math.Max(1, (int)Math.Round(BlockMetres / strip.StepMetres));

    /// <summary>The ground's bright level per block along the strip, smoothed; NaN where nothing beside it was seen.</summary>
    private static double[] Levels(Strip strip)
    {
        var block = BlockLength(strip);
        var blocks = (strip.Length + block - 1) / block;
        var raw = new double[blocks];
        var values = new List<float>();
        for (var b = 0; b < blocks; b++)
        {
            values.Clear();
            for (var t = b * block; t < Math.Min(strip.Length, (b + 1) * block); t++)
            {
                for (var v = 0; v < strip.Width; v++)
                {
                    var o = Math.Abs(strip.OffsetsMetres[v]);
                    var i = strip.Index(t, v);
                    if (o is >= InnerMetres and <= OuterMetres && strip.Visible[i])
                    {
                        values.Add(strip.Luma[i]);
                    }
                }
            }

            if (values.Count < 4)
            {
                raw[b] = double.NaN;
                continue;
            }

            values.Sort();
            raw[b] = values[(int)(BrightQuantile * (values.Count - 1))];
        }

        var smooth = new double[blocks];
        var window = new List<double>();
        for (var b = 0; b < blocks; b++)
        {
            window.Clear();
            for (var j = Math.Max(0, b - MedianHalfBlocks); j <= Math.Min(blocks - 1, b + MedianHalfBlocks); j++)
            {
                if (double.IsFinite(raw[j]))
                {
                    window.Add(raw[j]);
                }
            }

            if (window.Count == 0)
            {
                smooth[b] = double.NaN;
                continue;
            }

            window.Sort();
            smooth[b] = window[window.Count / 2];
        }

        return smooth;
    }
}
