namespace RailWatch.Core.Counting;

/// <summary>
/// A railcar count with its interval. All three are null when nothing could be observed:
/// "not observed" is never reported as zero cars.
/// </summary>
public sealed record CountEstimate(int? Count, int? Low, int? High)
{
    public static CountEstimate NotObserved { get; } = new(null, null, null);

    public bool IsObserved => Count is not null;

    public bool Contains(int truth) => Low <= truth && truth <= High;
}
