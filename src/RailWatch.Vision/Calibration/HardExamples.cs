namespace RailWatch.Vision.Calibration;

/// <summary>
/// Hard-example mining for the occupancy forest: among pooled samples the first forest has judged, the ones it got
/// most wrong (empty track read as car, cars read as empty track).
/// </summary>
internal static class HardExamples
{
    /// <summary>A sample is a mistake worth adding when its prediction is further than this from its 0/1 target.</summary>
    public const float Margin = 0.25f;

    /// <summary>
    /// Indices of the pooled samples to add: for each class, those furthest on the wrong side beyond
    /// <see cref="Margin"/>, worst first, at most <paramref name="limitPerClass"/>(class) of them; ties by index.
    /// </summary>
    public static IReadOnlyList<int> Select(IReadOnlyList<float> predicted, IReadOnlyList<float> targets, Func<float, int> limitPerClass)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(limitPerClass);
        if (predicted.Count != targets.Count)
        {
            throw new ArgumentException("one prediction per pooled sample", nameof(predicted));
        }

        var chosen = new List<int>();
        foreach (var cls in new[] { 0f, 1f })
        {
            chosen.AddRange(Enumerable.Range(0, targets.Count)
                .Where(i => targets[i] == cls && Math.Abs(predicted[i] - cls) > Margin)
                .OrderByDescending(i => Math.Abs(predicted[i] - cls))
                .ThenBy(i => i)
                .Take(limitPerClass(cls)));
        }

        return chosen;
    }
}
