using System.Text.Json;

namespace RailWatch.Cli.Configuration;

/// <summary>
/// The nightly job's configuration file (<c>railwatch.json</c>). Relative paths resolve against the file's folder.
/// Every field is documented in docs/configuration.md.
/// </summary>
public sealed record RailWatchConfig
{
    /// <summary>The config file itself, as given (for error messages).</summary>
    public required string Path { get; init; }

    /// <summary>The SQLite store file (<c>store.path</c>).</summary>
    public required string StorePath { get; init; }

    /// <summary>Yard files (<c>yards</c>), absolute paths.</summary>
    public required IReadOnlyList<string> YardFiles { get; init; }

    /// <summary>Raw source entries (<c>sources</c>), parsed by RailWatch.Ingest.</summary>
    public required IReadOnlyList<JsonElement> Sources { get; init; }

    /// <summary>Download cache of the HTTP sources (<c>cache.path</c>; default: next to the store).</summary>
    public required string CacheDirectory { get; init; }

    /// <summary>Counter model file (<c>counting.model</c>); null: the model shipped with the program.</summary>
    public string? ModelPath { get; init; }

    /// <summary>Margin around the yard's bounding box kept in each chip (<c>counting.margin_m</c>).</summary>
    public double ChipMarginMetres { get; init; } = 50;

    /// <summary>Yards processed at once (<c>run.parallelism</c>; default: the number of cores).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How far back each night searches for scenes, in days (<c>run.lookback_days</c>; null: all history).</summary>
    public int? LookbackDays { get; init; }

    /// <summary>Target false-alarm rate per yard-year of the detector (<c>detection.false_alarms_per_year</c>).</summary>
    public double? FalseAlarmsPerYear { get; init; }

    /// <summary>The largest false-alarm rate the config or <c>detect</c> takes: one false alarm a day.</summary>
    public const double MaxFalseAlarmsPerYear = 365;

    /// <summary>Token <c>serve</c> requires off loopback (<c>web.token</c>; the environment variable wins).</summary>
    public string? WebToken { get; init; }

    /// <summary>Default reviewer name stored with decisions (<c>web.reviewer</c>).</summary>
    public string? WebReviewer { get; init; }
}
