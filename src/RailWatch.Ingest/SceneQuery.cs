namespace RailWatch.Ingest;

/// <summary>Which scenes a search wants: acquired after <see cref="Since"/> (exclusive) and up to <see cref="Until"/> (inclusive); null means unbounded.</summary>
public sealed record SceneQuery
{
    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    /// <summary>True when <paramref name="acquired"/> lies in the query's time range.</summary>
    public bool Contains(DateTimeOffset acquired) =>
        (Since is null || acquired > Since.Value) && (Until is null || acquired <= Until.Value);
}
