namespace RailWatch.Store;

/// <summary>What one nightly run did; stored as JSON on the run row.</summary>
public sealed record RunSummary(int ScenesNew, int ScenesSkipped, int ScenesFailed, int Observations, int Flags);
