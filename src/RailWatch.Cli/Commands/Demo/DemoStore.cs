using RailWatch.Core.Errors;
using RailWatch.Store;

namespace RailWatch.Cli.Commands.Demo;

/// <summary>
/// The demo's store: created fresh on every demo, but only ever deleted when the demo made it. The demo marks a store
/// it creates with a first run row whose config path is <see cref="Marker"/> (no real run records that text); a store
/// that does not start with that row holds someone else's data and is left alone.
/// </summary>
internal static class DemoStore
{
    /// <summary>The config path of the run row that marks a store as the demo's.</summary>
    public const string Marker = "railwatch demo: this store was created by the demo, which deletes and recreates it";

    /// <summary>
    /// Deletes the previous demo store at <paramref name="storePath"/> (file, WAL, chips, cache) and creates an empty one
    /// marked as the demo's; throws <see cref="UsageException"/> and changes nothing when a store is there that the
    /// demo did not create. <paramref name="sampleConfig"/> is the bundled sample's config (null when not found).
    /// </summary>
    public static void Recreate(string storePath, string? sampleConfig, TimeProvider time)
    {
        var stem = Path.ChangeExtension(storePath, null);
        var chips = stem + ".chips";
        var exists = File.Exists(storePath) || Directory.Exists(storePath) || (Directory.Exists(chips) && Directory.EnumerateFileSystemEntries(chips).Any());
        if (exists && !IsTheDemos(storePath, sampleConfig))
        {
            throw new UsageException($"demo: the store {storePath} already holds data that the demo did not write; give another --store or delete it yourself");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(storePath)!);
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(storePath + suffix);
        }

        foreach (var folder in new[] { chips, stem + ".cache" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        using var store = RailWatchStore.Open(storePath);
        var run = store.BeginRun(time.GetUtcNow(), Marker);
        store.FinishRun(run, time.GetUtcNow(), new RunSummary(0, 0, 0, 0, 0));
    }

    /// <summary>
    /// True for a store the demo may delete: one it marked, one without any run (it holds nothing), or one whose every
    /// run recorded the bundled sample config by its full path, as demos did before the mark (sample data only).
    /// </summary>
    private static bool IsTheDemos(string storePath, string? sampleConfig)
    {
        if (RailWatchStore.ReadRuns(storePath) is not { } runs)
        {
            return false;
        }

        if (runs.Count == 0 || runs[0].ConfigPath == Marker)
        {
            return true;
        }

        var sample = sampleConfig is null ? null : Path.GetFullPath(sampleConfig);
        return sample is not null && runs.All(r => string.Equals(r.ConfigPath, sample, StringComparison.Ordinal));
    }
}
