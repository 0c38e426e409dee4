using RailWatch.Core.Errors;
using RailWatch.Core.Geometry;
using RailWatch.Geo.Tests.Support;

namespace RailWatch.Geo.Tests.Reading;

public sealed class ReadWindowTests
{
    private const int Width = 400;
    private const int Height = 300;
    private TestRasters rasters = null!;
    private GridGeoreference grid = null!;
    private string path = null!;

    [SetUp]
    public void SetUp()
    {
        rasters = new TestRasters();
        grid = TestRasters.Utm(Width, Height, 2.0);
        path = rasters.PathFor("known.tif");
        RasterWriter.WriteGeoTiff(path, TestRasters.Image(Width, Height, Value, grid), new GeoTiffWriteOptions { DataType = RasterDataType.UInt16 });
    }

    [TearDown]
    public void TearDown() => rasters.Dispose();

    [Test]
    public void ReadWindow_KnownRaster_ReturnsThePixelsUnderEachOutputPixel()
    {
        using var raster = GeoRaster.Open(path);
        var bounds = GeoBounds.Of([grid.ToGeo(120, 80), grid.ToGeo(180, 80), grid.ToGeo(120, 130), grid.ToGeo(180, 130)]);

        var image = raster.ReadWindow(bounds);

        Assert.That(image.Valid, Is.Null, "the window lies inside the raster");
        Assert.That(image.GsdMetres, Is.EqualTo(2).Within(0.01));
        Assert.That(image.Width, Is.InRange(60, 66));
        Assert.That(image.Height, Is.InRange(50, 56));
        for (var r = 0; r < image.Height; r += 7)
        {
            for (var c = 0; c < image.Width; c += 5)
            {
                var (sc, sr) = grid.ToPixel(image.Georeference.ToGeo(c + 0.5, r + 0.5));
                Assert.That(image.Bands[0][(r * image.Width) + c], Is.EqualTo(Value((int)Math.Floor(sc), (int)Math.Floor(sr))), $"pixel ({c}, {r})");
            }
        }
    }

    [Test]
    public void ReadWindow_Margin_GrowsTheWindowByTheMarginOnEachSide()
    {
        using var raster = GeoRaster.Open(path);
        var bounds = GeoBounds.Of([grid.ToGeo(150, 100), grid.ToGeo(170, 120)]);

        var plain = raster.ReadWindow(bounds);
        var grown = raster.ReadWindow(bounds, new ReadWindowOptions { MarginMetres = 20 });

        Assert.That(grown.Width - plain.Width, Is.InRange(19, 22), "20 m on each side at 2 m per pixel");
    }

    [Test]
    public void ReadWindow_BoxPartlyOutside_IncludesOutsidePixelsAsInvalid()
    {
        using var raster = GeoRaster.Open(path);
        var bounds = GeoBounds.Of([grid.ToGeo(-50, -50), grid.ToGeo(50, 50)]);

        var image = raster.ReadWindow(bounds);

        Assert.That(image.Valid, Is.Not.Null);
        var validShare = image.Valid!.Count(v => v) / (double)image.Valid.Length;
        Assert.That(validShare, Is.EqualTo(0.25).Within(0.05));
        var (c, r) = image.Georeference.ToPixel(grid.ToGeo(10.5, 10.5));
        Assert.That(image.IsValid((int)c, (int)r), Is.True);
        Assert.That(image.Bands[0][((int)r * image.Width) + (int)c], Is.EqualTo(Value(10, 10)));
        var (oc, or) = image.Georeference.ToPixel(grid.ToGeo(-10, -10));
        Assert.That(image.IsValid((int)oc, (int)or), Is.False);
    }

    [Test]
    public void ReadWindow_NoIntersection_ThrowsBadDataNamingFile()
    {
        using var raster = GeoRaster.Open(path);
        var far = new GeoBounds(10, 10, 10.01, 10.01);

        var e = Assert.Throws<BadDataException>(() => raster.ReadWindow(far));

        Assert.That(e!.Message, Is.EqualTo($"{path}: image does not intersect the requested area"));
    }

    [Test]
    public void ReadWindow_NodataPixels_AreInvalid()
    {
        var nodataPath = rasters.PathFor("nodata.tif");
        RasterWriter.WriteGeoTiff(nodataPath, TestRasters.Image(50, 50, (c, r) => c < 25 ? 0 : 100, TestRasters.Utm(50, 50)), new GeoTiffWriteOptions { NoData = 0 });
        using var raster = GeoRaster.Open(nodataPath);

        var image = raster.ReadWindow(raster.Info.BoundsWgs84!.Value);

        var (lc, lr) = image.Georeference.ToPixel(TestRasters.Utm(50, 50).ToGeo(10.5, 25.5));
        var (rc, rr) = image.Georeference.ToPixel(TestRasters.Utm(50, 50).ToGeo(40.5, 25.5));
        Assert.That(image.IsValid((int)lc, (int)lr), Is.False);
        Assert.That(image.IsValid((int)rc, (int)rr), Is.True);
    }

    [Test]
    public void ReadWindow_CoarserTargetGsd_ReadsAtReducedSizeFromOverviews()
    {
        var cogPath = rasters.PathFor("cog.tif");
        var big = TestRasters.Utm(2048, 2048, 0.5);
        RasterWriter.WriteGeoTiff(cogPath, TestRasters.Image(2048, 2048, (c, r) => (c / 64 % 2) == (r / 64 % 2) ? 200 : 50, big), new GeoTiffWriteOptions { CloudOptimized = true });
        using var raster = GeoRaster.Open(cogPath);

        var image = raster.ReadWindow(raster.Info.BoundsWgs84!.Value, new ReadWindowOptions { TargetGsdMetres = 4 });

        Assert.That(image.GsdMetres, Is.EqualTo(4).Within(0.1));
        Assert.That(image.Width, Is.InRange(250, 270));
        var (c, r) = image.Georeference.ToPixel(big.ToGeo(32, 32));
        Assert.That(image.Bands[0][((int)r * image.Width) + (int)c], Is.EqualTo(200).Within(1));
    }

    [Test]
    public void ReadWindow_Cancelled_Throws()
    {
        using var raster = GeoRaster.Open(path);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => raster.ReadWindow(raster.Info.BoundsWgs84!.Value, null, cancel.Token));
    }

    private static float Value(int c, int r) => (r * Width) + c;
}
