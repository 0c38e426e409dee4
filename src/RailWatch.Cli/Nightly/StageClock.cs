using System.Collections.Concurrent;
using System.Diagnostics;

namespace RailWatch.Cli.Nightly;

/// <summary>Where a night's time goes: total seconds spent in each stage, summed over all scenes and threads.</summary>
public sealed class StageClock
{
    private readonly ConcurrentDictionary<string, long> ticks = new(StringComparer.Ordinal);

    public T Measure<T>(string stage, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(stage, Stopwatch.GetTimestamp() - start);
        }
    }

    public async Task<T> MeasureAsync<T>(string stage, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            Add(stage, Stopwatch.GetTimestamp() - start);
        }
    }

    public void Add(string stage, TimeSpan elapsed) => Add(stage, (long)(elapsed.TotalSeconds * Stopwatch.Frequency));

    /// <summary>Seconds per stage, by stage name.</summary>
    public IReadOnlyDictionary<string, double> Seconds() =>
        ticks.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => Math.Round((double)kv.Value / Stopwatch.Frequency, 3), StringComparer.Ordinal);

    private void Add(string stage, long elapsed) => ticks.AddOrUpdate(stage, elapsed, (_, total) => total + elapsed);
}
