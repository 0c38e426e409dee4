using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace RailWatch.Ingest.Http;

/// <summary>
/// Where downloads live: <c>CACHE/SOURCE/ab/abcdef….EXT</c>, named by the SHA-256 of a key (the URL without its
/// signature or API key), so a signed URL that changes every night still hits the same entry.
/// </summary>
internal sealed class DownloadCache(string directory, string sourceName)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs <paramref name="fill"/> for <paramref name="path"/> unless the file already exists, one caller at a time per
    /// path (two yards covered by one scene share its download instead of racing on the partial file).
    /// </summary>
    public async Task EnsureAsync(string path, Func<Task> fill, CancellationToken cancellationToken)
    {
        var gate = locks.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(path))
            {
                await fill().ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public string PathFor(string key, string extension)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var safeSource = string.Concat(sourceName.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
        return Path.Combine(directory, safeSource, hash[..2], hash + extension);
    }

    /// <summary>The extension of the URL's path (".png", ".tif"), or ".bin".</summary>
    public static string ExtensionOf(Uri uri)
    {
        var ext = Path.GetExtension(uri.AbsolutePath);
        return ext.Length is > 1 and <= 6 && ext.Skip(1).All(char.IsLetterOrDigit) ? ext.ToLowerInvariant() : ".bin";
    }
}
