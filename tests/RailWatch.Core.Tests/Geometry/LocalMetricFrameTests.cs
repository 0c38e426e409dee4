using RailWatch.Core.Geometry;

namespace RailWatch.Core.Tests.Geometry;

public sealed class LocalMetricFrameTests
{
    [Test]
    public void ToMetres_ThenToGeo_RoundTrips()
    {
        var frame = new LocalMetricFrame(new GeoPoint(130.6, 42.42));
        var p = new GeoPoint(130.6123, 42.4301);

        var (east, north) = frame.ToMetres(p);
        var back = frame.ToGeo(east, north);

        Assert.Multiple(() =>
        {
            Assert.That(back.Lon, Is.EqualTo(p.Lon).Within(1e-12));
            Assert.That(back.Lat, Is.EqualTo(p.Lat).Within(1e-12));
        });
    }

    [Test]
    public void ToMetres_OneThousandthDegreeNorth_IsAbout111Metres() =>
        Assert.That(new LocalMetricFrame(new GeoPoint(0, 0)).ToMetres(new GeoPoint(0, 0.001)).North, Is.EqualTo(111.32).Within(1e-9));

    [Test]
    public void GeoBounds_Expand_GrowsEverySideByTheMargin()
    {
        var bounds = new GeoBounds(130.0, 42.0, 130.01, 42.01);

        var grown = bounds.Expand(100);
        var frame = new LocalMetricFrame(bounds.Center);

        Assert.Multiple(() =>
        {
            Assert.That(frame.ToMetres(new GeoPoint(bounds.MinLon, 42.005)).East - frame.ToMetres(new GeoPoint(grown.MinLon, 42.005)).East, Is.EqualTo(100).Within(0.01));
            Assert.That(frame.ToMetres(new GeoPoint(130.005, grown.MaxLat)).North - frame.ToMetres(new GeoPoint(130.005, bounds.MaxLat)).North, Is.EqualTo(100).Within(0.01));
        });
    }
}
