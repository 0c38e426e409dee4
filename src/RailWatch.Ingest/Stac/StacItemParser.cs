using System.Globalization;
using System.Text.Json;
using RailWatch.Core.Geometry;

namespace RailWatch.Ingest.Stac;

/// <summary>
/// Parses items the way real providers emit them: STAC 1.0 items from Earth Search v1 (<c>proj:epsg</c>,
/// <c>grid:code</c>, no <c>s2:mgrs_tile</c>), Planetary Computer (<c>s2:mgrs_tile</c>, uppercase asset keys such as
/// <c>SCL</c>) and others; and Planet Data API items (<c>properties.acquired</c>, <c>cloud_cover</c> as a 0–1
/// fraction, <c>_links</c>, asset names only). Nothing but id and time is required; an item without them is rejected
/// with the reason.
/// </summary>
internal static class StacItemParser
{
    public static StacItem Parse(JsonElement feature, Uri? baseUri = null)
    {
        if (feature.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("item is not a JSON object");
        }

        var id = Str(feature, "id") ?? throw new FormatException("item has no \"id\"");
        var props = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var isPlanet = feature.TryGetProperty("_links", out var planetLinks) && planetLinks.ValueKind == JsonValueKind.Object;
        var timeText = Str(props, "datetime") ?? Str(props, "start_datetime") ?? Str(props, "acquired")
            ?? throw new FormatException($"item \"{id}\" has no properties.datetime");
        if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var acquired))
        {
            throw new FormatException($"item \"{id}\": time \"{timeText}\" is not RFC 3339");
        }

        var footprint = ReadFootprint(feature);
        var bounds = ReadBbox(feature) ?? (footprint.Count > 0 ? GeoBounds.Of(footprint.SelectMany(r => r)) : null);
        var self = isPlanet ? Link(Str(planetLinks, "_self"), baseUri) : SelfLink(feature, baseUri);

        double? cloud = Num(props, "eo:cloud_cover");
        if (cloud is null && Num(props, "cloud_cover") is { } fraction)
        {
            // Planet states cloud cover as a fraction of 1; STAC eo:cloud_cover is in percent.
            cloud = isPlanet ? fraction * 100 : fraction;
        }

        var instruments = props.ValueKind == JsonValueKind.Object && props.TryGetProperty("instruments", out var ins) && ins.ValueKind == JsonValueKind.Array
            ? ins.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!).ToList()
            : Str(props, "instrument") is { } single ? [single] : [];
        var epsg = Num(props, "proj:epsg") is { } e ? (int?)(int)e : ParseEpsg(Str(props, "proj:code"));
        var itemTransform = props.ValueKind == JsonValueKind.Object && props.TryGetProperty("proj:transform", out var pt) ? pt : default;
        var assets = isPlanet ? PlanetAssets(feature) : ReadAssets(feature, self ?? baseUri, epsg);

        return new StacItem
        {
            Id = id,
            Collection = Str(feature, "collection") ?? Str(props, "item_type"),
            Acquired = acquired,
            Bounds = bounds,
            Footprint = footprint,
            Assets = assets,
            Platform = Str(props, "platform") ?? (isPlanet ? Str(props, "provider") : null),
            Constellation = Str(props, "constellation"),
            Instruments = instruments,
            CloudCoverPercent = cloud,
            Gsd = Num(props, "gsd") ?? TransformGsd(itemTransform, epsg),
            Epsg = epsg,
            SelfHref = self,
            Format = isPlanet ? "planet" : "stac",
        };
    }

    /// <summary>True when the item's footprint (or bbox) intersects <paramref name="area"/>.</summary>
    public static bool Intersects(StacItem item, GeoBounds area)
    {
        if (item.Bounds is { } b && !b.Intersects(area))
        {
            return false;
        }

        return item.Footprint.Count == 0 || item.Footprint.Any(ring => Footprints.RingIntersectsBox(ring, area));
    }

    private static Dictionary<string, StacAsset> ReadAssets(JsonElement feature, Uri? baseUri, int? epsg)
    {
        var assets = new Dictionary<string, StacAsset>(StringComparer.Ordinal);
        if (!feature.TryGetProperty("assets", out var a) || a.ValueKind != JsonValueKind.Object)
        {
            return assets;
        }

        foreach (var property in a.EnumerateObject())
        {
            var asset = property.Value;
            if (Str(asset, "href") is not { } href)
            {
                continue;
            }

            var resolved = Link(href, baseUri)?.ToString() ?? href;
            double? gsd = Num(asset, "gsd");
            if (gsd is null && asset.TryGetProperty("raster:bands", out var rb) && rb.ValueKind == JsonValueKind.Array)
            {
                gsd = rb.EnumerateArray().Select(band => Num(band, "spatial_resolution")).FirstOrDefault(v => v is not null);
            }

            if (gsd is null && asset.TryGetProperty("proj:transform", out var t))
            {
                gsd = TransformGsd(t, Num(asset, "proj:epsg") is { } ae ? (int)ae : epsg);
            }

            var roles = asset.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : [];
            assets[property.Name] = new StacAsset(resolved) { MediaType = Str(asset, "type"), Gsd = gsd, Roles = roles };
        }

        return assets;
    }

    private static Dictionary<string, StacAsset> PlanetAssets(JsonElement feature)
    {
        // Planet lists asset names; each must be activated through {_links.assets} before it can be read.
        var assets = new Dictionary<string, StacAsset>(StringComparer.Ordinal);
        var assetsLink = feature.TryGetProperty("_links", out var l) ? Str(l, "assets") : null;
        if (feature.TryGetProperty("assets", out var a) && a.ValueKind == JsonValueKind.Array && assetsLink is not null)
        {
            foreach (var name in a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!))
            {
                assets[name] = new StacAsset($"{assetsLink}#{name}") { MediaType = "application/vnd.planet.asset" };
            }
        }

        return assets;
    }

    private static double? TransformGsd(JsonElement transform, int? epsg)
    {
        // Pixel size is in CRS units: metres for projected CRSs, degrees for EPSG:4326 (not a GSD).
        if (transform.ValueKind != JsonValueKind.Array || transform.GetArrayLength() < 6 || epsg is null or 4326 or 4269 or 4258)
        {
            return null;
        }

        var a = transform[0].TryGetDouble(out var x) ? x : double.NaN;
        var b = transform[1].TryGetDouble(out var y) ? y : double.NaN;
        var size = Math.Sqrt((a * a) + (b * b));
        return double.IsFinite(size) && size > 0 ? size : null;
    }

    private static int? ParseEpsg(string? code) =>
        code is not null && code.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(code.AsSpan(5), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static GeoBounds? ReadBbox(JsonElement feature)
    {
        if (!feature.TryGetProperty("bbox", out var b) || b.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var v = b.EnumerateArray().Select(x => x.TryGetDouble(out var d) ? d : double.NaN).ToArray();
        return v.Length switch
        {
            4 when v.All(double.IsFinite) => new GeoBounds(v[0], v[1], v[2], v[3]),
            6 when v.All(double.IsFinite) => new GeoBounds(v[0], v[1], v[3], v[4]),
            _ => null,
        };
    }

    private static List<IReadOnlyList<GeoPoint>> ReadFootprint(JsonElement feature)
    {
        var rings = new List<IReadOnlyList<GeoPoint>>();
        if (!feature.TryGetProperty("geometry", out var g) || g.ValueKind != JsonValueKind.Object
            || !g.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array)
        {
            return rings;
        }

        switch (Str(g, "type"))
        {
            case "Polygon" when c.GetArrayLength() > 0:
                rings.Add(Ring(c[0]));
                break;
            case "MultiPolygon":
                rings.AddRange(c.EnumerateArray().Where(poly => poly.ValueKind == JsonValueKind.Array && poly.GetArrayLength() > 0).Select(poly => Ring(poly[0])));
                break;
            default:
                break;
        }

        return rings.Where(r => r.Count >= 3).ToList();
    }

    private static List<GeoPoint> Ring(JsonElement ring) =>
        ring.ValueKind != JsonValueKind.Array
            ? []
            : ring.EnumerateArray()
                .Where(pos => pos.ValueKind == JsonValueKind.Array && pos.GetArrayLength() >= 2 && pos[0].TryGetDouble(out _) && pos[1].TryGetDouble(out _))
                .Select(pos => new GeoPoint(pos[0].GetDouble(), pos[1].GetDouble()))
                .ToList();

    private static Uri? SelfLink(JsonElement feature, Uri? baseUri)
    {
        if (!feature.TryGetProperty("links", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var link in links.EnumerateArray())
        {
            if (Str(link, "rel") == "self")
            {
                return Link(Str(link, "href"), baseUri);
            }
        }

        return null;
    }

    private static Uri? Link(string? href, Uri? baseUri)
    {
        if (href is null)
        {
            return null;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && !(absolute.IsFile && href.StartsWith('/')))
        {
            return absolute;
        }

        return baseUri is not null && Uri.TryCreate(baseUri, href, out var resolved) ? resolved : null;
    }

    internal static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal static double? Num(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) ? d : null;
}
