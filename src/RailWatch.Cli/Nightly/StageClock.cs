using System.Collections.Concurrent;

namespace RailWatch.Cli.Nightly;

/// <summary>Where a night's time goes: total seconds spent in each stage, summed over all scenes and threads, on the injected clock.</summary>
public sealed class StageClock(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, long> ticks = new(StringComparer.Ordinal);

    public T Measure<T>(string stage, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var start = time.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(stage, time.GetElapsedTime(start));
        }
    }

    public async Task<T> MeasureAsync<T>(string stage, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var start = time.GetTimestamp();
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            Add(stage, time.GetElapsedTime(start));
        }
    }

    public void Add(string stage, TimeSpan elapsed) => ticks.AddOrUpdate(stage, elapsed.Ticks, (_, total) => total + elapsed.Ticks);

    /// <summary>Seconds per stage, by stage name.</summary>
    public IReadOnlyDictionary<string, double> Seconds() =>
        ticks.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => Math.Round((double)kv.Value / TimeSpan.TicksPerSecond, 3), StringComparer.Ordinal);
}
