using RailWatch.Core.Imaging;
using RailWatch.Geo.Tests.Support;

namespace RailWatch.Geo.Tests.Opening;

/// <summary>Real provider files from ../shared/fixtures.</summary>
public sealed class FixtureTests
{
    [Test]
    public void Open_RasterioRgbByte_ReportsLandsatGrid()
    {
        using var raster = GeoRaster.Open(Fixtures.Path("rasterio_RGB.byte.tif"));
        var info = raster.Info;

        Assert.Multiple(() =>
        {
            Assert.That((info.Width, info.Height), Is.EqualTo((791, 718)));
            Assert.That(info.Crs!.Epsg, Is.EqualTo(32618));
            Assert.That(info.Bands.Select(b => b.Role), Is.EqualTo(new[] { BandRole.Red, BandRole.Green, BandRole.Blue }));
            Assert.That(info.Bands[0].NoData, Is.EqualTo(0));
            Assert.That(info.GsdMetres, Is.EqualTo(300).Within(3));
            Assert.That(info.Bands[0].OverviewCount, Is.Zero);
        });
    }

    [Test]
    public void ReadWindow_RasterioRgbByte_MarksNodataCollarInvalid()
    {
        using var raster = GeoRaster.Open(Fixtures.Path("rasterio_RGB.byte.tif"));

        var image = raster.ReadWindow(raster.Info.BoundsWgs84!.Value, new ReadWindowOptions { TargetGsdMetres = 1200 });

        Assert.That(image.Valid, Is.Not.Null);
        var validShare = image.Valid!.Count(v => v) / (double)image.Valid.Length;
        Assert.That(validShare, Is.InRange(0.3, 0.95));
        Assert.That(image.GsdMetres, Is.EqualTo(1200).Within(100));
    }

    [Test]
    public void Open_RasterioCogeo_HasOverviewsAndMaskAndWebMercatorCrs()
    {
        using var raster = GeoRaster.Open(Fixtures.Path("rasterio_cogeo.tif"));

        Assert.That(raster.Info.Crs!.Epsg, Is.EqualTo(3857));
        Assert.That(raster.Info.Bands[0].OverviewCount, Is.GreaterThanOrEqualTo(5));
        var image = raster.ReadAll(new ReadWindowOptions { TargetGsdMetres = raster.Info.GsdMetres * 8 });
        Assert.That(image.Width, Is.EqualTo(128));
        Assert.That(image.Bands, Has.Count.EqualTo(3));
    }

    [Test]
    public void Open_RiotilerCog_UInt16WithFourOverviews()
    {
        using var raster = GeoRaster.Open(Fixtures.Path("riotiler_cog.tif"));

        Assert.That(raster.Info.Bands[0].DataType, Is.EqualTo("UInt16"));
        Assert.That(raster.Info.Bands[0].OverviewCount, Is.EqualTo(4));
        Assert.That(raster.Info.Crs!.Epsg, Is.EqualTo(32621));
    }

    [Test]
    public void Open_Sentinel2PreviewJpeg2000_ReadsRgb()
    {
        using var raster = GeoRaster.Open(Fixtures.Path("s2_T29UNU_20221005T115411_PVI.jp2"));

        Assert.That(raster.Info.Driver, Is.EqualTo("JP2OpenJPEG"));
        Assert.That((raster.Info.Width, raster.Info.Height), Is.EqualTo((343, 343)));
        Assert.That(raster.Info.Crs!.Epsg, Is.EqualTo(32629));
        Assert.That(raster.Info.GsdMetres, Is.EqualTo(320).Within(3));
        var image = raster.ReadAll();
        Assert.That(image.Bands, Has.Count.EqualTo(3));
        Assert.That(image.Bands[0].Max(), Is.GreaterThan(0));
    }

    [Test]
    public void Open_XyzPngWithWorldFile_ExpandsPaletteAndGeoreferencesInWebMercator()
    {
        using var rasters = new TestRasters();
        var png = rasters.PathFor("tile.png");
        File.Copy(Fixtures.Path("xyz_tile_plain_1_z4_x4_y3.png"), png);
        const double world = 20037508.342789244;
        var size = 2 * world / 16;
        File.WriteAllText(rasters.PathFor("tile.pgw"), RasterWriter.WorldFile(GeoTransform.NorthUp(-world + (4 * size), world - (3 * size), size / 256, size / 256)));

        using var raster = GeoRaster.Open(png, new GeoOpenOptions { DefaultCrs = "EPSG:3857" });
        var image = raster.ReadAll();

        Assert.That(raster.Info.Bands.Select(b => b.Role), Is.EqualTo(new[] { BandRole.Red, BandRole.Green, BandRole.Blue, BandRole.Alpha }));
        Assert.That(image.Bands, Has.Count.EqualTo(3));
        var nw = raster.Info.BoundsWgs84!.Value;
        Assert.That(nw.MinLon, Is.EqualTo(-90).Within(1e-6));
        var top = Math.Atan(Math.Sinh(Math.PI * (1 - (2 * 3 / 16.0)))) * 180 / Math.PI;
        Assert.That(nw.MaxLat, Is.EqualTo(top).Within(1e-6));
    }
}
