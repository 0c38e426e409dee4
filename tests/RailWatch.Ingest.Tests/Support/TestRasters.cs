using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Geo;

namespace RailWatch.Ingest.Tests.Support;

/// <summary>Small georeferenced rasters written by the tests with RailWatch.Geo.</summary>
internal static class TestRasters
{
    /// <summary>A UTM 52N grid of <paramref name="size"/>² pixels of <paramref name="gsd"/> metres centred on <paramref name="centre"/>.</summary>
    /// <param name="centrePixel">Where <paramref name="centre"/> falls in the grid (both axes); the middle when null.</param>
    public static GridGeoreference UtmGrid(GeoPoint centre, int size, double gsd, double? centrePixel = null)
    {
        var probe = GridGeoreference.Create("EPSG:32652", GeoTransform.NorthUp(0, 0, 1, 1));
        var (x, y) = probe.ToWorld(centre);
        var at = centrePixel ?? (size / 2.0);
        var left = Math.Round((x - (at * gsd)) / gsd) * gsd;
        var top = Math.Round((y + (at * gsd)) / gsd) * gsd;
        return GridGeoreference.Create("EPSG:32652", GeoTransform.NorthUp(left, top, gsd, gsd), size, size);
    }

    /// <summary>Writes a Byte raster whose value at (col, row) is <paramref name="value"/>; noise makes compression honest.</summary>
    public static string Write(string path, GridGeoreference grid, Func<int, int, float> value, bool cog, IReadOnlyDictionary<string, string>? metadata = null, int bands = 1)
    {
        var w = grid.Width;
        var h = grid.Height;
        var plane = new float[w * h];
        for (var r = 0; r < h; r++)
        {
            for (var c = 0; c < w; c++)
            {
                plane[(r * w) + c] = value(c, r);
            }
        }

        var planes = Enumerable.Range(0, bands).Select(_ => plane).ToList();
        var roles = bands == 3 ? new[] { BandRole.Red, BandRole.Green, BandRole.Blue } : Enumerable.Repeat(BandRole.Gray, bands).ToArray();
        var image = new RasterImage(w, h, planes, roles, grid);
        RasterWriter.WriteGeoTiff(path, image, new GeoTiffWriteOptions { CloudOptimized = cog, Metadata = metadata });
        return path;
    }

    public static float Noise(int c, int r) => (float)(((c * 7919) ^ (r * 104729) ^ ((c * r) + 17)) & 0xFF);
}
