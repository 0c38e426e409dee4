using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Geo.Tests.Support;

namespace RailWatch.Geo.Tests.Writing;

public sealed class RasterWriterTests
{
    private TestRasters rasters = null!;

    [SetUp]
    public void SetUp() => rasters = new TestRasters();

    [TearDown]
    public void TearDown() => rasters.Dispose();

    [TestCase(RasterDataType.Byte, false)]
    [TestCase(RasterDataType.UInt16, false)]
    [TestCase(RasterDataType.Float32, false)]
    [TestCase(RasterDataType.Byte, true)]
    [TestCase(RasterDataType.UInt16, true)]
    public void WriteGeoTiff_ThenRead_ReturnsTheSamePixelsAndGrid(RasterDataType type, bool cog)
    {
        var path = rasters.PathFor("round.tif");
        var grid = TestRasters.Utm(300, 260, 0.5);
        var max = type == RasterDataType.Byte ? 255 : 4095;
        var image = TestRasters.Image(300, 260, (c, r) => type == RasterDataType.Float32 ? (c * 0.25f) - r : ((c * 7) + (r * 3)) % max, grid, white: max);

        RasterWriter.WriteGeoTiff(path, image, new GeoTiffWriteOptions { DataType = type, CloudOptimized = cog });
        using var raster = GeoRaster.Open(path);
        var back = raster.ReadAll();

        Assert.That(back.Width, Is.EqualTo(image.Width));
        Assert.That(back.Height, Is.EqualTo(image.Height));
        Assert.That(back.Bands[0], Is.EqualTo(image.Bands[0]).Within(1e-4));
        Assert.That(((GridGeoreference)back.Georeference).Transform, Is.EqualTo(grid.Transform));
        Assert.That(raster.Info.Bands[0].DataType, Is.EqualTo(type.ToString()));
        Assert.That(back.WhiteLevel, Is.EqualTo(type == RasterDataType.Byte ? 255 : image.WhiteLevel));
        Assert.That(Directory.GetFiles(rasters.Root), Is.EqualTo(new[] { path }), "no temporary or sidecar file left");
    }

    [Test]
    public void WriteGeoTiff_InvalidPixels_RoundTripThroughTheInternalMask()
    {
        var path = rasters.PathFor("masked.tif");
        var valid = Enumerable.Range(0, 64 * 64).Select(i => i % 64 >= 16).ToArray();
        RasterWriter.WriteGeoTiff(path, TestRasters.Image(64, 64, (_, _) => 0, TestRasters.Utm(64, 64), valid));

        using var raster = GeoRaster.Open(path);
        var back = raster.ReadAll();

        Assert.That(back.Valid, Is.EqualTo(valid));
        Assert.That(Directory.GetFiles(rasters.Root), Has.Length.EqualTo(1), "the mask is inside the TIFF");
    }

    [Test]
    public void WriteGeoTiff_NoDataOption_WritesInvalidPixelsAsNodata()
    {
        var path = rasters.PathFor("nodata.tif");
        var valid = Enumerable.Range(0, 32 * 32).Select(i => i / 32 >= 8).ToArray();
        RasterWriter.WriteGeoTiff(path, TestRasters.Image(32, 32, (_, _) => 9, TestRasters.Utm(32, 32), valid), new GeoTiffWriteOptions { NoData = 0 });

        using var raster = GeoRaster.Open(path);

        Assert.That(raster.Info.Bands[0].NoData, Is.EqualTo(0));
        Assert.That(raster.ReadAll().Valid, Is.EqualTo(valid));
    }

    [Test]
    public void WriteGeoTiff_FourBandUInt16_KeepsBgrNirRolesThroughDescriptions()
    {
        var path = rasters.PathFor("bgrn.tif");
        var grid = TestRasters.Utm(16, 16, 3);
        var planes = Enumerable.Range(0, 4).Select(b => Enumerable.Repeat((float)(1000 * (b + 1)), 256).ToArray()).ToArray();
        var image = new RasterImage(16, 16, planes, [BandRole.Blue, BandRole.Green, BandRole.Red, BandRole.NearInfrared], grid, whiteLevel: 10000);

        RasterWriter.WriteGeoTiff(path, image, new GeoTiffWriteOptions { DataType = RasterDataType.UInt16 });
        using var raster = GeoRaster.Open(path);
        var back = raster.ReadAll();

        Assert.That(back.Roles, Is.EqualTo(image.Roles));
        Assert.That(back.Band(BandRole.NearInfrared)![0], Is.EqualTo(4000));
        Assert.That(back.WhiteLevel, Is.EqualTo(10000));
        Assert.That(raster.Info.Bands[3].Description, Is.EqualTo("nir"));
    }

    [Test]
    public void WriteGeoTiff_JpegCompressedRgb_IsCloseToTheOriginal()
    {
        var path = rasters.PathFor("jpeg.tif");
        var image = TestRasters.Rgb(128, 128, TestRasters.Utm(128, 128));

        RasterWriter.WriteGeoTiff(path, image, new GeoTiffWriteOptions { Compression = "JPEG", JpegQuality = 95, CloudOptimized = true });
        using var raster = GeoRaster.Open(path);
        var back = raster.ReadAll();

        var meanError = back.Bands[0].Zip(image.Bands[0], (a, b) => Math.Abs(a - b)).Average();
        Assert.That(meanError, Is.LessThan(4));
    }

    [Test]
    public void WriteGeoTiff_ElevenBitImageAsBytes_ThrowsInsteadOfClippingToWhite()
    {
        var plane = Enumerable.Repeat(1500f, 16).ToArray();
        var image = new RasterImage(4, 4, [plane], [BandRole.Gray], TestRasters.Utm(4, 4), whiteLevel: 2047);

        var error = Assert.Throws<ArgumentException>(() => RasterWriter.WriteGeoTiff(rasters.PathFor("x.tif"), image));
        Assert.That(error!.Message, Does.Contain("white level 2047 does not fit 8 bits"));
        Assert.That(Directory.GetFiles(rasters.Root), Is.Empty);
    }

    [Test]
    public void WriteGeoTiff_ImageWithoutGridGeoreference_ThrowsArgument()
    {
        var image = TestRasters.Image(4, 4, (_, _) => 1, new FakeGeoreference());

        Assert.Throws<ArgumentException>(() => RasterWriter.WriteGeoTiff(rasters.PathFor("x.tif"), image));
        Assert.That(Directory.GetFiles(rasters.Root), Is.Empty);
    }

    [Test]
    public void WritePng_StretchesByWhiteLevelAndWritesWorldFile()
    {
        var path = rasters.PathFor("preview.png");
        var grid = TestRasters.Utm(20, 10, 4);
        RasterWriter.WritePng(path, TestRasters.Image(20, 10, (c, _) => c * 200, grid, white: 4000), new PngWriteOptions { WorldFile = true });

        using var raster = GeoRaster.Open(path, new GeoOpenOptions { DefaultCrs = "EPSG:32652" });
        var back = raster.ReadAll();

        Assert.That(back.Bands[0][10], Is.EqualTo(Math.Round(10 * 200 * 255 / 4000.0)));
        Assert.That(raster.Info.Transform, Is.EqualTo(grid.Transform));
        Assert.That(Directory.GetFiles(rasters.Root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "preview.png", "preview.pgw" }));
    }

    [Test]
    public void WritePng_TwelveBitImageReadWithTheContainersWhite_IsStretchedByItsPercentiles()
    {
        // As read from a 16-bit file that states no white level: 0–4095 against 65535 would preview nearly black.
        var path = rasters.PathFor("preview.png");
        var image = TestRasters.Image(100, 10, (c, _) => c * 40, TestRasters.Utm(100, 10), white: 65535);

        RasterWriter.WritePng(path, image, new PngWriteOptions { WorldFile = true });

        using var raster = GeoRaster.Open(path, new GeoOpenOptions { DefaultCrs = "EPSG:32652" });
        Assert.That(raster.ReadAll().Bands[0].Max(), Is.EqualTo(255));
    }

    [Test]
    public void WritePng_Cancelled_ThrowsAndLeavesNoFile()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var image = TestRasters.Image(20, 10, (c, _) => c, TestRasters.Utm(20, 10), white: 255);

        Assert.Throws<OperationCanceledException>(
            () => RasterWriter.WritePng(rasters.PathFor("preview.png"), image, new PngWriteOptions { WorldFile = true }, cancel.Token));
        Assert.That(Directory.GetFiles(rasters.Root), Is.Empty);
    }

    private sealed class FakeGeoreference : IPixelGeoreference
    {
        public double GsdMetres => 1;

        public (double Column, double Row) ToPixel(GeoPoint point) => (point.Lon, point.Lat);

        public GeoPoint ToGeo(double column, double row) => new(column, row);
    }
}
