using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using RailWatch.Core.Errors;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.Ingest.Chips;
using RailWatch.Ingest.Config;
using RailWatch.Ingest.Stac;

namespace RailWatch.Ingest.Folder;

/// <summary>
/// Scenes from image files in a folder (GeoTIFF, COG, JPEG 2000, …): every file matching the patterns whose footprint
/// intersects the yard (plus margin), timed by the first of the configured time sources that has a time (TIFF
/// DateTime tag, STAC item beside the file, file name). Files GDAL cannot open, or without a time, are reported on
/// <see cref="IngestContext.Warnings"/> and skipped. Scenes come oldest first.
/// </summary>
public sealed class FolderSceneSource : ISceneSource
{
    private readonly FolderSourceOptions options;
    private readonly IngestContext context;
    private readonly FileNameTime fileNameTime;

    // What each file holds (footprint, time), read once per file and reused for every yard of the night: a night over
    // many yards would otherwise open every file once per yard. A changed size or modification time reads it again.
    private readonly ConcurrentDictionary<string, FolderFile> files = new(StringComparer.Ordinal);

    public FolderSceneSource(FolderSourceOptions options, IngestContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        this.options = options;
        this.context = context;
        fileNameTime = new FileNameTime(options.FileNameRegex, options.FileNameFormats);
    }

    public string Name => options.Name;

    public async IAsyncEnumerable<SceneRef> FindScenesAsync(Yard yard, SceneQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(query);
        if (!Directory.Exists(options.Path))
        {
            throw new UsageException($"{options.Path}: source \"{Name}\": folder not found");
        }

        var area = yard.Bounds.Expand(options.Chip.MarginMetres);
        var scenes = await Task.Run(() => Scan(area, query, cancellationToken), cancellationToken).ConfigureAwait(false);
        foreach (var scene in scenes)
        {
            yield return scene;
        }
    }

    public Task<ChipResult> FetchChipAsync(SceneRef scene, Yard yard, string chipPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(chipPath);
        return Task.Run(
            () =>
            {
                try
                {
                    using var raster = GeoRaster.Open(scene.Href, cancellationToken: cancellationToken);
                    return ChipCutter.Cut(raster, new ChipRequest(scene, yard, chipPath, options.Chip), cancellationToken);
                }
                catch (RailWatchException e) when (e is not SceneFetchException)
                {
                    throw new SceneFetchException($"{scene.Href}: {Name}: cannot cut the chip: {StripSubject(e.Message, scene.Href)}", e);
                }
            },
            cancellationToken);
    }

    private void Warn(string line) => (context.Warnings ?? context.Log)?.Report(line);

    /// <summary>The acquisition time of one file from the configured sources in order, with the source that gave it; null when none has one.</summary>
    internal (DateTimeOffset Time, TimeFrom From)? AcquisitionTime(string path, RasterInfo? info)
    {
        foreach (var from in options.TimeFrom)
        {
            DateTimeOffset? t = from switch
            {
                TimeFrom.TiffTag => info?.Metadata.TryGetValue("TIFFTAG_DATETIME", out var tag) == true ? TiffDateTime.Parse(tag) : null,
                TimeFrom.StacJson => SidecarStacTime.Read(path),
                TimeFrom.FileName => fileNameTime.Parse(Path.GetFileName(path)),
                _ => null,
            };
            if (t is { } time)
            {
                return (time, from);
            }
        }

        return null;
    }

    private List<SceneRef> Scan(Core.Geometry.GeoBounds area, SceneQuery query, CancellationToken cancellationToken)
    {
        var paths = options.Patterns
            .SelectMany(p => Directory.EnumerateFiles(options.Path, p, new EnumerationOptions { RecurseSubdirectories = options.Recursive, MatchCasing = MatchCasing.CaseInsensitive }))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var scenes = new List<SceneRef>();
        foreach (var file in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var facts = Describe(file);
            if (facts.Unreadable is { } reason)
            {
                Warn($"{Name}: skipping {file}: {reason}");
                continue;
            }

            if (!Intersects(facts, area))
            {
                continue;
            }

            if (facts.TimeProblem is { } problem)
            {
                Warn($"{Name}: skipping {file}: {problem}");
                continue;
            }

            if (facts.Time is not { } time)
            {
                Warn($"{Name}: skipping {file}: no acquisition time (tried {string.Join(", ", options.TimeFrom)})");
                continue;
            }

            if (!query.Contains(time))
            {
                continue;
            }

            var sidecar = SidecarItem(file);
            var relative = Path.GetRelativePath(options.Path, file);
            scenes.Add(new SceneRef("folder", Path.ChangeExtension(relative, null).Replace('\\', '/'), time, file)
            {
                Sensor = options.Sensor ?? sidecar?.Sensor,
                GsdMetres = facts.GsdMetres,
                CloudCoverPercent = sidecar?.CloudCoverPercent,
                Source = Name,
            });
        }

        return scenes.OrderBy(s => s.Acquired).ThenBy(s => s.SceneId, StringComparer.Ordinal).ToList();
    }

    private FolderFile Describe(string file)
    {
        var stat = new FileInfo(file);
        if (files.TryGetValue(file, out var known) && known.Length == stat.Length && known.Modified == stat.LastWriteTimeUtc)
        {
            return known;
        }

        FolderFile facts;
        try
        {
            using var raster = GeoRaster.Open(file);
            var info = raster.Info;
            DateTimeOffset? time = null;
            string? timeProblem = null;
            try
            {
                time = AcquisitionTime(file, info)?.Time;
            }
            catch (BadDataException e)
            {
                timeProblem = e.Message;
            }

            facts = new FolderFile(stat.Length, stat.LastWriteTimeUtc, info.BoundsWgs84, info.FootprintWgs84, info.GsdMetres, time, timeProblem, null);
        }
        catch (RailWatchException e)
        {
            facts = new FolderFile(stat.Length, stat.LastWriteTimeUtc, null, [], null, null, null, StripSubject(e.Message, file));
        }

        files[file] = facts;
        return facts;
    }

    private static bool Intersects(FolderFile facts, Core.Geometry.GeoBounds area)
    {
        if (facts.Bounds is not { } bounds || !bounds.Intersects(area))
        {
            return false;
        }

        return facts.Footprint.Count < 3 || Stac.Footprints.RingIntersectsBox(facts.Footprint, area);
    }

    private sealed record FolderFile(
        long Length,
        DateTime Modified,
        Core.Geometry.GeoBounds? Bounds,
        IReadOnlyList<Core.Geometry.GeoPoint> Footprint,
        double? GsdMetres,
        DateTimeOffset? Time,
        string? TimeProblem,
        string? Unreadable);

    private static StacItem? SidecarItem(string file)
    {
        var path = SidecarStacTime.FindSidecar(file);
        if (path is null)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return StacItemParser.Parse(doc.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException or IOException)
        {
            return null;
        }
    }

    private static string StripSubject(string message, string subject) =>
        message.StartsWith(subject + ": ", StringComparison.Ordinal) ? message[(subject.Length + 2)..] : message;
}
