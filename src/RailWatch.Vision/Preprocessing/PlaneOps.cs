using System.Runtime.InteropServices;
using OpenCvSharp;

namespace RailWatch.Vision.Preprocessing;

/// <summary>OpenCV filters over managed planes; every <see cref="Mat"/> stays inside this class.</summary>
internal static class PlaneOps
{
    public static float[] GaussianBlur(float[] src, int width, int height, double sigmaPixels)
    {
        var dst = new float[src.Length];
        using var a = Mat.FromPixelData(height, width, MatType.CV_32FC1, src);
        using var b = new Mat();
        Cv2.GaussianBlur(a, b, new Size(0, 0), Math.Max(0.3, sigmaPixels), Math.Max(0.3, sigmaPixels), BorderTypes.Reflect);
        CopyOut(b, dst);
        return dst;
    }

    public static float[] BoxMean(float[] src, int width, int height, int window)
    {
        var dst = new float[src.Length];
        using var a = Mat.FromPixelData(height, width, MatType.CV_32FC1, src);
        using var b = new Mat();
        Cv2.BoxFilter(a, b, MatType.CV_32F, new Size(window, window), new Point(-1, -1), true, BorderTypes.Reflect);
        CopyOut(b, dst);
        return dst;
    }

    public static (float[] Gx, float[] Gy) Sobel(float[] src, int width, int height)
    {
        var gx = new float[src.Length];
        var gy = new float[src.Length];
        using var a = Mat.FromPixelData(height, width, MatType.CV_32FC1, src);
        using var x = new Mat();
        using var y = new Mat();
        Cv2.Sobel(a, x, MatType.CV_32F, 1, 0, 3, 0.125, 0, BorderTypes.Reflect);
        Cv2.Sobel(a, y, MatType.CV_32F, 0, 1, 3, 0.125, 0, BorderTypes.Reflect);
        CopyOut(x, gx);
        CopyOut(y, gy);
        return (gx, gy);
    }

    /// <summary>Morphological opening then dilation of a mask with elliptical elements (radii in pixels).</summary>
    public static bool[] OpenThenDilate(bool[] mask, int width, int height, int openRadius, int dilateRadius)
    {
        var bytes = new byte[mask.Length];
        for (var i = 0; i < mask.Length; i++)
        {
            bytes[i] = mask[i] ? (byte)255 : (byte)0;
        }

        using var a = Mat.FromPixelData(height, width, MatType.CV_8UC1, bytes);
        using var opened = new Mat();
        using var k1 = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size((2 * openRadius) + 1, (2 * openRadius) + 1));
        Cv2.MorphologyEx(a, opened, MorphTypes.Open, k1);
        using var dilated = new Mat();
        using var k2 = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size((2 * dilateRadius) + 1, (2 * dilateRadius) + 1));
        Cv2.Dilate(opened, dilated, k2);
        var outBytes = new byte[mask.Length];
        Marshal.Copy(dilated.Data, outBytes, 0, outBytes.Length);
        var result = new bool[mask.Length];
        for (var i = 0; i < mask.Length; i++)
        {
            result[i] = outBytes[i] != 0;
        }

        return result;
    }

    /// <summary>Area-average downsampling by an integer factor (output size rounds up).</summary>
    public static (float[] Plane, int Width, int Height) Downsample(float[] src, int width, int height, int factor)
    {
        if (factor <= 1)
        {
            return (src, width, height);
        }

        var w2 = Math.Max(1, (width + factor - 1) / factor);
        var h2 = Math.Max(1, (height + factor - 1) / factor);
        var dst = new float[w2 * h2];
        using var a = Mat.FromPixelData(height, width, MatType.CV_32FC1, src);
        using var b = new Mat();
        Cv2.Resize(a, b, new Size(w2, h2), 0, 0, InterpolationFlags.Area);
        CopyOut(b, dst);
        return (dst, w2, h2);
    }

    /// <summary>Bicubic resampling of a plane to <paramref name="toWidth"/> × <paramref name="toHeight"/>.</summary>
    public static float[] ResizeCubic(float[] src, int width, int height, int toWidth, int toHeight)
    {
        var dst = new float[toWidth * toHeight];
        using var a = Mat.FromPixelData(height, width, MatType.CV_32FC1, src);
        using var b = new Mat();
        Cv2.Resize(a, b, new Size(toWidth, toHeight), 0, 0, InterpolationFlags.Cubic);
        CopyOut(b, dst);
        return dst;
    }

    /// <summary>
    /// A plane through baseline JPEG at <paramref name="quality"/> and back: its values mapped from 0..<paramref name="top"/>
    /// onto 8 bits, encoded, decoded and mapped back.
    /// </summary>
    public static float[] JpegRoundTrip(float[] src, int width, int height, float top, int quality)
    {
        var scale = top > 0 ? 255f / top : 0f;
        var bytes = new byte[src.Length];
        for (var i = 0; i < src.Length; i++)
        {
            bytes[i] = (byte)Math.Clamp(MathF.Round(src[i] * scale), 0, 255);
        }

        using var a = Mat.FromPixelData(height, width, MatType.CV_8UC1, bytes);
        Cv2.ImEncode(".jpg", a, out var encoded, new ImageEncodingParam(ImwriteFlags.JpegQuality, quality));
        using var decoded = Cv2.ImDecode(encoded, ImreadModes.Grayscale);
        if (decoded.Empty() || decoded.Width != width || decoded.Height != height || !decoded.IsContinuous())
        {
            throw new InvalidOperationException("OpenCV could not read back the JPEG it wrote");
        }

        Marshal.Copy(decoded.Data, bytes, 0, bytes.Length);
        var dst = new float[src.Length];
        var back = scale > 0 ? 1f / scale : 0f;
        for (var i = 0; i < src.Length; i++)
        {
            dst[i] = bytes[i] * back;
        }

        return dst;
    }

    private static void CopyOut(Mat m, float[] dst)
    {
        if (!m.IsContinuous())
        {
            throw new InvalidOperationException("OpenCV returned a non-continuous matrix");
        }

        Marshal.Copy(m.Data, dst, 0, dst.Length);
    }

    /// <summary>The q-quantile (0..1) of the values where <paramref name="where"/> holds, on a subsample for speed.</summary>
    public static float Quantile(float[] values, bool[]? where, double q, int maxSamples = 200_000) =>
        Quantiles(values, where, [q], maxSamples)[0];

    /// <summary>
    /// Several quantiles (0..1) of the values where <paramref name="where"/> holds, on one subsample (every
    /// ⌈n / <paramref name="maxSamples"/>⌉-th value): the k-th smallest sample with k = round(q × (count − 1)), found
    /// by counting rather than a full sort (the same value a sort gives). NaN where no value qualifies.
    /// </summary>
    public static float[] Quantiles(float[] values, bool[]? where, IReadOnlyList<double> qs, int maxSamples = 200_000)
    {
        var stride = Math.Max(1, values.Length / maxSamples);
        var buffer = new float[(values.Length + stride - 1) / stride];
        var count = 0;
        for (var i = 0; i < values.Length; i += stride)
        {
            if ((where is null || where[i]) && float.IsFinite(values[i]))
            {
                buffer[count++] = values[i];
            }
        }

        if (count == 0)
        {
            var none = new float[qs.Count];
            Array.Fill(none, float.NaN);
            return none;
        }

        var ranks = qs.Select(q => (int)Math.Clamp(Math.Round(q * (count - 1)), 0, count - 1)).ToArray();
        return Selection.OrderStatistics(buffer.AsSpan(0, count), ranks);
    }
}
