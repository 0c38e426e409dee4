using RailWatch.Core.Geometry;
using RailWatch.Geo.Tests.Support;

namespace RailWatch.Geo.Tests.Warping;

public sealed class WarpTests
{
    [Test]
    public void Warp_GeographicToLocalUtm_LandsMarkedPixelWithinOnePixel()
    {
        using var rasters = new TestRasters();
        var path = rasters.PathFor("wgs84.tif");
        const double step = 1e-5;
        var source = GridGeoreference.Create("EPSG:4326", GeoTransform.NorthUp(130.60, 42.41, step, step), 400, 300);
        const int markC = 250, markR = 90;
        RasterWriter.WriteGeoTiff(path, TestRasters.Image(400, 300, (c, r) => c == markC && r == markR ? 250 : 10, source));
        var mark = source.ToGeo(markC + 0.5, markR + 0.5);
        using var raster = GeoRaster.Open(path);
        var grid = TargetGrid.LocalUtm(raster.Info.BoundsWgs84!.Value, 0.5);

        var image = raster.Warp(grid);

        Assert.That(grid.Crs, Is.EqualTo("EPSG:32652"));
        double sum = 0, sc = 0, sr = 0;
        for (var r = 0; r < image.Height; r++)
        {
            for (var c = 0; c < image.Width; c++)
            {
                var excess = image.Bands[0][(r * image.Width) + c] - 10;
                if (excess > 0 && image.IsValid(c, r))
                {
                    sum += excess;
                    sc += excess * (c + 0.5);
                    sr += excess * (r + 0.5);
                }
            }
        }

        var found = image.Georeference.ToGeo(sc / sum, sr / sum);
        var frame = new LocalMetricFrame(mark);
        var (east, north) = frame.ToMetres(found);
        Assert.That(Math.Sqrt((east * east) + (north * north)), Is.LessThan(0.5), $"found {found}, expected {mark}");
    }

    [Test]
    public void Warp_GridLargerThanRaster_MarksUncoveredPixelsInvalid()
    {
        using var rasters = new TestRasters();
        var path = rasters.PathFor("small.tif");
        var source = TestRasters.Utm(100, 100, 1);
        RasterWriter.WriteGeoTiff(path, TestRasters.Image(100, 100, (_, _) => 77, source));
        using var raster = GeoRaster.Open(path);
        var grid = new TargetGrid("EPSG:32652", GeoTransform.NorthUp(640_000 - 100, 4_700_000 + 100, 1, 1), 300, 300);

        var image = raster.Warp(grid);

        Assert.That(image.Valid, Is.Not.Null);
        var validShare = image.Valid!.Count(v => v) / (double)image.Valid!.Length;
        Assert.That(validShare, Is.EqualTo(1 / 9.0).Within(0.01));
        Assert.That(image.IsValid(150, 150), Is.True);
        Assert.That(image.Bands[0][(150 * 300) + 150], Is.EqualTo(77));
        Assert.That(image.IsValid(10, 10), Is.False);
        Assert.That(((GridGeoreference)image.Georeference).Epsg, Is.EqualTo(32652));
    }
}
