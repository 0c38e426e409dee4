using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RailWatch.Core.Errors;
using RailWatch.Core.Geometry;
using RailWatch.Core.Text;

namespace RailWatch.Core.Yards;

/// <summary>
/// Reads and writes yard files: an RFC 7946 GeoJSON FeatureCollection with exactly one Polygon feature whose
/// <c>properties.role</c> is <c>"yard"</c> and one or more LineString features whose role is <c>"track"</c>.
/// Every validation error names the file and the feature.
/// </summary>
public static class YardFile
{
    /// <summary>Tolerance for a track vertex lying outside the yard polygon (digitising slack), in metres.</summary>
    public const double OutsideToleranceMetres = 1.0;

    public static Yard Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: yard file not found");
        }

        return Parse(StrictUtf8.ReadFile(path, path, "yard file", (message, inner) => new BadDataException(message, inner)), path);
    }

    public static Yard Parse(string json, string sourceName)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw Bad(sourceName, JsonProblem.Describe(e));
        }

        if (root is not JsonObject obj || (string?)obj["type"] != "FeatureCollection")
        {
            throw Bad(sourceName, "not a GeoJSON FeatureCollection");
        }

        if (obj["features"] is not JsonArray features)
        {
            throw Bad(sourceName, "FeatureCollection has no \"features\" array");
        }

        var yards = new List<(string Id, string Name, string? Description, IReadOnlyList<GeoPoint> Ring, string Label)>();
        var tracks = new List<(Track Track, string Label)>();
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i] as JsonObject ?? throw Bad(sourceName, $"feature #{i} is not an object");
            var props = feature["properties"] as JsonObject;
            var id = props?["id"] is JsonValue v ? v.ToString() : null;
            var label = id is null ? $"feature #{i}" : $"feature #{i} (id \"{id}\")";
            var role = props?["role"] is JsonValue r ? r.ToString() : null;
            var geometry = feature["geometry"] as JsonObject ?? throw Bad(sourceName, $"{label}: has no geometry");
            var type = (string?)geometry["type"];
            switch (role)
            {
                case "yard":
                    if (type != "Polygon")
                    {
                        throw Bad(sourceName, $"{label}: the yard must be a Polygon, not {type ?? "null"}");
                    }

                    if (string.IsNullOrWhiteSpace(id))
                    {
                        throw Bad(sourceName, $"{label}: the yard has no properties.id");
                    }

                    var name = props?["name"] is JsonValue nv ? nv.ToString() : null;
                    if (string.IsNullOrWhiteSpace(name))
                    {
                        throw Bad(sourceName, $"{label}: the yard has no properties.name");
                    }

                    var description = props?["description"] is JsonValue dv ? dv.ToString() : null;
                    yards.Add((id, name, description, ReadRing(geometry, sourceName, label), label));
                    break;
                case "track":
                    if (type != "LineString")
                    {
                        throw Bad(sourceName, $"{label}: a track must be a LineString, not {type ?? "null"}");
                    }

                    if (string.IsNullOrWhiteSpace(id))
                    {
                        throw Bad(sourceName, $"{label}: the track has no properties.id");
                    }

                    var points = WithoutRepeats(ReadPositions(geometry["coordinates"], sourceName, label));
                    if (points.Count < 2)
                    {
                        throw Bad(sourceName, $"{label}: a track LineString needs at least 2 distinct points, it has {points.Count}");
                    }

                    tracks.Add((new Track(id, points), label));
                    break;
                default:
                    // Other features (labels, annotations) are allowed and ignored.
                    break;
            }
        }

        if (yards.Count == 0)
        {
            throw Bad(sourceName, "no feature with properties.role \"yard\"");
        }

        if (yards.Count > 1)
        {
            throw Bad(sourceName, $"{yards.Count} features with properties.role \"yard\" ({yards[0].Label}, {yards[1].Label}); exactly one is allowed");
        }

        if (tracks.Count == 0)
        {
            throw Bad(sourceName, "no feature with properties.role \"track\"");
        }

        var duplicate = tracks.GroupBy(t => t.Track.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Bad(sourceName, $"{duplicate.ElementAt(1).Label}: duplicate track id \"{duplicate.Key}\"");
        }

        var yard = yards[0];
        ValidateRing(yard.Ring, sourceName, yard.Label);
        var frame = new LocalMetricFrame(yard.Ring[0]);
        var ring = yard.Ring.Select(frame.ToMetres).ToList();
        foreach (var (track, label) in tracks)
        {
            foreach (var p in track.Points)
            {
                var m = frame.ToMetres(p);
                if (!PlanarGeometry.Contains(ring, m) && DistanceToRing(ring, m) > OutsideToleranceMetres)
                {
                    throw Bad(sourceName, $"{label}: track point {p} lies outside the yard polygon");
                }
            }
        }

        return new Yard(yard.Id, yard.Name, yard.Ring, tracks.Select(t => t.Track).ToList())
        {
            Description = yard.Description,
            SourcePath = sourceName,
        };
    }

    /// <summary>Writes a yard as a GeoJSON FeatureCollection that <see cref="Load"/> reads back.</summary>
    public static string ToGeoJson(Yard yard)
    {
        ArgumentNullException.ThrowIfNull(yard);
        var features = new JsonArray();
        var ring = new JsonArray(yard.Polygon.Concat([yard.Polygon[0]]).Select(Position).ToArray<JsonNode?>());
        var yardProps = new JsonObject { ["role"] = "yard", ["id"] = yard.Id, ["name"] = yard.Name };
        if (yard.Description is not null)
        {
            yardProps["description"] = yard.Description;
        }

        features.Add(new JsonObject
        {
            ["type"] = "Feature",
            ["properties"] = yardProps,
            ["geometry"] = new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) },
        });
        foreach (var track in yard.Tracks)
        {
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["properties"] = new JsonObject { ["role"] = "track", ["id"] = track.Id },
                ["geometry"] = new JsonObject
                {
                    ["type"] = "LineString",
                    ["coordinates"] = new JsonArray(track.Points.Select(Position).ToArray<JsonNode?>()),
                },
            });
        }

        var root = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonArray Position(GeoPoint p) =>
        new(JsonValue.Create(Math.Round(p.Lon, 8)), JsonValue.Create(Math.Round(p.Lat, 8)));

    private static List<GeoPoint> ReadRing(JsonObject geometry, string source, string label)
    {
        if (geometry["coordinates"] is not JsonArray rings || rings.Count == 0)
        {
            throw Bad(source, $"{label}: Polygon has no rings");
        }

        var outer = WithoutRepeats(ReadPositions(rings[0], source, label));
        if (outer.Count >= 2 && outer[0] == outer[^1])
        {
            outer.RemoveAt(outer.Count - 1);
        }

        return outer;
    }

    /// <summary>
    /// The positions without consecutive repeats, which digitising tools often leave (a doubled closing position, a
    /// vertex snapped twice): valid GeoJSON, but a zero-length edge or segment that geometry must not see.
    /// </summary>
    private static List<GeoPoint> WithoutRepeats(List<GeoPoint> points)
    {
        var kept = new List<GeoPoint>(points.Count);
        foreach (var p in points)
        {
            if (kept.Count == 0 || kept[^1] != p)
            {
                kept.Add(p);
            }
        }

        return kept;
    }

    private static void ValidateRing(IReadOnlyList<GeoPoint> ring, string source, string label)
    {
        if (ring.Count < 3)
        {
            throw Bad(source, $"{label}: the yard polygon needs at least 3 distinct corners, it has {ring.Count}");
        }

        var frame = new LocalMetricFrame(ring[0]);
        var crossing = PlanarGeometry.FindSelfIntersection(ring.Select(frame.ToMetres).ToList());
        if (crossing is { } c)
        {
            throw Bad(source, $"{label}: the yard polygon intersects itself (edges {c.EdgeA} and {c.EdgeB} cross)");
        }
    }

    private static List<GeoPoint> ReadPositions(JsonNode? node, string source, string label)
    {
        if (node is not JsonArray array)
        {
            throw Bad(source, $"{label}: coordinates must be an array of positions");
        }

        var points = new List<GeoPoint>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonArray pos || pos.Count < 2 || !TryNumber(pos[0], out var lon) || !TryNumber(pos[1], out var lat))
            {
                throw Bad(source, $"{label}: position #{i} is not [longitude, latitude]");
            }

            var p = new GeoPoint(lon, lat);
            if (!p.IsInWgs84Range)
            {
                throw Bad(source, $"{label}: position #{i} {p} is out of WGS84 range (longitude -180..180, latitude -90..90)");
            }

            points.Add(p);
        }

        return points;
    }

    private static bool TryNumber(JsonNode? node, out double value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static double DistanceToRing(List<(double X, double Y)> ring, (double X, double Y) p)
    {
        var best = double.PositiveInfinity;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            best = Math.Min(best, DistanceToSegment(ring[j], ring[i], p));
        }

        return best;
    }

    private static double DistanceToSegment((double X, double Y) a, (double X, double Y) b, (double X, double Y) p)
    {
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var len2 = (dx * dx) + (dy * dy);
        var t = len2 == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / len2, 0, 1);
        var ex = a.X + (t * dx) - p.X;
        var ey = a.Y + (t * dy) - p.Y;
        return Math.Sqrt((ex * ex) + (ey * ey));
    }

    private static BadDataException Bad(string source, string problem) => new($"{source}: {problem}");
}
