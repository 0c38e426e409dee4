namespace RailWatch.Core.Flags;

public enum FlagKind
{
    Spike,
    Sustained,
}

/// <summary>An anomalous increase in a yard's count, decided as of the observation it belongs to.</summary>
public sealed record Flag(
    string YardId,
    DateTimeOffset Acquired,
    int Count,
    double Expected,
    double Upper,
    double PValue,
    FlagKind Kind,
    string Method,
    string Reason);
