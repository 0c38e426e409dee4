using RailWatch.ThirdScenes.Bench.Plan;

namespace RailWatch.ThirdScenes.Bench.Rendering;

/// <summary>
/// Cumulus and cirrus as the image shows them (opacity per point of the image), and their shadows on the ground:
/// the cloud that shades a point is up the sun's ray at the cloud's height, and shows in the image displaced by the
/// view's lean, so shadows are offset from the clouds by the sun and view geometry.
/// </summary>
internal sealed class CloudField
{
    private const double CirrusHeight = 8000;
    private readonly WeatherPlan weather;
    private readonly Noise cumulus;
    private readonly Noise cirrus;
    private readonly double threshold;
    private readonly (double X, double Y) shadowShift;
    private readonly (double X, double Y) cirrusShift;
    private readonly double cirrusCos;
    private readonly double cirrusSin;

    public CloudField(ScenePlan plan, SunView sun, (double MinX, double MinY, double MaxX, double MaxY) area)
    {
        weather = plan.Weather;
        cumulus = new Noise(plan.Seed * 131 + 7);
        cirrus = new Noise(plan.Seed * 137 + 11);
        var height = weather.CloudHeightMetres;
        shadowShift = ((height * sun.CotElevation * sun.SunX) + (height * sun.LeanX), (height * sun.CotElevation * sun.SunY) + (height * sun.LeanY));
        cirrusShift = ((CirrusHeight * sun.CotElevation * sun.SunX) + (CirrusHeight * sun.LeanX), (CirrusHeight * sun.CotElevation * sun.SunY) + (CirrusHeight * sun.LeanY));
        cirrusCos = Math.Cos(weather.CirrusAngleDeg * Math.PI / 180);
        cirrusSin = Math.Sin(weather.CirrusAngleDeg * Math.PI / 180);
        threshold = Threshold(plan.Seed, area);
    }

    public bool Any => weather.CloudCover > 0 || weather.CirrusOpacity > 0;

    /// <summary>Opacity of cloud seen at an image point (0 clear … 1 thick).</summary>
    public double Opacity(double x, double y)
    {
        var cu = Cumulus(x, y);
        var ci = Cirrus(x, y);
        return 1 - ((1 - cu) * (1 - ci));
    }

    /// <summary>Brightness of the cloud at a point, relative to a white surface in full sun.</summary>
    public float Brightness(double x, double y) => 0.7f + (0.3f * cumulus.Fbm(x + 77, y - 31, weather.CloudScaleMetres / 6, 3));

    /// <summary>The share of direct sun that reaches the ground at a point.</summary>
    public float Light(double x, double y)
    {
        var cu = Cumulus(x + shadowShift.X, y + shadowShift.Y);
        var ci = Cirrus(x + cirrusShift.X, y + cirrusShift.Y);
        return (float)((1 - (0.9 * cu)) * (1 - (0.45 * ci)));
    }

    private double Cumulus(double x, double y)
    {
        if (weather.CloudCover <= 0)
        {
            return 0;
        }

        var v = cumulus.Fbm(x, y, weather.CloudScaleMetres, 5);
        return Smooth(threshold, threshold + 0.06, v);
    }

    private double Cirrus(double x, double y)
    {
        if (weather.CirrusOpacity <= 0)
        {
            return 0;
        }

        var a = (x * cirrusCos) + (y * cirrusSin);
        var b = (-x * cirrusSin) + (y * cirrusCos);
        var v = cirrus.Fbm(a / 8, b, 60, 4);
        return weather.CirrusOpacity * Smooth(0.4, 0.65, v);
    }

    /// <summary>The noise level above which the planned share of the area is cloud (from a fixed sample of the field).</summary>
    private double Threshold(int seed, (double MinX, double MinY, double MaxX, double MaxY) area)
    {
        if (weather.CloudCover <= 0)
        {
            return 2;
        }

        var random = new Random(seed ^ 0x3C1D);
        var values = new double[2000];
        for (var i = 0; i < values.Length; i++)
        {
            // Half where the clouds show, half where those shading the image are: both cover about the planned share.
            var (dx, dy) = i % 2 == 0 ? (0.0, 0.0) : shadowShift;
            var x = area.MinX + (random.NextDouble() * (area.MaxX - area.MinX)) + dx;
            var y = area.MinY + (random.NextDouble() * (area.MaxY - area.MinY)) + dy;
            values[i] = cumulus.Fbm(x, y, weather.CloudScaleMetres, 5);
        }

        Array.Sort(values);
        return values[(int)((1 - weather.CloudCover) * (values.Length - 1))] - 0.03;
    }

    private static double Smooth(double low, double high, double v)
    {
        var t = Math.Clamp((v - low) / (high - low), 0, 1);
        return t * t * (3 - (2 * t));
    }
}
