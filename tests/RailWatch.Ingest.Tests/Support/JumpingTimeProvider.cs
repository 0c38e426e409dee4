using System.Collections.Concurrent;

namespace RailWatch.Ingest.Tests.Support;

/// <summary>
/// A virtual clock for back-off and rate-limit waits: every wait's timer jumps the clock forward by its due time and
/// fires at once, so code that waits minutes runs instantly while <see cref="Delays"/> records exactly what it asked to
/// wait. Timeouts (the timer of a <see cref="CancellationTokenSource"/> made with this clock, as the per-attempt
/// timeout is) never fire and do not move the clock: a request on this clock is never cut short. Tests of timeouts
/// drive a FakeTimeProvider instead.
/// </summary>
internal sealed class JumpingTimeProvider : TimeProvider
{
    private readonly object gate = new();
    private long ticks;

    public JumpingTimeProvider(DateTimeOffset start) => Start = start;

    public DateTimeOffset Start { get; }

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (gate)
        {
            return ticks;
        }
    }

    public override DateTimeOffset GetUtcNow() => Start + TimeSpan.FromTicks(GetTimestamp());

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // A CancellationTokenSource passes itself as its timer's state; Task.Delay passes its promise.
        if (state is CancellationTokenSource)
        {
            return new FiringTimer(this, callback, state, fires: false);
        }

        var timer = new FiringTimer(this, callback, state, fires: true);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Advance(TimeSpan by)
    {
        Delays.Enqueue(by);
        lock (gate)
        {
            ticks += by.Ticks;
        }
    }

    private sealed class FiringTimer(JumpingTimeProvider clock, TimerCallback callback, object? state, bool fires) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (!fires || dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            clock.Advance(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
            return true;
        }

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
