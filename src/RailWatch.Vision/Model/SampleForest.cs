using OpenCvSharp;
using OpenCvSharp.ML;
using RailWatch.Core.Errors;

namespace RailWatch.Vision.Model;

/// <summary>
/// A random regression forest over per-sample features whose output is a probability (the share of trees'
/// training samples of the positive class). Stored as OpenCV's own forest file beside the model.
/// Prediction is thread-safe: OpenCV does not promise that a forest's predict may run concurrently, so calls are
/// serialised (they are a small share of a count).
/// </summary>
internal sealed class SampleForest : IDisposable
{
    private readonly RTrees trees;
    private readonly Lock gate = new();

    private SampleForest(RTrees trees, int featureCount)
    {
        this.trees = trees;
        FeatureCount = featureCount;
    }

    public int FeatureCount { get; }

    public static SampleForest Load(string path, int featureCount)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: classifier file not found");
        }

        RTrees trees;
        try
        {
            trees = RTrees.Load(path);
        }
        catch (OpenCVException e)
        {
            throw new BadDataException($"{path}: not a valid classifier file: {e.Message.Split('\n')[0]}", e);
        }

        if (trees.GetVarCount() != featureCount)
        {
            var found = trees.GetVarCount();
            trees.Dispose();
            throw new BadDataException($"{path}: classifier expects {found} features, this counter computes {featureCount}");
        }

        return new SampleForest(trees, featureCount);
    }

    /// <summary>Trains on row-major features with targets in [0, 1]; deterministic for the same inputs.</summary>
    public static SampleForest Train(float[] rows, float[] targets, int featureCount, int trees = 48, int maxDepth = 14)
    {
        var n = targets.Length;
        Cv2.SetTheRNG(20261126);
        using var samples = Mat.FromPixelData(n, featureCount, MatType.CV_32FC1, rows);
        using var responses = Mat.FromPixelData(n, 1, MatType.CV_32FC1, targets);
        var forest = RTrees.Create();
        forest.MaxDepth = maxDepth;
        forest.MinSampleCount = 10;
        forest.RegressionAccuracy = 0;
        forest.UseSurrogates = false;
        forest.CalculateVarImportance = false;
        forest.ActiveVarCount = (int)Math.Ceiling(Math.Sqrt(featureCount)) + 2;
        forest.TermCriteria = new TermCriteria(CriteriaTypes.MaxIter, trees, 0);
        forest.Train(samples, SampleTypes.RowSample, responses);
        return new SampleForest(forest, featureCount);
    }

    /// <summary>Writes the forest (temp file, then rename).</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp" + Path.GetExtension(path);
        trees.Save(tmp);
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Probability for each row of <paramref name="rows"/> (row-major, <see cref="FeatureCount"/> per row).</summary>
    public float[] Predict(float[] rows)
    {
        var n = rows.Length / FeatureCount;
        var result = new float[n];
        if (n == 0)
        {
            return result;
        }

        float[] values;
        using (var samples = Mat.FromPixelData(n, FeatureCount, MatType.CV_32FC1, rows))
        using (var output = new Mat())
        {
            lock (gate)
            {
                trees.Predict(samples, output);
            }

            output.GetArray(out values);
        }

        for (var i = 0; i < n; i++)
        {
            result[i] = Math.Clamp(values[i], 0f, 1f);
        }

        return result;
    }

    public void Dispose() => trees.Dispose();
}
