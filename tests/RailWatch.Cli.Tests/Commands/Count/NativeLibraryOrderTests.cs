using RailWatch.Cli.Tests.Nightly;

namespace RailWatch.Cli.Tests.Commands.Count;

/// <summary>
/// A fresh `railwatch count` process loads the counter's OpenCV forests before GDAL reads the image. OpenCV's
/// runtime exports its own libjpeg; bound to it, GDAL crashed (SIGSEGV) on JPEG-compressed GeoTIFFs.
/// </summary>
public class NativeLibraryOrderTests
{
    [Test]
    public async Task Count_JpegCompressedGeoTiffInFreshProcess_DoesNotCrash()
    {
        var root = TestRepository.Root();
        var image = Directory.GetFiles(Path.Combine(root, "samples", "series"), "*rgb8-1.5m.tif").Order(StringComparer.Ordinal).First();
        var yard = Path.Combine(root, "samples", "yards", "tumangang-like.geojson");

        using var process = CliRunner.Start("count", image, "--yard", yard, "--format", "json");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.That(process.ExitCode, Is.EqualTo(0), $"{image}: exit {process.ExitCode}");
    }
}
