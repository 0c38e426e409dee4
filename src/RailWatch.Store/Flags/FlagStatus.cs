namespace RailWatch.Store;

/// <summary>A flag's status: <see cref="Open"/> until reviewed, then its latest review's decision.</summary>
public enum FlagStatus
{
    Open,
    Accepted,
    Dismissed,
    NeedsMoreImagery,
}
