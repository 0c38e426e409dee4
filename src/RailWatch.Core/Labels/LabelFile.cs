using System.Text.Json;
using System.Text.Json.Nodes;
using RailWatch.Core.Errors;
using RailWatch.Core.Geometry;
using RailWatch.Core.Text;

namespace RailWatch.Core.Labels;

/// <summary>
/// One scene labelled by hand or by another renderer, as <c>railwatch calibrate</c> reads it: an image, its yard
/// file and every car on the yard's tracks. Paths are as written in the label file, relative to it unless rooted.
/// </summary>
public sealed record LabelledScene(string ImagePath, string YardPath, IReadOnlyList<LabelledCar> Cars)
{
    /// <summary>The image's georeferencing error (east, north, metres): where the file puts a point minus where it truly is.</summary>
    public (double East, double North) GeoreferenceErrorMetres { get; init; }

    /// <summary>Hidden cars that are still partly seen (cut by the image edge, under thin cloud): found or not, neither counts.</summary>
    public IReadOnlyList<GeoPoint> AmbiguousCarCentres { get; init; } = [];

    /// <summary>The label that scores a count of the scene and trains the classifiers on it.</summary>
    public SceneLabel ToSceneLabel(string name, double gsdMetres)
    {
        var visible = Cars.Where(c => c.Visible).Select(c => c.Centre).ToList();
        return new SceneLabel(name, gsdMetres, visible.Count, visible)
        {
            AmbiguousCarCentres = AmbiguousCarCentres,
            Cars = Cars,
            TrueShiftMetres = GeoreferenceErrorMetres,
            Conditions = "labelled scene",
        };
    }
}

/// <summary>
/// Reads and writes label files (<c>NAME.labels.json</c>, docs/vision.md "Labelled scenes"):
/// <code>
/// {"image": "scene.tif", "yard": "scene-yard.geojson", "georeference_error_m": [1.5, -3.0],
///  "cars": [{"track": "T1", "center": [lon, lat], "length_m": 15.2, "width_m": 3.1, "visible": true}]}
/// </code>
/// <c>georeference_error_m</c> is optional (0, 0); a car's <c>ambiguous</c> (default false) marks a hidden car that is
/// partly seen. Every error names the file and the field.
/// </summary>
public static class LabelFile
{
    public const string Extension = ".labels.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The label files of a folder, in ordinal order of their names.</summary>
    public static IReadOnlyList<string> In(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"{directory}: folder of labelled scenes not found");
        }

        var files = Directory.GetFiles(directory, "*" + Extension).Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new UsageException($"{directory}: no *{Extension} label files in it");
    }

    public static LabelledScene Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: label file not found");
        }

        var text = StrictUtf8.ReadFile(path, path, "label file", (message, inner) => new BadDataException(message, inner));
        var scene = Parse(text, path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return scene with { ImagePath = Path.Combine(folder, scene.ImagePath), YardPath = Path.Combine(folder, scene.YardPath) };
    }

    public static LabelledScene Parse(string json, string sourceName)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw Bad(sourceName, JsonProblem.Describe(e));
        }

        if (root is not JsonObject obj)
        {
            throw Bad(sourceName, "a label file is a JSON object");
        }

        var image = Text(obj, "image", sourceName);
        var yard = Text(obj, "yard", sourceName);
        var error = obj["georeference_error_m"] is null ? (0.0, 0.0) : Pair(obj["georeference_error_m"], "georeference_error_m", sourceName);
        if (obj["cars"] is not JsonArray array)
        {
            throw Bad(sourceName, "\"cars\" is missing or not an array");
        }

        var cars = new List<LabelledCar>();
        var ambiguous = new List<GeoPoint>();
        for (var i = 0; i < array.Count; i++)
        {
            var field = $"cars[{i}]";
            var car = array[i] as JsonObject ?? throw Bad(sourceName, $"{field} is not an object");
            var (lon, lat) = Pair(car["center"], $"{field}.center", sourceName);
            var centre = new GeoPoint(lon, lat);
            if (!centre.IsInWgs84Range)
            {
                throw Bad(sourceName, $"{field}.center {centre} is not a WGS84 longitude and latitude");
            }

            var visible = Flag(car, "visible", field, sourceName) ?? throw Bad(sourceName, $"{field}.visible is missing");
            var isAmbiguous = Flag(car, "ambiguous", field, sourceName) ?? false;
            if (visible && isAmbiguous)
            {
                throw Bad(sourceName, $"{field}: a car cannot be both visible and ambiguous");
            }

            cars.Add(new LabelledCar(Text(car, "track", sourceName, field), centre, Size(car, "length_m", field, sourceName), Size(car, "width_m", field, sourceName), visible));
            if (isAmbiguous)
            {
                ambiguous.Add(centre);
            }
        }

        return new LabelledScene(image, yard, cars) { GeoreferenceErrorMetres = error, AmbiguousCarCentres = ambiguous };
    }

    public static void Write(string path, LabelledScene scene)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(scene);
        var ambiguous = scene.AmbiguousCarCentres.ToHashSet();
        var document = new JsonObject
        {
            ["image"] = scene.ImagePath,
            ["yard"] = scene.YardPath,
            ["georeference_error_m"] = new JsonArray(scene.GeoreferenceErrorMetres.East, scene.GeoreferenceErrorMetres.North),
            ["cars"] = new JsonArray([.. scene.Cars.Select(c => (JsonNode)new JsonObject
            {
                ["track"] = c.TrackId,
                ["center"] = new JsonArray(c.Centre.Lon, c.Centre.Lat),
                ["length_m"] = c.LengthMetres,
                ["width_m"] = c.WidthMetres,
                ["visible"] = c.Visible,
                ["ambiguous"] = !c.Visible && ambiguous.Contains(c.Centre),
            })]),
        };
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, document.ToJsonString(Indented));
        File.Move(temporary, path, overwrite: true);
    }

    private static string Text(JsonObject obj, string name, string source, string? owner = null)
    {
        var field = owner is null ? name : $"{owner}.{name}";
        return obj[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0
            ? s
            : throw Bad(source, $"{field} is missing or not a non-empty string");
    }

    private static bool? Flag(JsonObject obj, string name, string owner, string source) => obj[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw Bad(source, $"{owner}.{name} is not true or false"),
    };

    private static double Size(JsonObject obj, string name, string owner, string source)
    {
        var value = Number(obj[name], $"{owner}.{name}", source);
        return value is > 0 and < 100 ? value : throw Bad(source, FormattableString.Invariant($"{owner}.{name} {value} is not a length in metres (0–100)"));
    }

    private static (double First, double Second) Pair(JsonNode? node, string field, string source) =>
        node is JsonArray { Count: 2 } pair
            ? (Number(pair[0], field + "[0]", source), Number(pair[1], field + "[1]", source))
            : throw Bad(source, $"{field} is missing or not an array of two numbers");

    private static double Number(JsonNode? node, string field, string source) =>
        node is JsonValue v && v.TryGetValue<double>(out var d) && double.IsFinite(d)
            ? d
            : throw Bad(source, $"{field} is missing or not a number");

    private static BadDataException Bad(string source, string problem) => new($"{source}: {problem}");
}
