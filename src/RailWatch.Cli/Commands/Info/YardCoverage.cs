using RailWatch.Core.Errors;
using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;
using RailWatch.Geo;

namespace RailWatch.Cli.Commands.Info;

/// <summary>How much of a yard an image covers: by its footprint, and by pixels that hold data (not nodata or masked).</summary>
internal sealed record YardCoverage(string YardId, string Name, double AreaSquareMetres, double FootprintPercent, double? DataPercent)
{
    /// <summary>The longest side, in pixels, of the coarse read that measures the data coverage.</summary>
    private const int SamplePixels = 512;

    public static YardCoverage Measure(GeoRaster raster, Yard yard, CancellationToken cancellationToken)
    {
        var footprint = FootprintCoverage.Of(raster.Info.FootprintWgs84, yard.Polygon);
        double? data = footprint.CoveredSquareMetres > 0 ? DataShare(raster, yard, cancellationToken) * 100 : 0;
        return new YardCoverage(yard.Id, yard.Name, footprint.AreaSquareMetres, footprint.Fraction * 100, data);
    }

    /// <summary>Share of the yard polygon's area whose pixels hold data, from a read at most <see cref="SamplePixels"/> wide.</summary>
    private static double? DataShare(GeoRaster raster, Yard yard, CancellationToken cancellationToken)
    {
        var bounds = GeoBounds.Of(yard.Polygon);
        var frame = new LocalMetricFrame(bounds.Center);
        var (w, s) = frame.ToMetres(new GeoPoint(bounds.MinLon, bounds.MinLat));
        var (e, n) = frame.ToMetres(new GeoPoint(bounds.MaxLon, bounds.MaxLat));
        var gsd = Math.Max(e - w, n - s) / SamplePixels;
        Core.Imaging.RasterImage image;
        try
        {
            image = raster.ReadWindow(bounds, new ReadWindowOptions { TargetGsdMetres = gsd, Bands = [raster.Info.Bands[0].Index] }, cancellationToken);
        }
        catch (BadDataException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0;
        }

        var ring = yard.Polygon.Select(frame.ToMetres).ToList();
        int inside = 0, valid = 0;
        for (var r = 0; r < image.Height; r++)
        {
            for (var c = 0; c < image.Width; c++)
            {
                var p = image.Georeference.ToGeo(c + 0.5, r + 0.5);
                if (!PlanarGeometry.Contains(ring, frame.ToMetres(p)))
                {
                    continue;
                }

                inside++;
                valid += image.IsValid(c, r) ? 1 : 0;
            }
        }

        return inside == 0 ? null : valid / (double)inside;
    }
}
