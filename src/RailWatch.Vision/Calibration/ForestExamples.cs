using RailWatch.Vision.Model;

namespace RailWatch.Vision.Calibration;

/// <summary>What one forest learns from: rows of a fixed number of features, each with a target in [0, 1].</summary>
internal sealed class ForestExamples(int featureCount)
{
    private readonly List<float> rows = [];
    private readonly List<float> targets = [];

    public int Count => targets.Count;

    /// <summary>Examples whose target is 1.</summary>
    public int Positives => targets.Count(t => t == 1);

    public void Add(ReadOnlySpan<float> features, float target)
    {
        if (features.Length != featureCount)
        {
            throw new ArgumentException($"expected {featureCount} features, got {features.Length}", nameof(features));
        }

        rows.AddRange(features);
        targets.Add(target);
    }

    /// <summary>Trains a forest on the examples and writes it to <paramref name="path"/>; the token is checked before training and before writing.</summary>
    public void TrainAndSave(string path, int trees, int maxDepth, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        using var forest = SampleForest.Train([.. rows], [.. targets], featureCount, trees, maxDepth);
        ct.ThrowIfCancellationRequested();
        forest.Save(path);
    }
}
