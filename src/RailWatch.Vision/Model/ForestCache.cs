using System.Security.Cryptography;
using RailWatch.Core.Errors;

namespace RailWatch.Vision.Model;

/// <summary>
/// Flat copies of the model's forest files, kept in a cache folder so that a process reads them in milliseconds
/// instead of parsing OpenCV's compressed text (about two seconds for a model's five forests). An entry is named by
/// the SHA-256 of the forest file's bytes, so an edited or replaced file never meets a stale entry. An entry is
/// written to a temporary file and renamed, so a killed process leaves none half-written; an entry that does not
/// read back is parsed again from the forest file and replaced. A cache that cannot be written is skipped: the
/// forest is then parsed every time.
/// </summary>
internal static class ForestCache
{
    /// <summary>
    /// The folder of the cache: <c>RAILWATCH_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/railwatch</c>, else
    /// <c>~/.cache/railwatch</c>; its <c>forests</c> subfolder holds the entries.
    /// </summary>
    public static string DefaultFolder()
    {
        var explicitFolder = Environment.GetEnvironmentVariable("RAILWATCH_CACHE_DIR");
        if (!string.IsNullOrEmpty(explicitFolder))
        {
            return explicitFolder;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdg;
        return Path.Combine(root, "railwatch");
    }

    /// <summary>
    /// The forest of <paramref name="path"/> as a flat copy, from the cache under <paramref name="cacheFolder"/> where
    /// it holds one for these bytes; otherwise parsed by <paramref name="parse"/> and written to the cache.
    /// </summary>
    public static FlatForest Load(string path, int featureCount, string? cacheFolder, Func<FlatForest> parse)
    {
        // Without a cache, or for a forest file that cannot be read (left to the parser, which names the problem).
        if (cacheFolder is null || TryKey(path) is not { } key)
        {
            return parse();
        }

        var entry = Path.Combine(cacheFolder, "forests", key + ".flat");
        if (TryRead(entry, featureCount) is { } cached)
        {
            return cached;
        }

        var forest = parse();
        TryWrite(entry, forest, featureCount);
        return forest;
    }

    private static string? TryKey(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static FlatForest? TryRead(string entry, int featureCount)
    {
        try
        {
            using var file = new FileStream(entry, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            var (forest, written) = FlatForest.ReadFrom(file, entry);
            return written == featureCount ? forest : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadDataException)
        {
            // Missing, unreadable or not a forest of this version: parse the forest file again.
            return null;
        }
    }

    private static void TryWrite(string entry, FlatForest forest, int featureCount)
    {
        var tmp = $"{entry}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(entry)!);
            using (var file = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                forest.WriteTo(file, featureCount);
                file.Flush(flushToDisk: true);
            }

            File.Move(tmp, entry, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the parse next time.
            TryDelete(tmp);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: a stray temporary file is never read as an entry.
        }
    }
}
