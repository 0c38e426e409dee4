using System.Text.Json;
using System.Text.Json.Serialization;
using RailWatch.Core.Counting;
using RailWatch.Core.Errors;
using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Model;

/// <summary>
/// Everything the counter learned or assumed: car-length priors, thresholds and the calibration of the intervals.
/// Stored as <c>models/railcar-counter/vN/model.json</c> and described by the manifest beside it.
/// </summary>
public sealed record CounterModel
{
    public const string FileName = "model.json";

    public string Version { get; init; } = "v1";

    /// <summary>Mixture of car lengths over couplers (metres).</summary>
    public IReadOnlyList<LengthComponent> CarLengths { get; init; } = DefaultCarLengths;

    /// <summary>Gap between the bodies of coupled cars as it appears from above (metres).</summary>
    public double CouplingGapMetres { get; init; } = 1.0;

    /// <summary>Shortest and longest car the segmenter accepts (metres).</summary>
    public double MinCarLengthMetres { get; init; } = 9.0;

    public double MaxCarLengthMetres { get; init; } = 27.0;

    /// <summary>Occupancy contrast (in units of the scene's ballast spread) at which a sample is as likely car as track.</summary>
    public double OccupancyThreshold { get; init; } = 3.0;

    /// <summary>Slope of the logistic that turns contrast into car probability.</summary>
    public double OccupancySlope { get; init; } = 1.5;

    /// <summary>GSD (metres) up to which individual cars are segmented; coarser images get a length-based estimate.</summary>
    public double MaxSegmentationGsdMetres { get; init; } = 1.5;

    /// <summary>
    /// Whether stretches of track darkened by a cloud's shadow are brought back to the light of the rest of their track
    /// before the forests see them (segmented scenes only; <c>calibrate --cloud-shadow-lift</c>). No shipped model
    /// uses it: a model trained with it counted fresh scenes less accurately (docs/vision.md, "Where it fails").
    /// </summary>
    public bool CloudShadowLift { get; init; }

    /// <summary>
    /// Standard deviation (metres) of the Gaussian that smooths the luminance and colour planes before the strips are
    /// sampled from them, in scenes of at most <see cref="PlaneSmoothing.MaxGsdMetres"/> per pixel (registration reads
    /// the planes as they are). It evens out the finest detail, where sensors, products and renderers differ most:
    /// resolved sleepers and weeds, sharpening halos, compression (<c>calibrate --strip-smoothing</c>). 0 turns it off.
    /// No shipped model uses it: one trained with 0.5 m counted a third renderer's fresh scenes barely better and the
    /// second renderer's worse (docs/accuracy.md, "Strips from smoothed planes").
    /// </summary>
    public double StripSmoothingMetres { get; init; }

    /// <summary>Whether <paramref name="metres"/> can be a <see cref="StripSmoothingMetres"/>: 0 to 2 m.</summary>
    public static bool IsStripSmoothing(double metres) => metres is >= 0 and <= 2;

    /// <summary>
    /// Car probability at which a sample of a car coupled to the car before it counts as neither car nor track (a lone
    /// car's is 0.5). Each train pays once what a car of mean pitch gains by it, so a lone car is judged as at 0.5
    /// while a long faint train, read at 0.3–0.45 on some clear scenes, is found. 0.5 turns it off (models before v11).
    /// </summary>
    public double TrainNeutralProbability { get; init; } = 0.5;

    /// <summary>Whether <paramref name="probability"/> can be a <see cref="TrainNeutralProbability"/>: above 0 and at most 0.5.</summary>
    public static bool IsTrainNeutralProbability(double probability) => probability is > 0 and <= 0.5;

    /// <summary>Search radius of the registration (metres).</summary>
    public double RegistrationRadiusMetres { get; init; } = 12.0;

    /// <summary>
    /// File (beside model.json) of the trained per-sample car/empty classifier; null uses the untrained contrast
    /// profile, which is much less accurate.
    /// </summary>
    public string? OccupancyClassifier { get; init; }

    /// <summary>
    /// File (beside model.json) of a car/empty classifier trained on coarse scenes only (GSD above
    /// <see cref="MaxSegmentationGsdMetres"/>), used there instead of <see cref="OccupancyClassifier"/>; null uses
    /// the one classifier at every resolution.
    /// </summary>
    public string? CoarseOccupancyClassifier { get; init; }

    /// <summary>
    /// File (beside model.json) of the coarse track regressor: the share of each track under cars in a scene coarser
    /// than <see cref="MaxSegmentationGsdMetres"/>, from how the car probabilities along it and its neighbours are
    /// spread; null counts the sum of the probabilities.
    /// </summary>
    public string? CoarseTrackRegressor { get; init; }

    /// <summary>File (beside model.json) of the trained classifier of boundaries between coupled cars.</summary>
    public string? BoundaryClassifier { get; init; }

    /// <summary>
    /// File (beside model.json) of the trained classifier that takes a second look at each candidate car; null keeps
    /// every candidate.
    /// </summary>
    public string? VerifierClassifier { get; init; }

    /// <summary>Verifier probability from which a candidate counts as a car.</summary>
    public double VerifierThreshold { get; init; } = 0.5;

    /// <summary>Folder the model was loaded from (classifier files are relative to it); not stored.</summary>
    [JsonIgnore]
    public string? Directory { get; init; }

    /// <summary>Per-resolution corrections and interval widths, ordered by <see cref="GsdBand.MaxGsdMetres"/>.</summary>
    public IReadOnlyList<GsdBand> Bands { get; init; } = DefaultBands;

    public static IReadOnlyList<LengthComponent> DefaultCarLengths { get; } =
    [
        new(12.5, 1.0, 0.2),
        new(14.5, 1.2, 0.3),
        new(17.0, 1.5, 0.3),
        new(20.5, 1.8, 0.2),
    ];

    public static IReadOnlyList<GsdBand> DefaultBands { get; } =
    [
        new() { MaxGsdMetres = 0.55, RelativeLow = 0.05, RelativeHigh = 0.05, AbsoluteMargin = 1 },
        new() { MaxGsdMetres = 1.1, RelativeLow = 0.12, RelativeHigh = 0.12, AbsoluteMargin = 1 },
        new() { MaxGsdMetres = 2.2, RelativeLow = 0.2, RelativeHigh = 0.2, AbsoluteMargin = 2 },
        new() { MaxGsdMetres = 100, RelativeLow = 0.3, RelativeHigh = 0.3, AbsoluteMargin = 2 },
    ];

    /// <summary>Mean car pitch (length plus coupling gap) under the length prior.</summary>
    [JsonIgnore]
    public double MeanPitchMetres =>
        (CarLengths.Sum(c => c.Weight * c.MeanMetres) / CarLengths.Sum(c => c.Weight)) + CouplingGapMetres;

    public GsdBand BandFor(double gsdMetres) =>
        Bands.FirstOrDefault(b => gsdMetres <= b.MaxGsdMetres) ?? Bands[^1];

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static CounterModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: model file not found");
        }

        CounterModel? model;
        try
        {
            model = JsonSerializer.Deserialize<CounterModel>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new BadDataException($"{path}: not a valid counter model: {e.Message.Split('\n')[0]}", e);
        }

        if (model is null || model.CarLengths.Count == 0 || model.Bands.Count == 0)
        {
            throw new BadDataException($"{path}: counter model has no car lengths or no bands");
        }

        if (!IsTrainNeutralProbability(model.TrainNeutralProbability))
        {
            throw new BadDataException(FormattableString.Invariant($"{path}: train_neutral_probability must be above 0 and at most 0.5, not {model.TrainNeutralProbability}"));
        }

        if (!IsStripSmoothing(model.StripSmoothingMetres))
        {
            throw new BadDataException(FormattableString.Invariant($"{path}: strip_smoothing_metres must be from 0 to 2, not {model.StripSmoothingMetres}"));
        }

        return model with { Directory = Path.GetDirectoryName(Path.GetFullPath(path)) };
    }

    /// <summary>The version a model folder's manifest names as current (<c>FOLDER/manifest.json</c>, then <c>FOLDER/vN/model.json</c>).</summary>
    public static CounterModel LoadCurrent(string modelFolder)
    {
        var manifest = Path.Combine(modelFolder, ModelManifest.FileName);
        if (!File.Exists(manifest))
        {
            throw new UsageException($"{manifest}: model manifest not found");
        }

        return Load(Path.Combine(modelFolder, ModelManifest.Load(manifest).Current, FileName));
    }

    /// <summary>Writes the model atomically (temp file, then rename).</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        System.IO.Directory.CreateDirectory(dir);
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(this, JsonOptions) + "\n");
        File.Move(tmp, path, overwrite: true);
    }
}

/// <summary>One component of the car-length prior: a normal distribution of lengths over couplers.</summary>
public sealed record LengthComponent(double MeanMetres, double SdMetres, double Weight);

/// <summary>Calibration for one range of resolutions.</summary>
public sealed record GsdBand
{
    /// <summary>The band covers GSDs up to this value (and above the previous band's).</summary>
    public double MaxGsdMetres { get; init; }

    /// <summary>Multiplier applied to the raw count (coarse bands; 1 where cars are segmented one by one).</summary>
    public double CountScale { get; init; } = 1.0;

    /// <summary>
    /// Coarse bands: cars per mean pitch of observed track to add (usually negative) — at a few metres per pixel
    /// the classifier's probability is compressed towards the middle (empty track is never quite 0, cars never
    /// quite 1), so the count can be <c>count_scale × raw + empty_offset × observed pitches</c>. Model v2 has one;
    /// calibration no longer fits it (fitted on yards of the calibration scenes' size it carried badly to larger ones).
    /// </summary>
    public double EmptyOffset { get; init; }

    /// <summary>The corrected count from a raw count and the observed track length in mean car pitches.</summary>
    public double Apply(double raw, double observedPitches) => Math.Max(0, (CountScale * raw) + (EmptyOffset * observedPitches));

    /// <summary>
    /// Interval below the count in units of the scene's <see cref="Scale"/> (with zero weights the scale is the
    /// count, and this is a share of the count).
    /// </summary>
    public double RelativeLow { get; init; }

    /// <summary>Interval above the count in units of the scene's <see cref="Scale"/>.</summary>
    public double RelativeHigh { get; init; }

    /// <summary>How much a scene's interval widens with the share of its tracks hidden (cloud, nodata).</summary>
    public double ObservedWeight { get; init; }

    /// <summary>How much a scene's interval widens with the track length the counter could not decide, per car counted.</summary>
    public double UnsureWeight { get; init; }

    /// <summary>Cars always allowed either side, so small counts get an honest interval.</summary>
    public double AbsoluteMargin { get; init; }

    /// <summary>
    /// The scale of one scene's interval: max(1, count) × (1 + observed weight × hidden share) × (1 + unsure weight
    /// × unsure cars / max(count, 5)). Model files before v4 have zero weights: the scale is the count.
    /// </summary>
    public double Scale(double count, IntervalEvidence evidence) =>
        Math.Max(1, count)
        * (1 + (ObservedWeight * Math.Clamp(1 - evidence.ObservedFraction, 0, 1)))
        * (1 + (UnsureWeight * Math.Max(0, evidence.UnsureCars) / Math.Max(count, 5)));

    /// <summary>(low, high) around a count, as wide as the scene's evidence says.</summary>
    public (int Low, int High) Interval(double count, IntervalEvidence evidence)
    {
        var scale = Scale(count, evidence);
        var low = count - Math.Max(AbsoluteMargin, RelativeLow * scale);
        var high = count + Math.Max(AbsoluteMargin, RelativeHigh * scale);
        return ((int)Math.Max(0, Math.Floor(low)), (int)Math.Ceiling(high));
    }

    /// <summary>The corrected count of a raw count, rounded, with its interval (which always contains it).</summary>
    public CountEstimate Estimate(double raw, double observedPitches, IntervalEvidence evidence)
    {
        var corrected = Apply(raw, observedPitches);
        var (low, high) = Interval(corrected, evidence);
        var count = (int)Math.Round(corrected, MidpointRounding.AwayFromZero);
        return new CountEstimate(count, Math.Min(low, count), Math.Max(high, count));
    }
}

/// <summary>What one scene (or track) tells about its own count's uncertainty.</summary>
/// <param name="ObservedFraction">Share of the track length that could be seen (0–1).</param>
/// <param name="UnsureCars">Visible track length the counter could not decide, in mean car pitches.</param>
public readonly record struct IntervalEvidence(double ObservedFraction, double UnsureCars)
{
    /// <summary>A fully visible scene without undecided track: the interval scales with the count alone.</summary>
    public static IntervalEvidence Plain { get; } = new(1, 0);
}
