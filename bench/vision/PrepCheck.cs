using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;
using RailWatch.Synth;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Bench;

/// <summary>
/// `prepcheck SEEDS [SERIESDIR YARD]`: a digest of the prepared planes (luminance, colour, visibility) of every scene,
/// with the share of pixels visible and under cloud. Run with two builds and compare the lines: a change meant to
/// make the scene preparation faster must leave every digest as it was.
/// </summary>
internal static class PrepCheck
{
    public static void Run(IEnumerable<int> seeds, string? seriesDir, string? yardPath)
    {
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            var scene = SceneRenderer.Render(yard, options);
            Print($"seed {seed}", scene.Image, yard);
        }

        if (seriesDir is not null && yardPath is not null)
        {
            var yard = YardFile.Load(yardPath);
            foreach (var file in Directory.GetFiles(seriesDir, "*.tif").Order(StringComparer.Ordinal))
            {
                using var raster = RailWatch.Geo.GeoRaster.Open(file);
                Print(Path.GetFileName(file), raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 }), yard);
            }
        }
    }

    private static void Print(string name, RasterImage image, Yard yard)
    {
        var frame = new LocalMetricFrame(yard.Bounds.Center);
        var paths = yard.Tracks.Select(t => new TrackPath(t, frame)).ToList();
        var georeference = LocalAffineGeoreference.Fit(image.Georeference, frame, yard.Bounds.Expand(22));
        var planes = ScenePreparer.Prepare(image, RailcarCounter.TrackNeighbourhood(image, georeference, frame, paths));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(MemoryMarshal.AsBytes(planes.Luma.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes((planes.ChromaA ?? []).AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes((planes.ChromaB ?? []).AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(planes.Visible.AsSpan()));
        var visible = planes.Visible.Count(v => v) / (double)planes.Visible.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} {image.Width}x{image.Height} visible {visible:F4} {Convert.ToHexString(hash.GetHashAndReset())[..16]}"));
    }
}
