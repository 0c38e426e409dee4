using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;
using RailWatch.Synth;

namespace RailWatch.Synth.Tests;

/// <summary>Small yards and helpers that keep every test fast.</summary>
internal static class TestYards
{
    /// <summary>Three straight east–west body tracks of 150–180 m with a lead and ladders.</summary>
    public static Yard Small { get; } = YardGenerator.Generate(new YardLayoutOptions
    {
        Seed = 3,
        BodyTracks = 3,
        MinTrackLengthMetres = 150,
        MaxTrackLengthMetres = 180,
        OrientationDegrees = 90,
        CurveRadiusMetres = 0,
        CurvedBranch = false,
    });

    public static SceneOptions Quick(int seed = 11) => new()
    {
        Seed = seed,
        GsdMetres = 0.5,
        MarginMetres = 15,
        Clutter = false,
        Catenary = false,
        Occupancy = 0.6,
    };

    public static float Pixel(RasterImage image, int band, double column, double row)
    {
        var c = Math.Clamp((int)Math.Floor(column), 0, image.Width - 1);
        var r = Math.Clamp((int)Math.Floor(row), 0, image.Height - 1);
        return image.Bands[band][(r * image.Width) + c];
    }

    /// <summary>Pixel positions along a car's axis (centre ± 40 % of its length), moved north by <paramref name="northOffsetMetres"/>, in the TRUE grid of a scene rendered without geolocation error.</summary>
    public static IEnumerable<(double Column, double Row)> AlongCar(RenderedScene scene, CarTruth car, double northOffsetMetres = 0)
    {
        var frame = new LocalMetricFrame(new GeoPoint(car.Center[0], car.Center[1]));
        var h = car.HeadingDeg * Math.PI / 180;
        foreach (var f in new[] { -0.4, -0.2, 0, 0.2, 0.4 })
        {
            var p = frame.ToGeo(Math.Sin(h) * f * car.LengthM, (Math.Cos(h) * f * car.LengthM) + northOffsetMetres);
            yield return scene.Image.Georeference.ToPixel(p);
        }
    }

    public static double MeanAbsDiff(RenderedScene a, RenderedScene b, IEnumerable<(double Column, double Row)> pixels)
    {
        double sum = 0;
        var n = 0;
        foreach (var (c, r) in pixels)
        {
            for (var band = 0; band < a.Image.Bands.Count; band++)
            {
                sum += Math.Abs(Pixel(a.Image, band, c, r) - Pixel(b.Image, band, c, r));
                n++;
            }
        }

        return n == 0 ? 0 : sum / n;
    }

    public static double StdDev(float[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }
}
