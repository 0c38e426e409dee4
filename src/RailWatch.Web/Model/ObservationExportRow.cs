namespace RailWatch.Web.Model;

/// <summary>One row of the observations export: a track count of one scene (track "*" is the yard total).</summary>
public sealed record ObservationExportRow
{
    public required string Yard { get; init; }

    public required string Provider { get; init; }

    public required string SceneId { get; init; }

    public required DateTimeOffset Acquired { get; init; }

    public required string Track { get; init; }

    public int? Count { get; init; }

    public int? Low { get; init; }

    public int? High { get; init; }

    public double? ObservedFraction { get; init; }

    public double? GsdMetres { get; init; }

    public string? Sensor { get; init; }

    public string? Algorithm { get; init; }

    public string? ModelVersion { get; init; }

    public int? CorrectedCount { get; init; }
}
