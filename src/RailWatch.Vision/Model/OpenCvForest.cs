using OpenCvSharp;
using OpenCvSharp.ML;

namespace RailWatch.Vision.Model;

/// <summary>A forest predicted by OpenCV itself (<see cref="SampleForest.AsOpenCv"/>), before clamping.</summary>
internal sealed class OpenCvForest(RTrees trees, int featureCount, bool owned) : IDisposable
{
    public float[] Predict(float[] rows)
    {
        var n = rows.Length / featureCount;
        if (n == 0)
        {
            return [];
        }

        using var samples = Mat.FromPixelData(n, featureCount, MatType.CV_32FC1, rows);
        using var output = new Mat();
        trees.Predict(samples, output);
        output.GetArray(out float[] values);
        return values;
    }

    public void Dispose()
    {
        if (owned)
        {
            trees.Dispose();
        }
    }
}
