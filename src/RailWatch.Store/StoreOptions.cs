namespace RailWatch.Store;

/// <summary>How a store file is opened.</summary>
public sealed record StoreOptions
{
    /// <summary>
    /// Folder for chip files; default "&lt;store path without extension&gt;.chips/" beside the store file. A relative
    /// path is taken relative to the current directory.
    /// </summary>
    public string? ChipDirectory { get; init; }

    /// <summary>How long a statement waits for another process's lock before failing (SQLite busy_timeout).</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
