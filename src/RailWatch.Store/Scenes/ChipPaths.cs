namespace RailWatch.Store;

/// <summary>Chip paths are stored relative to the chip folder with '/' separators and never resolve outside it.</summary>
internal static class ChipPaths
{
    public static string ResolveDirectory(string storeFullPath, string? configured)
    {
        var folder = configured is null
            ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(storeFullPath) ?? ".", System.IO.Path.GetFileNameWithoutExtension(storeFullPath) + ".chips")
            : System.IO.Path.GetFullPath(configured);
        return System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(folder)) + System.IO.Path.DirectorySeparatorChar;
    }

    public static ChipFiles Normalise(string chipDirectory, ChipFiles chip)
    {
        ArgumentNullException.ThrowIfNull(chip);
        return chip with
        {
            GeoTiffPath = ToRelative(chipDirectory, chip.GeoTiffPath),
            PreviewPngPath = chip.PreviewPngPath is null ? null : ToRelative(chipDirectory, chip.PreviewPngPath),
        };
    }

    public static string ToRelative(string chipDirectory, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(chipDirectory, path));
        if (!full.StartsWith(chipDirectory, StringComparison.Ordinal) || full.Length == chipDirectory.Length)
        {
            throw new ArgumentException($"chip file {path} is not inside the store's chip folder {chipDirectory}", nameof(path));
        }

        return full[chipDirectory.Length..].Replace(System.IO.Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The full path of a stored relative path, or null when it would lie outside the chip folder.</summary>
    public static string? ToFull(string chipDirectory, string relative)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(chipDirectory, relative.Replace('/', System.IO.Path.DirectorySeparatorChar)));
        return full.StartsWith(chipDirectory, StringComparison.Ordinal) && full.Length > chipDirectory.Length ? full : null;
    }
}
