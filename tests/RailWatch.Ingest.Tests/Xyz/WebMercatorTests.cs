using RailWatch.Core.Geometry;
using RailWatch.Ingest.Xyz;

namespace RailWatch.Ingest.Tests.Xyz;

public sealed class WebMercatorTests
{
    [Test]
    public void Resolution_Zoom0_IsTheWellKnownValue() =>
        Assert.That(WebMercator.Resolution(0, 256), Is.EqualTo(156543.03392804097).Within(1e-6));

    [Test]
    public void TileOf_KnownPlaces_MatchTheSlippyMapFormula()
    {
        // Slippy-map tile names: lon → x = (lon + 180) / 360 · 2^z; lat → y = (1 − asinh(tan φ) / π) / 2 · 2^z.
        var p = new GeoPoint(130.5985, 42.4175);
        var (x, y) = WebMercator.TileOf(p, 15);
        var n = Math.Pow(2, 15);
        var lat = p.Lat * Math.PI / 180;
        Assert.That(x, Is.EqualTo((p.Lon + 180) / 360 * n).Within(1e-6));
        Assert.That(y, Is.EqualTo((1 - (Math.Asinh(Math.Tan(lat)) / Math.PI)) / 2 * n).Within(1e-6));
    }

    [Test]
    public void ToGeo_InvertsToMetres()
    {
        var p = new GeoPoint(-105.1019, 40.1672);
        var (mx, my) = WebMercator.ToMetres(p);

        var back = WebMercator.ToGeo(mx, my);

        Assert.That(back.Lon, Is.EqualTo(p.Lon).Within(1e-9));
        Assert.That(back.Lat, Is.EqualTo(p.Lat).Within(1e-9));
    }

    [TestCase(0.5, 42.4, 18)]
    [TestCase(10, 42.4, 14)]
    [TestCase(0.01, 42.4, 19)]
    public void ZoomFor_TargetGsd_IsTheCoarsestZoomAtLeastThatFine(double gsd, double lat, int expected)
    {
        var zoom = WebMercator.ZoomFor(gsd, 256, lat, 19);

        Assert.That(zoom, Is.EqualTo(expected));
        if (zoom < 19)
        {
            Assert.That(WebMercator.GroundResolution(zoom, 256, lat), Is.LessThanOrEqualTo(gsd * 1.0001));
            Assert.That(WebMercator.GroundResolution(zoom - 1, 256, lat), Is.GreaterThan(gsd));
        }
    }
}
