using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;

namespace RailWatch.Vision.Tests.Support;

/// <summary>
/// A small hand-drawn yard for unit tests: straight or curved tracks on ballast with dark rails, cars as
/// rectangles of varied tone with a shadow to one side, optional clouds and a deliberate georeference error.
/// Anti-aliased by supersampling; independent of RailWatch.Synth.
/// </summary>
internal sealed class TestScene
{
    public static readonly GeoPoint Origin = new(130.6, 42.4);

    private static readonly double[] Tones = [0.12, 0.35, 0.85, 0.22, 0.72];

    public double Gsd { get; init; } = 0.3;

    public double WidthMetres { get; init; } = 240;

    public double HeightMetres { get; init; } = 60;

    public int TrackCount { get; init; } = 3;

    public double Spacing { get; init; } = 4.8;

    /// <summary>Radius of the tracks' arc in metres, or null for straight tracks.</summary>
    public double? CurveRadius { get; init; }

    /// <summary>Cars per track as (start along the track, length) in metres.</summary>
    public Func<int, IReadOnlyList<(double Start, double Length)>> Cars { get; init; } = _ => [];

    /// <summary>The file georeference minus the truth, in metres.</summary>
    public (double East, double North) GeoError { get; init; }

    /// <summary>Metres east of the image's west edge beyond which cloud covers everything, or null for none.</summary>
    public double? CloudEastOf { get; init; }

    public double Noise { get; init; } = 0.01;

    public int Seed { get; init; } = 1;

    public LocalMetricFrame Frame { get; } = new(Origin);

    public double TrackStart => 20;

    public double TrackLength => WidthMetres - 40;

    /// <summary>Centre line (east, north) of track k at arc length s.</summary>
    public (double E, double N) CentreLine(int k, double s)
    {
        var offset = (k - ((TrackCount - 1) / 2.0)) * Spacing;
        var west = -WidthMetres / 2;
        if (CurveRadius is not { } r)
        {
            return (west + TrackStart + s, offset);
        }

        // Concentric arcs bulging north, centre below the image.
        var radius = r - offset;
        var angle = (s - (TrackLength / 2)) / r;
        return (radius * Math.Sin(angle), (radius * Math.Cos(angle)) - r);
    }

    public Yard Yard()
    {
        var tracks = new List<Track>();
        for (var k = 0; k < TrackCount; k++)
        {
            var pts = new List<GeoPoint>();
            var n = CurveRadius is null ? 1 : 40;
            for (var i = 0; i <= n; i++)
            {
                var (e, nn) = CentreLine(k, TrackLength * i / n);
                pts.Add(Frame.ToGeo(e, nn));
            }

            tracks.Add(new Track($"T{k + 1}", pts));
        }

        var w = WidthMetres / 2;
        var h = HeightMetres / 2;
        var poly = new[] { Frame.ToGeo(-w + 5, -h + 5), Frame.ToGeo(w - 5, -h + 5), Frame.ToGeo(w - 5, h - 5), Frame.ToGeo(-w + 5, h - 5) };
        return new Yard("test-yard", "Test yard", poly, tracks);
    }

    public int CarCount => Enumerable.Range(0, TrackCount).Sum(k => Cars(k).Count);

    /// <summary>Renders grey values (0..1) at true positions, then georeferences the grid with the error.</summary>
    public RasterImage Render(Func<float[], RasterImage>? wrap = null)
    {
        var gray = RenderGray();
        return wrap is null ? Gray(gray) : wrap(gray);
    }

    public int Width => (int)Math.Round(WidthMetres / Gsd);

    public int Height => (int)Math.Round(HeightMetres / Gsd);

    public IPixelGeoreference Georeference =>
        new TestGeoreference(Frame, (-WidthMetres / 2) + GeoError.East, (HeightMetres / 2) + GeoError.North, Gsd);

    public RasterImage Gray(float[] plane, double white = 1.0) =>
        new(Width, Height, [plane], [BandRole.Gray], Georeference, null, white);

    public float[] RenderGray()
    {
        var w = Width;
        var h = Height;
        var img = new float[w * h];
        var rng = new Random(Seed);
        var cars = Enumerable.Range(0, TrackCount).Select(Cars).ToList();
        const int ss = 3;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                double acc = 0;
                for (var sy = 0; sy < ss; sy++)
                {
                    for (var sx = 0; sx < ss; sx++)
                    {
                        var e = (-WidthMetres / 2) + ((x + ((sx + 0.5) / ss)) * Gsd);
                        var n = (HeightMetres / 2) - ((y + ((sy + 0.5) / ss)) * Gsd);
                        acc += Shade(e, n, cars);
                    }
                }

                var v = (acc / (ss * ss)) + (Noise * Gaussian(rng));
                if (CloudEastOf is { } c && (x * Gsd) > c)
                {
                    v = 0.93 + (0.003 * Gaussian(rng));
                }

                img[(y * w) + x] = (float)Math.Clamp(v, 0, 1);
            }
        }

        return img;
    }

    private double Shade(double e, double n, List<IReadOnlyList<(double Start, double Length)>> cars)
    {
        // Ground and ballast with grain, as real ground has.
        var value = 0.55 + (0.03 * Math.Sin(e * 2.1) * Math.Cos(n * 1.3)) + (0.06 * Grain(e, n));
        for (var k = 0; k < TrackCount; k++)
        {
            var (s, d) = Local(k, e, n);
            if (s < -2 || s > TrackLength + 2)
            {
                continue;
            }

            if (s >= 0 && s <= TrackLength && Math.Abs(Math.Abs(d) - 0.72) < 0.04)
            {
                value = 0.2;
            }

            for (var i = 0; i < cars[k].Count; i++)
            {
                var (start, len) = cars[k][i];
                if (s >= start && s <= start + len)
                {
                    if (Math.Abs(d) <= 1.5)
                    {
                        return Tones[(i + k) % Tones.Length];
                    }

                    if (d < -1.5 && d > -3.0)
                    {
                        value *= 0.45;
                    }
                }
            }
        }

        return value;
    }

    private (double S, double D) Local(int k, double e, double n)
    {
        var offset = (k - ((TrackCount - 1) / 2.0)) * Spacing;
        if (CurveRadius is not { } r)
        {
            var (e0, n0) = CentreLine(k, 0);
            return (e - e0, n - n0);
        }

        var dx = e;
        var dy = n + r;
        var dist = Math.Sqrt((dx * dx) + (dy * dy));
        var angle = Math.Atan2(dx, dy);
        return ((angle * r) + (TrackLength / 2), dist - (r - offset));
    }

    /// <summary>Deterministic value noise in [-1, 1] on 0.6 m cells.</summary>
    private static double Grain(double e, double n)
    {
        var i = (long)Math.Floor(e / 0.6);
        var j = (long)Math.Floor(n / 0.6);
        var h = unchecked((ulong)((i * 73856093) ^ (j * 19349663)) * 0x9E3779B97F4A7C15UL);
        return ((h >> 40) / (double)(1UL << 24) * 2) - 1;
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
