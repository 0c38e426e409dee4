using System.Text.Json;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;

namespace RailWatch.Vision.Bench;

/// <summary>The sample series' scenes coarser than a GSD: each yard window read as the counter reads it, with its truth file.</summary>
internal static class SeriesScenes
{
    /// <summary>The truth document is disposed when the enumeration moves on.</summary>
    public static IEnumerable<(string File, RasterImage Image, JsonElement Truth)> Coarser(string seriesDir, Yard yard, double gsd)
    {
        foreach (var file in Directory.GetFiles(seriesDir, "*.tif").Order(StringComparer.Ordinal))
        {
            using var raster = RailWatch.Geo.GeoRaster.Open(file);
            var image = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
            if (image.GsdMetres <= gsd)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(file, null) + ".truth.json"));
            yield return (file, image, doc.RootElement);
        }
    }

    /// <summary>Visible cars per track id in a truth document.</summary>
    public static Dictionary<string, int> TrackTruth(JsonElement truth) =>
        truth.GetProperty("tracks").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("visible_count").GetInt32());
}
