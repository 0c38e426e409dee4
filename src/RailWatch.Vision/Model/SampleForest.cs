using OpenCvSharp;
using OpenCvSharp.ML;
using RailWatch.Core.Errors;

namespace RailWatch.Vision.Model;

/// <summary>
/// A random regression forest over per-sample features whose output is a probability (the share of trees'
/// training samples of the positive class). Trained by OpenCV and stored as OpenCV's own forest file beside the
/// model; predicted from a flat managed copy of its trees (<see cref="FlatForest"/>, bitwise OpenCV's predictions),
/// which is thread-safe. A forest loaded from a file keeps only that copy (OpenCV's own would double the memory); a
/// freshly trained one keeps OpenCV's too, to be saved.
/// </summary>
internal sealed class SampleForest : IDisposable
{
    private readonly RTrees? trained;
    private readonly string? file;
    private readonly FlatForest flat;

    private SampleForest(FlatForest flat, int featureCount, RTrees? trained, string? file)
    {
        this.flat = flat;
        FeatureCount = featureCount;
        this.trained = trained;
        this.file = file;
    }

    public int FeatureCount { get; }

    /// <summary>
    /// Loads a forest file, from the flat copy in <paramref name="cacheFolder"/> where there is one for the file's bytes
    /// (<see cref="ForestCache"/>); null parses the file every time.
    /// </summary>
    public static SampleForest Load(string path, int featureCount, string? cacheFolder = null)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: classifier file not found");
        }

        var flat = ForestCache.Load(path, featureCount, cacheFolder, () => Parse(path, featureCount));
        return new SampleForest(flat, featureCount, trained: null, file: path);
    }

    private static FlatForest Parse(string path, int featureCount)
    {
        RTrees trees;
        try
        {
            trees = RTrees.Load(path);
        }
        catch (OpenCVException e)
        {
            throw new BadDataException($"{path}: not a valid classifier file: {e.Message.Split('\n')[0]}", e);
        }

        using (trees)
        {
            var found = trees.GetVarCount();
            if (found != featureCount)
            {
                throw new BadDataException($"{path}: classifier expects {found} features, this counter computes {featureCount}");
            }

            return FlatForest.From(trees, path);
        }
    }

    /// <summary>Trains on row-major features with targets in [0, 1]; deterministic for the same inputs.</summary>
    public static SampleForest Train(float[] rows, float[] targets, int featureCount, int trees = 48, int maxDepth = 14)
    {
        var n = targets.Length;
        Cv2.SetTheRNG(20261126);
        using var samples = Mat.FromPixelData(n, featureCount, MatType.CV_32FC1, rows);
        using var responses = Mat.FromPixelData(n, 1, MatType.CV_32FC1, targets);
        var forest = RTrees.Create();
        try
        {
            forest.MaxDepth = maxDepth;
            forest.MinSampleCount = 10;
            forest.RegressionAccuracy = 0;
            forest.UseSurrogates = false;
            forest.CalculateVarImportance = false;
            forest.ActiveVarCount = (int)Math.Ceiling(Math.Sqrt(featureCount)) + 2;
            forest.TermCriteria = new TermCriteria(CriteriaTypes.MaxIter, trees, 0);
            forest.Train(samples, SampleTypes.RowSample, responses);
            return new SampleForest(FlatForest.From(forest, "trained forest"), featureCount, forest, file: null);
        }
        catch
        {
            forest.Dispose();
            throw;
        }
    }

    /// <summary>Writes a freshly trained forest (temp file, then rename).</summary>
    public void Save(string path)
    {
        var trees = trained ?? throw new InvalidOperationException($"{file}: a forest loaded from a file is not saved again");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp" + Path.GetExtension(path);
        trees.Save(tmp);
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Probability for each row of <paramref name="rows"/> (row-major, <see cref="FeatureCount"/> per row).</summary>
    public float[] Predict(float[] rows)
    {
        var result = flat.Predict(rows, FeatureCount);
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Math.Clamp(result[i], 0f, 1f);
        }

        return result;
    }

    /// <summary>
    /// The same forest as OpenCV predicts it (before clamping), against which the managed prediction is checked and
    /// timed: the trained model, or the forest's file loaded again.
    /// </summary>
    internal OpenCvForest AsOpenCv() => trained is null
        ? new OpenCvForest(RTrees.Load(file!), FeatureCount, owned: true)
        : new OpenCvForest(trained, FeatureCount, owned: false);

    /// <summary>The managed prediction before clamping (for comparison with <see cref="AsOpenCv"/>).</summary>
    internal float[] PredictUnclamped(float[] rows) => flat.Predict(rows, FeatureCount);

    public void Dispose() => trained?.Dispose();
}
