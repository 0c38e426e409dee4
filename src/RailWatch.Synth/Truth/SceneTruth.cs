using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RailWatch.Core.Errors;

namespace RailWatch.Synth;

/// <summary>
/// What a rendered scene really contains: every car on every track at its true position, which cars can be seen,
/// and how much of each track is observed. Written beside each scene as snake_case JSON (<c>NAME.truth.json</c>).
/// </summary>
public sealed record SceneTruth
{
    /// <summary>A car is visible when at least this fraction of its footprint is clear of opaque cloud and nodata.</summary>
    public const double VisibleClearFraction = 0.5;

    /// <summary>A pixel is under opaque cloud when the cloud's opacity there is at least this.</summary>
    public const double OpaqueCloudOpacity = 0.5;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private bool[]? cloudMask;

    public required string YardId { get; init; }

    public required int Seed { get; init; }

    public required DateTimeOffset Acquired { get; init; }

    public required SensorKind Sensor { get; init; }

    public required Season Season { get; init; }

    public required double GsdMetres { get; init; }

    /// <summary>The CRS of the file's pixel grid, e.g. <c>EPSG:32652</c>.</summary>
    public required string Crs { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>File georeference minus truth, east and north in metres.</summary>
    public required GeolocationError GeolocationError { get; init; }

    /// <summary>Fraction of the yard polygon under opaque cloud.</summary>
    public required double CloudFraction { get; init; }

    /// <summary>Fraction of the image that holds no data.</summary>
    public required double NodataFraction { get; init; }

    /// <summary>The options the scene was rendered with, in words (for people reading the file).</summary>
    public required string OptionsSummary { get; init; }

    public string VisibilityRule { get; init; } = FormattableString.Invariant(
        $"a car is visible when at least {VisibleClearFraction:P0} of its footprint is inside the data and under cloud of opacity below {OpaqueCloudOpacity}");

    public required IReadOnlyList<TrackTruth> Tracks { get; init; }

    public int TotalCount => Tracks.Sum(t => t.Cars.Count);

    public int VisibleCount => Tracks.Sum(t => t.VisibleCount);

    /// <summary>Track-length-weighted fraction of the yard's tracks that is observed.</summary>
    public double ObservedFraction { get; init; }

    public IEnumerable<CarTruth> AllCars => Tracks.SelectMany(t => t.Cars);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static SceneTruth FromJson(string json, string sourceName = "truth")
    {
        try
        {
            return JsonSerializer.Deserialize<SceneTruth>(json, JsonOptions)
                ?? throw new BadDataException($"{sourceName}: empty truth document");
        }
        catch (JsonException e)
        {
            throw new BadDataException($"{sourceName}: not a scene truth document: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    /// <summary>
    /// Row-major per-pixel flags of opaque cloud in the rendered image (true: opacity ≥ <see cref="OpaqueCloudOpacity"/>).
    /// Only a truth rendered in this process holds it; a truth read from JSON does not.
    /// </summary>
    public bool[] CloudMask() =>
        cloudMask ?? throw new InvalidOperationException("the cloud mask is only held by a truth rendered in this process");

    internal SceneTruth WithCloudMask(bool[] mask)
    {
        cloudMask = mask;
        return this;
    }
}
