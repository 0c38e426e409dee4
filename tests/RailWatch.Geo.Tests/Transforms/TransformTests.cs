using RailWatch.Core.Geometry;

namespace RailWatch.Geo.Tests.Transforms;

public sealed class TransformTests
{
    [Test]
    public void CoordinateTransformer_Epsg4326_IsLongitudeThenLatitude()
    {
        using var toMercator = CoordinateTransformer.FromWgs84("EPSG:3857");

        var (x, y) = toMercator.Transform(10, 50);

        Assert.That(x, Is.EqualTo(1113194.9079).Within(0.01));
        Assert.That(y, Is.EqualTo(6446275.8410).Within(0.01));
    }

    [Test]
    public void CoordinateTransformer_Utm_RoundTripsAPointUnswapped()
    {
        using var there = CoordinateTransformer.Create("EPSG:4326", "EPSG:32652");
        using var back = CoordinateTransformer.Create("EPSG:32652", "EPSG:4326");

        var (e, n) = there.Transform(130.6, 42.4);
        var (lon, lat) = back.Transform(e, n);

        Assert.That(e, Is.InRange(600_000, 700_000));
        Assert.That(n, Is.InRange(4_600_000, 4_800_000));
        Assert.That(lon, Is.EqualTo(130.6).Within(1e-9));
        Assert.That(lat, Is.EqualTo(42.4).Within(1e-9));
    }

    [Test]
    public void CoordinateTransformer_CentralMeridianOnEquator_Is500000East()
    {
        using var t = CoordinateTransformer.FromWgs84("EPSG:32652");

        var (e, n) = t.Transform(129, 0);

        Assert.That(e, Is.EqualTo(500_000).Within(1e-6));
        Assert.That(n, Is.EqualTo(0).Within(1e-6));
    }

    [Test]
    public void CoordinateTransformer_UnknownCrs_ThrowsArgumentWithGdalsMessage()
    {
        var e = Assert.Throws<ArgumentException>(() => CoordinateTransformer.FromWgs84("EPSG:999999"));

        Assert.That(e!.Message, Does.StartWith("CRS \"EPSG:999999\": "));
    }

    [TestCase(130.6, 42.4, 32652)]
    [TestCase(-70.5, -33.4, 32719)]
    [TestCase(5.3, 60.4, 32632)]
    [TestCase(15, 78, 32633)]
    [TestCase(-180, 0, 32601)]
    [TestCase(180, 0, 32660)]
    public void UtmZones_EpsgFor_PicksTheZoneWithExceptions(double lon, double lat, int epsg) =>
        Assert.That(UtmZones.EpsgFor(new GeoPoint(lon, lat)), Is.EqualTo(epsg));

    [Test]
    public void GeoTransform_ToPixel_InvertsToWorldWithRotation()
    {
        var t = new GeoTransform(1000, 0.8, 0.3, 5000, 0.2, -0.9);

        var (x, y) = t.ToWorld(12.5, 40.25);
        var (c, r) = t.ToPixel(x, y);

        Assert.That(c, Is.EqualTo(12.5).Within(1e-9));
        Assert.That(r, Is.EqualTo(40.25).Within(1e-9));
    }

    [Test]
    public void GridGeoreference_Geographic_GsdIsInMetres()
    {
        var grid = GridGeoreference.Create("EPSG:4326", GeoTransform.NorthUp(130, 42.5, 1e-5, 1e-5), 100, 100);

        // 1e-5 degrees is about 1.11 m north-south and 0.82 m east-west at 42.5° N.
        Assert.That(grid.GsdMetres, Is.EqualTo(Math.Sqrt(1.1106 * 0.8212)).Within(0.005));
        Assert.That(grid.Epsg, Is.EqualTo(4326));
    }

    [Test]
    public void GridGeoreference_WebMercator_GsdIsTrueGroundSize()
    {
        var grid = GridGeoreference.Create("EPSG:3857", GeoTransform.NorthUp(14_538_000, 5_220_000, 1, 1), 10, 10);

        Assert.That(grid.GsdMetres, Is.EqualTo(Math.Cos(42.4 * Math.PI / 180)).Within(0.01));
    }

    [Test]
    public void GridGeoreference_ToGeoAndToPixel_RoundTripOnManyThreads()
    {
        var grid = GridGeoreference.Create("EPSG:32652", GeoTransform.NorthUp(640_000, 4_700_000, 0.5, 0.5), 1000, 1000);
        var errors = new double[8];

        Parallel.For(0, 8, i =>
        {
            for (var k = 0; k < 200; k++)
            {
                var (c, r) = grid.ToPixel(grid.ToGeo(i * 100.25, k * 3.5));
                errors[i] = Math.Max(errors[i], Math.Abs(c - (i * 100.25)) + Math.Abs(r - (k * 3.5)));
            }
        });

        Assert.That(errors.Max(), Is.LessThan(1e-6));
    }

    [Test]
    public void TargetGrid_LocalUtm_CoversTheBoundsAtTheGsd()
    {
        var bounds = new GeoBounds(130.60, 42.40, 130.62, 42.41);

        var grid = TargetGrid.LocalUtm(bounds, 0.5);
        var geo = grid.Georeference();

        Assert.That(grid.Crs, Is.EqualTo("EPSG:32652"));
        Assert.That(grid.Transform.PixelWidth, Is.EqualTo(0.5).Within(0.001));
        Assert.That(grid.Transform.OriginX % 0.5, Is.EqualTo(0).Within(1e-6));
        foreach (var corner in bounds.Corners)
        {
            var (c, r) = geo.ToPixel(corner);
            Assert.That(c, Is.InRange(0, grid.Width));
            Assert.That(r, Is.InRange(0, grid.Height));
        }
    }
}
