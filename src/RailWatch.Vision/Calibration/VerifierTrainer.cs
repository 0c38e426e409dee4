using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Vision.Model;
using RailWatch.Vision.Segmentation;

namespace RailWatch.Vision.Calibration;

/// <summary>
/// Trains the car verifier: the candidate cars that a model with trained occupancy and boundary forests finds on
/// labelled scenes (at their true registration), each labelled by whether a visible true car lies within the match
/// distance (one-to-one, nearest first); candidates near a car that is neither visible nor hidden are left out.
/// </summary>
public sealed class VerifierTrainer
{
    public const string FileName = "verifier.yml.gz";

    private readonly RailcarCounter counter;
    private readonly ForestExamples examples = new(SegmentFeatures.Count);

    public VerifierTrainer(CounterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        counter = new RailcarCounter(model with { VerifierClassifier = null });
    }

    public int Candidates => examples.Count;

    public int TrueCars => examples.Positives;

    /// <summary>Adds the candidates of one labelled scene (none where the resolution is too coarse to segment cars).</summary>
    public void Add(RasterImage image, Yard yard, SceneLabel label, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(label);
        if (image.GsdMetres > counter.Model.MaxSegmentationGsdMetres)
        {
            return;
        }

        var prepared = counter.PrepareTracks(image, yard, label.TrueShiftMetres, label.Name, ct);
        var profiles = counter.ProfileTracks(prepared.Strips, image.GsdMetres);
        var candidates = counter.CandidateCars(profiles);
        var features = SegmentFeatures.Compute(profiles, candidates, image.GsdMetres, counter.Model);
        var centres = new List<(int Track, int Index, (double X, double Y) At)>();
        for (var k = 0; k < profiles.Count; k++)
        {
            var strip = profiles[k].Strip;
            for (var i = 0; i < candidates[k].Count; i++)
            {
                centres.Add((k, i, strip.Path.PointAt(candidates[k][i].ArcIn(strip))));
            }
        }

        var (matched, nearAmbiguous) = AccuracyEvaluator.Match([.. centres.Select(c => c.At)], label, prepared.Frame);
        for (var j = 0; j < centres.Count; j++)
        {
            var (k, i, _) = centres[j];
            if (nearAmbiguous[j])
            {
                continue;
            }

            examples.Add(features[k].AsSpan(i * SegmentFeatures.Count, SegmentFeatures.Count), matched[j] ? 1 : 0);
        }
    }

    /// <summary>
    /// Trains the verifier, writes it into <paramref name="directory"/> and returns the model naming it. The token is
    /// checked before the forest is trained and before it is written.
    /// </summary>
    public CounterModel TrainAndSave(CounterModel model, string directory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ct.ThrowIfCancellationRequested();
        if (TrueCars == 0 || TrueCars == Candidates)
        {
            throw new InvalidOperationException("the verifier needs both true and false candidate cars to learn from");
        }

        examples.TrainAndSave(Path.Combine(directory, FileName), trees: 64, maxDepth: 12, ct);
        return model with { VerifierClassifier = FileName, Directory = Path.GetFullPath(directory) };
    }
}
