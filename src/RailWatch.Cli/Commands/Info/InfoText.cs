using System.Globalization;

namespace RailWatch.Cli.Commands.Info;

/// <summary>The human-readable form of an <see cref="InfoReport"/>.</summary>
internal static class InfoText
{
    public static IEnumerable<string> Lines(InfoReport r)
    {
        var c = CultureInfo.InvariantCulture;
        yield return $"File:        {r.Path}";
        yield return $"Driver:      {r.Driver}";
        yield return string.Create(c, $"Size:        {r.Width} x {r.Height} pixels, {r.BandCount} band{(r.BandCount == 1 ? string.Empty : "s")}");
        yield return r.Crs is { } crs
            ? $"CRS:         {crs.Name}{(crs.Epsg is { } e ? string.Create(c, $" (EPSG:{e})") : " (no EPSG code)")}"
            : "CRS:         none (geotransform only)";
        yield return $"Georef:      {r.Georeferencing}";
        yield return r.GsdMetres is { } g ? string.Create(c, $"GSD:         {g:0.###} m") : "GSD:         unknown";
        yield return r.Nodata is { } nd ? string.Create(c, $"Nodata:      {nd}") : $"Nodata:      {(r.Bands.Any(b => b.Nodata is not null) ? "per band" : "none")}";
        yield return r.BoundsWgs84 is { } b
            ? string.Create(c, $"Footprint:   lon {b.MinLon:0.######} .. {b.MaxLon:0.######}, lat {b.MinLat:0.######} .. {b.MaxLat:0.######} (WGS84, {r.FootprintWgs84.Count} points)")
            : "Footprint:   unknown";
        yield return "Bands:";
        yield return "  #  role   colour     type      nodata   block      overviews  white  description";
        foreach (var band in r.Bands)
        {
            var nodata = band.Nodata is { } n ? n.ToString(c) : "-";
            var block = string.Create(c, $"{band.BlockWidth}x{band.BlockHeight}");
            var line = string.Create(
                c,
                $"  {band.Index,-2} {band.Role,-6} {band.ColorInterpretation,-10} {band.DataType,-9} {nodata,-8} {block,-10} {band.Overviews,-10} {band.WhiteLevel,-6} {band.Description ?? string.Empty}");
            yield return line.TrimEnd();
        }

        if (r.Metadata.Count > 0)
        {
            yield return "Metadata:";
            foreach (var (key, value) in r.Metadata)
            {
                yield return $"  {key}={value}";
            }
        }

        if (r.Yard is { } y)
        {
            yield return string.Create(c, $"Yard:        {y.Id} ({y.Name}), {y.AreaM2 / 10_000:0.##} ha");
            yield return string.Create(c, $"  covered by the footprint: {y.CoveredPercent:0.##} %");
            yield return y.DataPercent is { } d ? string.Create(c, $"  covered by valid pixels:  {d:0.##} %") : "  covered by valid pixels:  unknown";
        }
    }
}
