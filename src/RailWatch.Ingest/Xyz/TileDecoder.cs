using System.Globalization;
using RailWatch.Core.Imaging;
using RailWatch.Geo;
using RailWatch.Ingest.Http;

namespace RailWatch.Ingest.Xyz;

/// <summary>
/// Decodes a map tile (PNG, JPEG, WebP, GIF, TIFF) with GDAL: the bytes go to a temporary file with a world file
/// placing the tile in EPSG:3857, which RailWatch.Geo opens like any georeferenced raster (palettes expanded, alpha
/// read as the valid mask). The pixels come back as red, green and blue planes (gray tiles are repeated) and a valid mask.
/// </summary>
internal static class TileDecoder
{
    public static (float[] Red, float[] Green, float[] Blue, bool[] Valid) Decode(byte[] bytes, string tempDirectory, string subject, int expectedSize, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(tempDirectory);
        var stem = Path.Combine(tempDirectory, Guid.NewGuid().ToString("N"));
        var path = stem + Extension(bytes);
        var world = stem + ".wld";
        try
        {
            File.WriteAllBytes(path, bytes);
            // Any grid will do (only the pixels are kept); a 1 m grid keeps GDAL's checks happy.
            File.WriteAllText(world, string.Join('\n', new[] { 1.0, 0, 0, -1.0, 0.5, -0.5 }.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "\n");
            using var raster = GeoRaster.Open(path, new GeoOpenOptions { DefaultCrs = "EPSG:3857" }, cancellationToken);
            if (raster.Info.Width != expectedSize || raster.Info.Height != expectedSize)
            {
                throw new SceneFetchException(string.Create(CultureInfo.InvariantCulture, $"{subject}: tile is {raster.Info.Width}×{raster.Info.Height} px, expected {expectedSize}×{expectedSize}"));
            }

            var image = raster.ReadAll(null, cancellationToken);
            var red = image.Band(BandRole.Red) ?? image.Band(BandRole.Gray) ?? image.Bands[0];
            var green = image.Band(BandRole.Green) ?? red;
            var blue = image.Band(BandRole.Blue) ?? red;
            var valid = image.Valid ?? Enumerable.Repeat(true, image.Width * image.Height).ToArray();
            return (red, green, blue, valid);
        }
        catch (Core.Errors.RailWatchException e) when (e is not SceneFetchException)
        {
            throw new SceneFetchException($"{subject}: cannot decode the tile: {e.Message.Replace(path, "tile", StringComparison.Ordinal)}", e);
        }
        finally
        {
            File.Delete(path);
            File.Delete(world);
            File.Delete(path + ".aux.xml");
        }
    }

    private static string Extension(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(16, bytes.Length));
        return MagicBytes.Check(head, PayloadKind.Png) is null ? ".png"
            : MagicBytes.Check(head, PayloadKind.Jpeg) is null ? ".jpg"
            : MagicBytes.Check(head, PayloadKind.Tiff) is null ? ".tif"
            : head.StartsWith("GIF8"u8) ? ".gif"
            : ".webp";
    }
}
