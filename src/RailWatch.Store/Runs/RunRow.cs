namespace RailWatch.Store;

/// <summary>A run as stored; <see cref="FinishedAt"/> and <see cref="Summary"/> are null for a run that never finished.</summary>
public sealed record RunRow(long Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? ConfigPath, RunSummary? Summary);
