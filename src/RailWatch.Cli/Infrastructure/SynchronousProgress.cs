namespace RailWatch.Cli.Infrastructure;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports on the reporting thread, one report at a time. <see cref="Progress{T}"/>
/// posts each report to the thread pool, so lines can reach the console or a job log out of order, or after the
/// command has returned.
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock gate = new();

    public void Report(T value)
    {
        lock (gate)
        {
            report(value);
        }
    }
}
