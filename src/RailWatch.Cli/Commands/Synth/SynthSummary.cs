using RailWatch.Synth;

namespace RailWatch.Cli.Commands.Synth;

/// <summary>The <c>--format json</c> summary of <c>railwatch synth</c>.</summary>
public sealed record SynthSummary(string YardId, string? WroteYard, string? Out, IReadOnlyList<SynthScene> Scenes);

/// <summary>One written scene and its true counts.</summary>
public sealed record SynthScene(
    string File,
    string Truth,
    DateTimeOffset Acquired,
    double GsdM,
    SensorKind Sensor,
    Season Season,
    OutputCrs Crs,
    int TotalCount,
    int VisibleCount,
    double ObservedFraction,
    double CloudFraction)
{
    public static SynthScene From(string file, SceneTruth truth) => new(
        file, Path.GetFileNameWithoutExtension(file) + ".truth.json", truth.Acquired, truth.GsdMetres, truth.Sensor, truth.Season,
        Enum.Parse<OutputCrs>(truth.Crs switch { "EPSG:4326" => nameof(OutputCrs.Wgs84), "EPSG:3857" => nameof(OutputCrs.WebMercator), _ => nameof(OutputCrs.Utm) }),
        truth.TotalCount, truth.VisibleCount, truth.ObservedFraction, truth.CloudFraction);
}
