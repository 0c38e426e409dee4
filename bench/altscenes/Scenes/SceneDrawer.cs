using RailWatch.Core.Geometry;

namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>Draws a whole scene from a seed; the same seed always gives the same scene.</summary>
internal static class SceneDrawer
{
    /// <summary>Most supersampled pixels one scene renders (time and memory); larger yards are cropped by the image.</summary>
    private const double MaxFinePixels = 7e6;

    public static Scene Draw(int seed)
    {
        var gsdRng = RandomDraws.Stream(seed, 1);
        var gsd = DrawGsd(seed, gsdRng);
        var supersample = Math.Clamp((int)Math.Ceiling(gsd / 0.25), 2, 6);
        var origin = new GeoPoint(gsdRng.Uniform(-170, 170), gsdRng.Uniform(-50, 60));
        var errorRadius = 10 * Math.Sqrt(gsdRng.NextDouble());
        var errorAngle = gsdRng.Uniform(0, 2 * Math.PI);
        var geoError = (errorRadius * Math.Cos(errorAngle), errorRadius * Math.Sin(errorAngle));

        var layout = YardLayoutDrawer.Draw(RandomDraws.Stream(seed, 2));
        var window = DrawWindow(RandomDraws.Stream(seed, 3), layout, gsd, supersample);
        var look = LookDrawer.Draw(RandomDraws.Stream(seed, 4));
        look = look with { Light = look.Light with { Exposure = Math.Min(look.Light.Exposure, BrightestExposure(layout, look)) } };
        var surroundings = SurroundingsDrawer.Draw(RandomDraws.Stream(seed, 5), layout, window, look);
        var cars = CarLoader.Load(RandomDraws.Stream(seed, 6), layout, look.Weather == Weather.Snow);
        return new Scene(seed, gsd, supersample, origin, window, geoError, layout, cars, surroundings, look);
    }

    /// <summary>
    /// The exposure that puts the yard's sunlit gravel at 80 % of white: products are exposed for the land, so
    /// gravel is never burnt out (snow may be).
    /// </summary>
    private static double BrightestExposure(YardLayout layout, SceneLook look)
    {
        var gravel = layout.Surface.Gravel;
        var brightest = Math.Max(gravel.R, Math.Max(gravel.G, Math.Max(gravel.B, gravel.N)));
        var lifted = (brightest * (1 - look.Haze)) + (look.Veil.B * look.Haze);
        return 0.8 / lifted;
    }

    /// <summary>
    /// The resolution plan over seeds: every ten consecutive seeds hold four scenes at 0.3–0.5 m, three at 0.5–1 m,
    /// one at 1–2 m and two at 3 m.
    /// </summary>
    private static double DrawGsd(int seed, Random rng) => (((seed % 10) + 10) * 3 % 10) switch
    {
        < 4 => rng.Uniform(0.3, 0.5),
        < 7 => rng.Uniform(0.5, 1.0),
        7 => rng.Uniform(1.0, 2.0),
        _ => 3.0,
    };

    /// <summary>
    /// The image covers the yard with a margin of fields; where that is more than the pixel budget it shows a part of
    /// the yard, and now and then the yard runs off one side.
    /// </summary>
    private static ImageWindow DrawWindow(Random rng, YardLayout layout, double gsd, int supersample)
    {
        var curve = layout.Curve;
        double minE = double.MaxValue, minN = double.MaxValue, maxE = double.MinValue, maxN = double.MinValue;
        void Add(double s, double o)
        {
            var (e, n) = curve.ToWorld(s, o);
            (minE, minN, maxE, maxN) = (Math.Min(minE, e), Math.Min(minN, n), Math.Max(maxE, e), Math.Max(maxN, n));
        }

        for (var s = layout.ZoneStartS; s <= layout.ZoneEndS; s += 10)
        {
            Add(s, layout.ZoneMinOffset);
            Add(s, layout.ZoneMaxOffset);
        }

        Add(layout.ZoneEndS, layout.ZoneMinOffset);
        Add(layout.ZoneEndS, layout.ZoneMaxOffset);
        var margin = rng.Uniform(20, 60);
        minE -= margin;
        minN -= margin;
        maxE += margin;
        maxN += margin;

        var maxSide = Math.Sqrt(MaxFinePixels) / supersample * gsd;
        var widthM = Math.Min(maxE - minE, maxSide);
        var heightM = Math.Min(maxN - minN, maxSide);
        var (ce, cn) = ((minE + maxE) / 2, (minN + maxN) / 2);
        if (widthM < maxE - minE || heightM < maxN - minN)
        {
            (ce, cn) = curve.ToWorld(rng.Uniform(layout.ZoneStartS, layout.ZoneEndS), rng.Uniform(layout.MinOffset, layout.MaxOffset));
            ce = KeepInside(ce, minE, maxE, widthM);
            cn = KeepInside(cn, minN, maxN, heightM);
        }

        if (rng.Chance(0.12))
        {
            var angle = rng.Uniform(0, 2 * Math.PI);
            ce += rng.Uniform(0.2, 0.4) * widthM * Math.Cos(angle);
            cn += rng.Uniform(0.2, 0.4) * heightM * Math.Sin(angle);
        }

        var width = (int)Math.Ceiling(widthM / gsd);
        var height = (int)Math.Ceiling(heightM / gsd);
        return new ImageWindow(ce - (width * gsd / 2), cn + (height * gsd / 2), gsd, width, height);
    }

    /// <summary>A window centre moved so that a window of this size stays within [low, high] where it fits.</summary>
    private static double KeepInside(double centre, double low, double high, double size) =>
        size >= high - low ? (low + high) / 2 : Math.Clamp(centre, low + (size / 2), high - (size / 2));
}
