namespace RailWatch.Cli.Nightly;

/// <summary>Where one yard stands in a night: scenes found so far and scenes handled (stored, skipped or failed).</summary>
public sealed record YardProgress(string YardId, int Found, int Done, string Stage);
