namespace RailWatch.Cli.Nightly;

/// <summary>What one night did, printed at the end and stored with the run.</summary>
public sealed record NightlySummary
{
    public long RunId { get; init; }

    public int Yards { get; init; }

    public int ScenesNew { get; init; }

    public int ScenesSkipped { get; init; }

    public int ScenesFailed { get; init; }

    public int Observations { get; init; }

    public int FlagsNew { get; init; }

    /// <summary>Seconds spent in each stage (search, fetch_chip, read_chip, count, preview, store, detect), summed over threads.</summary>
    public IReadOnlyDictionary<string, double> StageSeconds { get; init; } = new Dictionary<string, double>();

    public int ExitCode => ScenesFailed > 0 ? Core.Errors.ExitCodes.PartialFailure : Core.Errors.ExitCodes.Ok;
}
