using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Geo;

namespace RailWatch.Ingest.Chips;

/// <summary>
/// Marks chip pixels invalid where a class raster (Sentinel-2 SCL: 3 cloud shadow, 8/9 cloud, 10 cirrus) says so.
/// The mask is read at its own resolution over the chip and sampled nearest-neighbour at each chip pixel's centre
/// (classes must not be interpolated). Mask pixels that hold no data leave the chip pixel as it was.
/// </summary>
internal static class CloudMask
{
    public static RasterImage Apply(RasterImage chip, GeoRaster mask, IReadOnlyList<int> invalidClasses, CancellationToken cancellationToken)
    {
        var classes = new HashSet<int>(invalidClasses);
        var corners = new[] { chip.Georeference.ToGeo(0, 0), chip.Georeference.ToGeo(chip.Width, 0), chip.Georeference.ToGeo(0, chip.Height), chip.Georeference.ToGeo(chip.Width, chip.Height) };
        var bounds = GeoBounds.Of(corners);
        var m = mask.ReadWindow(bounds, new ReadWindowOptions { MarginMetres = 2 * (mask.Info.GsdMetres ?? 20), Bands = [1] }, cancellationToken);
        var plane = m.Bands[0];
        var valid = new bool[chip.Width * chip.Height];
        var sameGrid = chip.Georeference is GridGeoreference a && m.Georeference is GridGeoreference b && a.Epsg is not null && a.Epsg == b.Epsg;
        for (var row = 0; row < chip.Height; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var col = 0; col < chip.Width; col++)
            {
                var i = (row * chip.Width) + col;
                valid[i] = chip.IsValid(col, row);
                if (!valid[i])
                {
                    continue;
                }

                double mc, mr;
                if (sameGrid)
                {
                    var (x, y) = ((GridGeoreference)chip.Georeference).Transform.ToWorld(col + 0.5, row + 0.5);
                    (mc, mr) = ((GridGeoreference)m.Georeference).Transform.ToPixel(x, y);
                }
                else
                {
                    (mc, mr) = m.Georeference.ToPixel(chip.Georeference.ToGeo(col + 0.5, row + 0.5));
                }

                if (!double.IsFinite(mc) || !double.IsFinite(mr))
                {
                    continue;
                }

                var c = (int)Math.Floor(mc);
                var r = (int)Math.Floor(mr);
                if (c < 0 || r < 0 || c >= m.Width || r >= m.Height || !m.IsValid(c, r))
                {
                    continue;
                }

                if (classes.Contains((int)Math.Round(plane[(r * m.Width) + c])))
                {
                    valid[i] = false;
                }
            }
        }

        return new RasterImage(chip.Width, chip.Height, chip.Bands, chip.Roles, chip.Georeference, valid, chip.WhiteLevel);
    }
}
