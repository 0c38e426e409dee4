using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RailWatch.Vision.Registration;

/// <summary>
/// <see cref="AddClearPoint"/> for four shifts at once (AVX): the same operations on each lane, in the same order
/// and precision (bilinear taps in single precision, the terms and sums in double), so every score is bitwise the
/// scalar one. Where <see cref="AddClearPoint"/> runs, every tap lies on visible pixels, and visible luma is finite
/// (the scene preparation fills non-finite data), so the scalar code's NaN guard cannot bite and the vector
/// minimum and maximum agree with <see cref="Math.Min(double, double)"/> and <see cref="Math.Clamp(double, double, double)"/>.
/// </summary>
internal sealed partial class TrackTaps
{
    /// <summary>Adds point <paramref name="i"/>'s terms for the first shifts of the batch, four at a time; returns how many.</summary>
    private unsafe int AddClearPointFourAtATime(int i, double[] sx, double[] sy, double[] acc, int[] hits)
    {
        var m = acc.Length & ~3;
        if (m == 0)
        {
            return 0;
        }

        var t = 4 * i;
        var px = Vector256.Create(x[i]);
        var py = Vector256.Create(y[i]);
        var ux = Vector256.Create(edgeX[i]);
        var uy = Vector256.Create(edgeY[i]);
        var rx = Vector256.Create(railX[i]);
        var ry = Vector256.Create(railY[i]);
        var half = Vector256.Create(0.5);
        var clip = Vector256.Create(edgeClip);
        var pair = Vector256.Create(pairWeight);
        fixed (float* l = luma)
        fixed (double* psx = sx, psy = sy, pacc = acc)
        {
            for (var s = 0; s < m; s += 4)
            {
                var cx = px + Avx.LoadVector256(psx + s) - half;
                var cy = py + Avx.LoadVector256(psy + s) - half;
                var a = Avx.LoadVector256(pacc + s);
                var qx = cx + Vector256.Create(tapX[t]);
                var qy = cy + Vector256.Create(tapY[t]);
                var left = Vector256.Min(Avx.ConvertToVector256Double(Vector128.Abs(Tap(l, qx + ux, qy + uy) - Tap(l, qx - ux, qy - uy))), clip);
                a += left;
                qx = cx + Vector256.Create(tapX[t + 1]);
                qy = cy + Vector256.Create(tapY[t + 1]);
                var right = Vector256.Min(Avx.ConvertToVector256Double(Vector128.Abs(Tap(l, qx + ux, qy + uy) - Tap(l, qx - ux, qy - uy))), clip);
                a += right;
                a += pair * Vector256.Min(left, right);
                if (centreLine)
                {
                    var band = (half * Avx.ConvertToVector256Double(Tap(l, cx + rx, cy + ry) + Tap(l, cx - rx, cy - ry))) - Avx.ConvertToVector256Double(Tap(l, cx, cy));
                    a += Vector256.Create(TrackRegistrar.CentreWeight) * Vector256.Min(Vector256.Abs(band), Vector256.Create(bandClip));
                }
                else
                {
                    a += RailTerm(l, cx + Vector256.Create(tapX[t + 2]), cy + Vector256.Create(tapY[t + 2]), rx, ry, half);
                    a += RailTerm(l, cx + Vector256.Create(tapX[t + 3]), cy + Vector256.Create(tapY[t + 3]), rx, ry, half);
                }

                Avx.Store(pacc + s, a);
                for (var k = s; k < s + 4; k++)
                {
                    hits[k] += 2;
                }
            }
        }

        return m;
    }

    /// <summary><see cref="RailValley"/>'s term for four taps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe Vector256<double> RailTerm(float* l, Vector256<double> qx, Vector256<double> qy, Vector256<double> rx, Vector256<double> ry, Vector256<double> half)
    {
        var valley = (half * Avx.ConvertToVector256Double(Tap(l, qx + rx, qy + ry) + Tap(l, qx - rx, qy - ry))) - Avx.ConvertToVector256Double(Tap(l, qx, qy));
        var clamped = Vector256.Max(Vector256.Min(valley, Vector256.Create(TrackRegistrar.EdgeClip)), Vector256.Create(-TrackRegistrar.EdgeClip / 2));
        return Vector256.Create(TrackRegistrar.RailWeight) * clamped;
    }

    /// <summary>
    /// <see cref="Inside"/> at four points, each at least a pixel inside the image. The pixels are read one by one:
    /// AVX2's gather was slower on the development machine's AMD EPYC.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe Vector128<float> Tap(float* l, Vector256<double> qx, Vector256<double> qy)
    {
        var x0 = Avx.ConvertToVector128Int32WithTruncation(qx);
        var y0 = Avx.ConvertToVector128Int32WithTruncation(qy);
        var fx = Avx.ConvertToVector128Single(qx - Avx.ConvertToVector256Double(x0));
        var fy = Avx.ConvertToVector128Single(qy - Avx.ConvertToVector256Double(y0));
        var k = Sse41.MultiplyLow(y0, Vector128.Create(width)) + x0;
        float* p0 = l + k.ToScalar(), p1 = l + k.GetElement(1), p2 = l + k.GetElement(2), p3 = l + k.GetElement(3);
        var w = width;
        var a = Vector128.Create(p0[0], p1[0], p2[0], p3[0]);
        var b = Vector128.Create(p0[1], p1[1], p2[1], p3[1]);
        var c = Vector128.Create(p0[w], p1[w], p2[w], p3[w]);
        var d = Vector128.Create(p0[w + 1], p1[w + 1], p2[w + 1], p3[w + 1]);
        var one = Vector128.Create(1f);
        return ((a * (one - fx)) + (b * fx)) * (one - fy) + (((c * (one - fx)) + (d * fx)) * fy);
    }
}
