using RailWatch.Core.Errors;
using RailWatch.Core.Flags;
using RailWatch.Store;
using RailWatch.Web.Model;
using StoreFlagDetail = RailWatch.Store.FlagDetail;

namespace RailWatch.Web.Storage;

/// <summary>The review pages, exports and report over a <see cref="RailWatchStore"/> (which is thread-safe).</summary>
public sealed class StoreReviewData(RailWatchStore store) : IReviewData
{
    private readonly RailWatchStore store = store ?? throw new ArgumentNullException(nameof(store));

    public IReadOnlyList<YardInfo> Yards() =>
        store.Yards().Select(y => new YardInfo(y.YardId, y.Name, store.FindYard(y.YardId)?.Polygon ?? [])).ToList();

    public IReadOnlyList<FlagSummary> Flags(string? yardId = null, FlagStatus? status = null, DateTimeOffset? since = null)
    {
        var names = YardNames();
        return store.Flags(new FlagQuery { YardId = yardId, Status = status, Since = since })
            .Select(f => Summary(f, names, latest: null)).ToList();
    }

    public FlagView? Flag(long flagId)
    {
        var d = store.FlagDetail(flagId);
        if (d is null)
        {
            return null;
        }

        var reviews = store.Reviews(flagId);
        var summary = Summary(d.Flag, YardNames(), d.LatestReview ?? reviews.LastOrDefault());
        return new FlagView
        {
            Summary = summary,
            Scene = Scene(d.Scene),
            Chip = Chip(d.Chip),
            Tracks = d.Counts.Where(c => !c.IsTotal)
                .Select(c => new TrackCountRow(c.Track, c.Count, c.Low, c.High, c.ObservedFraction)).ToList(),
            Cars = Cars(d),
            Algorithm = d.Counts.FirstOrDefault()?.Algorithm,
            ModelVersion = d.Counts.FirstOrDefault()?.ModelVersion,
            BaselineScene = d.BaselineScene is { } b ? Scene(b.Scene) : null,
            BaselineChip = d.BaselineScene is { } bc ? Chip(bc.Chip) : null,
            Reviews = reviews,
        };
    }

    public YardSeries? Series(string yardId)
    {
        var yard = store.FindYard(yardId);
        var summary = store.Yards().FirstOrDefault(y => y.YardId == yardId);
        if (yard is null && summary is null)
        {
            return null;
        }

        var info = new YardInfo(yardId, summary?.Name ?? yard!.Name, yard?.Polygon ?? []);
        var points = store.Observations(new ObservationQuery { YardId = yardId, IncludeTracks = false })
            .Select(o => o.CorrectedCount is { } c
                ? new SeriesPoint(o.Acquired, c, c, c) { Corrected = true }
                : new SeriesPoint(o.Acquired, o.Count, o.Low, o.High))
            .ToList();
        var baseline = store.Baselines(yardId).Select(b => new BaselinePoint(b.Acquired, b.Expected, b.Lower, b.Upper)).ToList();
        return new YardSeries(info, points, baseline, Flags(yardId));
    }

    public string? ChipPreviewPath(long chipId)
    {
        var path = store.Chip(chipId)?.PreviewPngFullPath;
        if (path is null)
        {
            return null;
        }

        // The store resolves chip paths inside its chip folder; check again here since this path is served.
        var full = Path.GetFullPath(path);
        return full.StartsWith(store.ChipDirectory, StringComparison.Ordinal)
            && string.Equals(Path.GetExtension(full), ".png", StringComparison.OrdinalIgnoreCase) ? full : null;
    }

    public bool SaveReview(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (store.FlagDetail(review.FlagId) is null)
        {
            return false;
        }

        try
        {
            store.SaveReview(review);
            return true;
        }
        catch (UsageException)
        {
            return false; // the flag vanished between the check and the insert
        }
    }

    public IReadOnlyList<Review> Reviews(long flagId) => store.Reviews(flagId);

    public IReadOnlyList<ObservationExportRow> Observations(DateTimeOffset? since = null) =>
        store.Observations(new ObservationQuery { Since = since }).Select(o => new ObservationExportRow
        {
            Yard = o.YardId,
            Provider = o.Provider,
            SceneId = o.SceneId,
            Acquired = o.Acquired,
            Track = o.Track,
            Count = o.Count,
            Low = o.Low,
            High = o.High,
            ObservedFraction = o.ObservedFraction,
            GsdMetres = o.GsdMetres,
            Sensor = o.Sensor,
            Algorithm = o.Algorithm,
            ModelVersion = o.ModelVersion,
            CorrectedCount = o.CorrectedCount,
        }).ToList();

    private Dictionary<string, string> YardNames() =>
        store.Yards().ToDictionary(y => y.YardId, y => y.Name, StringComparer.Ordinal);

    private static FlagSummary Summary(FlagRow f, Dictionary<string, string> names, Review? latest) => new()
    {
        Id = f.Id,
        YardId = f.YardId,
        YardName = names.TryGetValue(f.YardId, out var n) ? n : f.YardId,
        Flag = new Flag(f.YardId, f.Acquired, f.Count, f.Expected, f.Upper, f.PValue, f.Kind, f.Method, f.Reason),
        Status = f.Status,
        Severity = f.Severity,
        Scene = new SceneInfo(f.Provider, f.SceneId, f.Acquired)
        {
            Sensor = f.Sensor,
            GsdMetres = f.GsdMetres,
            CloudCoverPercent = f.CloudCoverPercent,
        },
        ChipId = f.ChipId,
        CorrectedCount = f.CorrectedCount,
        LatestReview = latest,
    };

    private static SceneInfo Scene(SceneRow s) => new(s.Provider, s.SceneId, s.Acquired)
    {
        Sensor = s.Sensor,
        GsdMetres = s.GsdMetres,
        CloudCoverPercent = s.CloudCoverPercent,
    };

    private static ChipImage? Chip(ChipRow? c) =>
        c?.PreviewPngPath is null || c.PreviewWidth <= 0 || c.PreviewHeight <= 0 ? null : new ChipImage(c.Id, c.PreviewWidth, c.PreviewHeight);

    private static List<CarMark> Cars(StoreFlagDetail d) =>
        d.Cars.Where(c => c.OnPreview is not null)
            .Select(c => new CarMark(c.TrackId, c.OnPreview!.X, c.OnPreview.Y, c.OnPreview.AngleDeg, c.OnPreview.LengthPx)).ToList();
}
