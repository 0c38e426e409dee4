using System.Diagnostics;
using RailWatch.Core.Imaging;

namespace RailWatch.Geo.Tests.Support;

/// <summary>Small rasters the tests write themselves, in a temporary folder per fixture.</summary>
internal sealed class TestRasters : IDisposable
{
    public TestRasters() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "rw-geo-tests-" + Guid.NewGuid().ToString("N"));

    public string PathFor(string name) => System.IO.Path.Combine(Root, name);

    /// <summary>A UTM zone 52N grid with its top-left corner near Tumangang, <paramref name="gsd"/> metres per pixel.</summary>
    public static GridGeoreference Utm(int width, int height, double gsd = 1.0, double left = 640_000, double top = 4_700_000) =>
        GridGeoreference.Create("EPSG:32652", GeoTransform.NorthUp(left, top, gsd, gsd), width, height);

    /// <summary>A one-band image whose value at (c, r) is <paramref name="value"/>(c, r).</summary>
    public static RasterImage Image(int width, int height, Func<int, int, float> value, IPixelGeoreference georeference, bool[]? valid = null, double white = 255)
    {
        var plane = new float[width * height];
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                plane[(r * width) + c] = value(c, r);
            }
        }

        return new RasterImage(width, height, [plane], [BandRole.Gray], georeference, valid, white);
    }

    public static RasterImage Rgb(int width, int height, IPixelGeoreference georeference)
    {
        var planes = Enumerable.Range(0, 3).Select(b =>
            Enumerable.Range(0, width * height).Select(i => (float)(((i % width) * (b + 1)) + (i / width)) % 256).ToArray()).ToArray();
        return new RasterImage(width, height, planes, [BandRole.Red, BandRole.Green, BandRole.Blue], georeference);
    }

    /// <summary>Runs a GDAL command-line tool (gdal-bin) and fails the test with its output when it fails.</summary>
    public static void Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {tool}");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{tool} failed: {output}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder left behind is harmless.
        }
    }
}
