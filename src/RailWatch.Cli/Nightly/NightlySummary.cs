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

    public int ExitCode => ScenesFailed > 0 ? Core.Errors.ExitCodes.PartialFailure : Core.Errors.ExitCodes.Ok;
}
