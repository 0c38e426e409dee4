using System.Runtime.CompilerServices;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Occupancy;

/// <summary>
/// What the occupancy and boundary classifiers see at each along-track sample of a strip: the cross-section of the
/// track (car roof or ballast between rails, car sides or ballast shoulders, shadows), its texture along the track,
/// the rails, colour, the look a few metres before and after, and how the sample compares with the rest of its
/// track. Tones are in units of the scene's own spread around its median, so gain, offset and haze do not matter.
/// </summary>
internal static class SampleFeatures
{
    public const int Count = 51;

    /// <summary>Cross-section offsets (metres, left positive) whose tone is a feature.</summary>
    private static readonly double[] ProfileOffsets = [-5.0, -4.0, -3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0];

    private const double CoreHalfWidth = 1.0;

    /// <summary>Features of every strip of one scene (the scene's tone and shadow direction read once from all of them).</summary>
    public static (float[] Rows, bool[] Visible)[] ComputeAll(IReadOnlyList<Strip> strips, double gsd) =>
        ComputeAll(strips, gsd, ShadowDirection.Of(strips));

    /// <summary>Features of every strip of one scene whose shadow direction is already known.</summary>
    public static (float[] Rows, bool[] Visible)[] ComputeAll(IReadOnlyList<Strip> strips, double gsd, ShadowDirection shadow)
    {
        var tone = SceneTone.Of(strips);
        var features = new (float[] Rows, bool[] Visible)[strips.Count];
        Parallel.For(0, strips.Count, k => features[k] = Compute(strips[k], tone, shadow, gsd));
        return features;
    }

    /// <summary>Index of the first of the cross-section tones (<see cref="ProfileOffsets"/>, right to left).</summary>
    private const int ProfileIndex = 0;

    /// <summary>Index of the core tone (the mean over ±1 m of the centre line), right after the cross-section.</summary>
    public const int CoreIndex = 17;

    /// <summary>Index of the car-side edge on the right (negative offsets); the left one follows.</summary>
    private const int EdgeIndex = 20;

    /// <summary>Index of the feature "how squarely shadows cross the track" (|cosine|).</summary>
    private const int LateralIndex = 38;

    /// <summary>Index of the first of the cross-section ratios (offsets −1.5 to +1.5 m).</summary>
    private const int RatioIndex = 40;

    private const int RatioCount = 7;

    /// <summary>
    /// Features of every sample, row-major (<see cref="Count"/> per sample), each turned by <see cref="Orient"/> so that the
    /// side away from the sun comes last, and which samples can be seen.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (float[] Rows, bool[] Visible) Compute(Strip strip, SceneTone tone, ShadowDirection shadow, double gsd)
    {
        var n = strip.Length;
        var step = strip.StepMetres;
        var cross = CrossSections(strip, tone, out var visible);
        var core = new float[n];
        var chromaA = new float[n];
        var chromaB = new float[n];
        var rails = new float[n];
        CoreLooks(strip, tone, gsd, core, chromaA, chromaB, rails);

        var window = Math.Max(0, (int)Math.Round(Math.Max(0.6, 0.5 * gsd) / step));
        var smoothCross = SmoothAlong(cross, n, ProfileOffsets.Length, visible, window);
        var smoothCore = SmoothAlong(core, n, 1, visible, window);
        var smoothRails = SmoothAlong(rails, n, 1, visible, window);
        var smoothA = SmoothAlong(chromaA, n, 1, visible, window);
        var smoothB = SmoothAlong(chromaB, n, 1, visible, window);
        var texture = AlongSpread(core, visible, Math.Max(1, (int)Math.Round(1.5 / step)));
        var (trackMedian, trackLow, trackHigh) = TrackTones(smoothCore, visible);

        int Along(double metres) => (int)Math.Round(metres / step);
        var near = Math.Max(1, Along(1.0));
        var far = Math.Max(near + 1, Along(2.0));
        var context = Math.Max(far + 1, Along(4.0));
        var colourReach = Math.Max(1, Along(1.5));

        var rows = new float[n * Count];
        for (var t = 0; t < n; t++)
        {
            if (!visible[t])
            {
                continue;
            }

            var r = t * Count;
            var k = 0;
            var m = ProfileOffsets.Length;
            var b = t * m;
            double right = 0, left = 0;
            for (var j = 0; j < 5; j++)
            {
                right += smoothCross[b + j];
                left += smoothCross[b + m - 1 - j];
            }

            var darkerRight = right < left;
            for (var j = 0; j < m; j++)
            {
                rows[r + k++] = smoothCross[b + j];
            }

            var c = smoothCore[t];
            rows[r + k++] = c;
            rows[r + k++] = smoothRails[t];
            rows[r + k++] = texture[t];
            rows[r + k++] = Math.Abs(smoothCross[b + 5] - smoothCross[b + 4]);
            rows[r + k++] = Math.Abs(smoothCross[b + 11] - smoothCross[b + 12]);
            rows[r + k++] = smoothA[t];
            rows[r + k++] = smoothB[t];
            rows[r + k++] = MathF.Sqrt((smoothA[t] * smoothA[t]) + (smoothB[t] * smoothB[t]));
            rows[r + k++] = At(core, visible, t - far, c) - core[t];
            rows[r + k++] = At(core, visible, t - near, c) - core[t];
            rows[r + k++] = At(core, visible, t + near, c) - core[t];
            rows[r + k++] = At(core, visible, t + far, c) - core[t];
            rows[r + k++] = Math.Abs(At(smoothCore, visible, t - context, c) - c) + Math.Abs(At(smoothCore, visible, t + context, c) - c);
            rows[r + k++] = Math.Abs(At(chromaA, visible, t - colourReach, chromaA[t]) - At(chromaA, visible, t + colourReach, chromaA[t]))
                + Math.Abs(At(chromaB, visible, t - colourReach, chromaB[t]) - At(chromaB, visible, t + colourReach, chromaB[t]));
            rows[r + k++] = c - trackMedian;
            rows[r + k++] = trackLow - trackMedian;
            rows[r + k++] = trackHigh - trackMedian;
            rows[r + k++] = (float)gsd;
            rows[r + k++] = strip.ChromaA is null ? 0 : 1;
            rows[r + k++] = tone.Spread;
            rows[r + k++] = (float)tone.Median;
            rows[r + k++] = 0; // |lateral|, set by Orient
            rows[r + k++] = (float)(shadow.Strength / tone.Spread);

            // Shadows darken what lies under them by a factor and keep its shape (rails, texture, hue): the same
            // cross-section as a ratio to its own level, which a shadow leaves nearly unchanged.
            var level = Raw(tone, c) + Epsilon;
            for (var j = 5; j <= 11; j++)
            {
                rows[r + k++] = (Raw(tone, smoothCross[b + j]) + Epsilon) / level;
            }

            rows[r + k++] = smoothRails[t] * tone.Spread / level;
            rows[r + k++] = texture[t] * tone.Spread / level;
            rows[r + k++] = (float)((smoothA[t] * tone.Spread) + tone.MedianA) / level;
            rows[r + k++] = (float)((smoothB[t] * tone.Spread) + tone.MedianB) / level;
            Orient(rows, r, shadow.IsKnown ? shadow.LateralComponent(strip.Path, strip.ArcAt(t)) : 0, darkerRight);
        }

        return (rows, visible);
    }

    /// <summary>
    /// Turns the features of the sample at <paramref name="at"/>, written from right to left (negative offsets first),
    /// so that the side away from the sun comes last: a car has its own shadow on the side away from the sun, the
    /// shadow of a car on the next track is dark towards that car and light beyond. <paramref name="lateral"/> is the
    /// cosine between the shadow direction and the track's left normal; without one that crosses the track
    /// (|cosine| ≤ 0.2) the darker side comes last.
    /// </summary>
    public static void Orient(float[] rows, int at, double lateral, bool darkerRight)
    {
        var mirror = Math.Abs(lateral) > 0.2 ? lateral < 0 : darkerRight;
        if (mirror)
        {
            Array.Reverse(rows, at + ProfileIndex, ProfileOffsets.Length);
            (rows[at + EdgeIndex], rows[at + EdgeIndex + 1]) = (rows[at + EdgeIndex + 1], rows[at + EdgeIndex]);
            Array.Reverse(rows, at + RatioIndex, RatioCount);
        }

        rows[at + LateralIndex] = (float)Math.Abs(lateral);
    }

    /// <summary>Index of the scene's shadow strength (in scene-tone units).</summary>
    private const int ShadowStrengthIndex = 39;

    /// <summary>
    /// Fades the shadow side of one oriented sample (the side away from the sun, last after <see cref="Orient"/>)
    /// towards its sun side mirrored, keeping <paramref name="keep"/> of the difference, and the scene's shadow
    /// strength with it: the sample as a weaker shadow would show it (haze, diffuse light, a sun along the track).
    /// Keeping 1 or more leaves the sample as it is.
    /// </summary>
    public static void FadeShadowSide(Span<float> row, float keep)
    {
        if (keep >= 1)
        {
            return;
        }

        var m = ProfileOffsets.Length;
        for (var j = 0; j < m / 2; j++)
        {
            Fade(row, ProfileIndex + m - 1 - j, ProfileIndex + j, keep);
        }

        Fade(row, EdgeIndex + 1, EdgeIndex, keep);
        for (var j = 0; j < RatioCount / 2; j++)
        {
            Fade(row, RatioIndex + RatioCount - 1 - j, RatioIndex + j, keep);
        }

        row[ShadowStrengthIndex] *= keep;
    }

    private static void Fade(Span<float> row, int shadowSide, int sunSide, float keep) =>
        row[shadowSide] = row[sunSide] + (keep * (row[shadowSide] - row[sunSide]));

    private const float Epsilon = 0.05f;

    /// <summary>Back from scene-tone units to the stretched luminance (0 = the yard's dark end).</summary>
    private static float Raw(SceneTone tone, float z) => Math.Max(0, (float)((z * tone.Spread) + tone.Median));

    private static float At(float[] values, bool[] visible, int t, float fallback) =>
        t >= 0 && t < values.Length && visible[t] ? values[t] : fallback;

    /// <summary>Tone at the profile offsets, interpolated across the strip, in scene-tone units.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float[] CrossSections(Strip strip, SceneTone tone, out bool[] visible)
    {
        var n = strip.Length;
        var offs = strip.OffsetsMetres;
        var m = ProfileOffsets.Length;
        var cross = new float[n * m];
        visible = new bool[n];
        var coreTotal = offs.Count(o => Math.Abs(o) <= CoreHalfWidth + 1e-9);
        for (var t = 0; t < n; t++)
        {
            var seen = 0;
            for (var v = 0; v < strip.Width; v++)
            {
                if (Math.Abs(offs[v]) <= CoreHalfWidth + 1e-9 && strip.Visible[strip.Index(t, v)])
                {
                    seen++;
                }
            }

            visible[t] = seen > 0 && seen * 2 >= coreTotal;
            if (!visible[t])
            {
                continue;
            }

            for (var j = 0; j < m; j++)
            {
                cross[(t * m) + j] = tone.Z(Interpolate(strip, t, ProfileOffsets[j]));
            }
        }

        return cross;
    }

    private static double Interpolate(Strip strip, int t, double offset)
    {
        var offs = strip.OffsetsMetres;
        var v = Array.BinarySearch(offs, offset);
        if (v < 0)
        {
            v = ~v;
        }

        v = Math.Clamp(v, 1, offs.Length - 1);
        var f = Math.Clamp((offset - offs[v - 1]) / (offs[v] - offs[v - 1]), 0, 1);
        var a = strip.Luma[strip.Index(t, v - 1)];
        var b = strip.Luma[strip.Index(t, v)];
        return a + (f * (b - a));
    }

    /// <summary>Core tone and colour, and the rails' darkness against the ballast beside them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CoreLooks(Strip strip, SceneTone tone, double gsd, float[] core, float[] chromaA, float[] chromaB, float[] rails)
    {
        var offs = strip.OffsetsMetres;
        var coreHalf = Math.Max(CoreHalfWidth, 0.5 * gsd);
        for (var t = 0; t < strip.Length; t++)
        {
            double l = 0, a = 0, b = 0, rail = 0, bed = 0;
            int cn = 0, nr = 0, nb = 0;
            for (var v = 0; v < strip.Width; v++)
            {
                var i = strip.Index(t, v);
                if (!strip.Visible[i])
                {
                    continue;
                }

                var ao = Math.Abs(offs[v]);
                var luma = strip.Luma[i];
                if (ao <= coreHalf + 1e-9)
                {
                    l += luma;
                    a += strip.ChromaA?[i] ?? 0;
                    b += strip.ChromaB?[i] ?? 0;
                    cn++;
                }

                if (ao is >= 0.55 and <= 0.9)
                {
                    rail += luma;
                    nr++;
                }
                else if (ao <= 0.3 || ao is >= 1.05 and <= 1.3)
                {
                    bed += luma;
                    nb++;
                }
            }

            if (cn == 0)
            {
                continue;
            }

            core[t] = tone.Z(l / cn);
            chromaA[t] = (float)(((a / cn) - tone.MedianA) / tone.Spread);
            chromaB[t] = (float)(((b / cn) - tone.MedianB) / tone.Spread);
            rails[t] = nr > 0 && nb > 0 ? (float)(((bed / nb) - (rail / nr)) / tone.Spread) : 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float[] SmoothAlong(float[] values, int n, int width, bool[] visible, int window)
    {
        if (window == 0)
        {
            return values;
        }

        var result = new float[values.Length];
        for (var t = 0; t < n; t++)
        {
            if (!visible[t])
            {
                continue;
            }

            for (var j = 0; j < width; j++)
            {
                double sum = 0;
                var count = 0;
                for (var u = Math.Max(0, t - window); u <= Math.Min(n - 1, t + window); u++)
                {
                    if (visible[u])
                    {
                        sum += values[(u * width) + j];
                        count++;
                    }
                }

                result[(t * width) + j] = (float)(sum / count);
            }
        }

        return result;
    }

    /// <summary>Standard deviation of the core tone within ±<paramref name="window"/> samples: ballast and sleepers are rough, roofs smooth.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float[] AlongSpread(float[] core, bool[] visible, int window)
    {
        var n = core.Length;
        var result = new float[n];
        for (var t = 0; t < n; t++)
        {
            if (!visible[t])
            {
                continue;
            }

            double sum = 0, sq = 0;
            var count = 0;
            for (var u = Math.Max(0, t - window); u <= Math.Min(n - 1, t + window); u++)
            {
                if (visible[u])
                {
                    sum += core[u];
                    sq += core[u] * core[u];
                    count++;
                }
            }

            var mean = sum / count;
            result[t] = (float)Math.Sqrt(Math.Max(0, (sq / count) - (mean * mean)));
        }

        return result;
    }

    /// <summary>The track's median core tone and its 20th and 80th percentiles: a track's own mix of cars and ballast.</summary>
    private static (float Median, float Low, float High) TrackTones(float[] core, bool[] visible)
    {
        var seen = core.Where((_, t) => visible[t]).ToArray();
        if (seen.Length == 0)
        {
            return (0, 0, 0);
        }

        Array.Sort(seen);
        float Q(double q) => seen[(int)(q * (seen.Length - 1))];
        return (Q(0.5), Q(0.2), Q(0.8));
    }
}
