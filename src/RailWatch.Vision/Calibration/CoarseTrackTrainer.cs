using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Vision.Estimation;
using RailWatch.Vision.Model;

namespace RailWatch.Vision.Calibration;

/// <summary>
/// Trains the coarse track regressor: each track of each labelled coarse scene, counted by the model as it stands
/// (registration found, not given: the regressor must learn what misregistration does too), is one example whose
/// target is the share of its visible length under its visible cars (cars × mean pitch ÷ length, at most 1).
/// The scenes must be ones the coarse occupancy forest never saw, or the regressor learns its training-set confidence.
/// </summary>
public sealed class CoarseTrackTrainer
{
    public const string FileName = "coarse-tracks.yml.gz";

    /// <summary>Tracks seen over less than this length say little about their share and are not learnt from.</summary>
    private const double MinVisibleMetres = 30;

    private const int Trees = 100;
    private const int MaxDepth = 12;

    private readonly RailcarCounter counter;
    private readonly ForestExamples examples = new(TrackFeatures.Count);

    public CoarseTrackTrainer(CounterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        counter = new RailcarCounter(model with { CoarseTrackRegressor = null });
    }

    public int Tracks => examples.Count;

    /// <summary>Adds the tracks of one labelled scene coarser than the model's segmentation limit.</summary>
    public void Add(RasterImage image, Yard yard, SceneLabel label, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(label);
        var report = counter.CountDetailed(image, yard, new CountOptions(), ct);
        if (report.Profiles is not { Count: > 0 } profiles)
        {
            return;
        }

        var cars = label.Cars.Where(c => c.Visible).GroupBy(c => c.TrackId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var (features, visibleMetres) = TrackFeatures.Of(profiles, image.GsdMetres, report.RegistrationConfidence);
        for (var k = 0; k < profiles.Count; k++)
        {
            if (visibleMetres[k] < MinVisibleMetres)
            {
                continue;
            }

            var truth = cars.GetValueOrDefault(profiles[k].Strip.Path.Track.Id);
            examples.Add(
                features.AsSpan(k * TrackFeatures.Count, TrackFeatures.Count),
                (float)Math.Clamp(truth * counter.Model.MeanPitchMetres / visibleMetres[k], 0, 1));
        }
    }

    /// <summary>
    /// Trains the regressor, writes it into <paramref name="directory"/> and returns the model naming it. The token is
    /// checked before the forest is trained and before it is written.
    /// </summary>
    public CounterModel TrainAndSave(CounterModel model, string directory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ct.ThrowIfCancellationRequested();
        if (Tracks == 0)
        {
            throw new InvalidOperationException("no coarse tracks to train on");
        }

        examples.TrainAndSave(Path.Combine(directory, FileName), Trees, MaxDepth, ct);
        return model with { CoarseTrackRegressor = FileName };
    }
}
