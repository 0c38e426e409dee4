using System.Text.Json.Nodes;
using RailWatch.Geo;

namespace RailWatch.Cli.Commands.Info;

/// <summary>The JSON shape of <c>railwatch info --format json</c> (snake_case through CliJson).</summary>
internal sealed record InfoReport(
    string Path,
    string Driver,
    int Width,
    int Height,
    int BandCount,
    InfoReport.CrsJson? Crs,
    double[]? Geotransform,
    string Georeferencing,
    double? GsdMetres,
    double? Nodata,
    IReadOnlyList<InfoReport.BandJson> Bands,
    InfoReport.BoundsJson? BoundsWgs84,
    IReadOnlyList<double[]> FootprintWgs84,
    JsonObject Metadata,
    InfoReport.YardJson? Yard)
{
    public static InfoReport From(RasterInfo info, YardCoverage? coverage)
    {
        var noData = info.Bands.Select(b => b.NoData).Distinct().ToList();
        var metadata = new JsonObject();
        foreach (var (key, value) in info.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            metadata[key] = value;
        }

        return new InfoReport(
            info.Path,
            info.Driver,
            info.Width,
            info.Height,
            info.Bands.Count,
            info.Crs is { } crs ? new CrsJson(crs.Name, crs.Epsg, crs.IsGeographic, crs.Wkt) : null,
            info.Transform is { } t ? [t.OriginX, t.PixelWidth, t.RowRotation, t.OriginY, t.ColumnRotation, t.PixelHeight] : null,
            info.GeoreferencingMethod,
            info.GsdMetres is { } g ? Math.Round(g, 4) : null,
            noData.Count == 1 ? noData[0] : null,
            info.Bands.Select(b => new BandJson(
                b.Index,
                b.Role.ToString().ToLowerInvariant() is "nearinfrared" ? "nir" : b.Role.ToString().ToLowerInvariant(),
                b.ColorInterpretation,
                b.DataType,
                b.NoData,
                b.Description,
                b.BlockWidth,
                b.BlockHeight,
                b.OverviewCount,
                b.WhiteLevel)).ToList(),
            info.BoundsWgs84 is { } bb ? new BoundsJson(R(bb.MinLon), R(bb.MinLat), R(bb.MaxLon), R(bb.MaxLat)) : null,
            info.FootprintWgs84.Select(p => new[] { R(p.Lon), R(p.Lat) }).ToList(),
            metadata,
            coverage is null ? null : new YardJson(
                coverage.YardId,
                coverage.Name,
                Math.Round(coverage.AreaSquareMetres, 1),
                Math.Round(coverage.FootprintPercent, 2),
                coverage.DataPercent is { } d ? Math.Round(d, 2) : null));
    }

    private static double R(double degrees) => Math.Round(degrees, 8);

    internal sealed record CrsJson(string Name, int? Epsg, bool IsGeographic, string Wkt);

    internal sealed record BandJson(
        int Index, string Role, string ColorInterpretation, string DataType, double? Nodata, string? Description,
        int BlockWidth, int BlockHeight, int Overviews, double WhiteLevel);

    internal sealed record BoundsJson(double MinLon, double MinLat, double MaxLon, double MaxLat);

    /// <summary>Coverage of the yard: by the image footprint, and by pixels that hold data.</summary>
    internal sealed record YardJson(string Id, string Name, double AreaM2, double CoveredPercent, double? DataPercent);
}
