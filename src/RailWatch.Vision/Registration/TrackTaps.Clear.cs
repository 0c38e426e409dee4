using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RailWatch.Vision.Registration;

/// <summary>
/// A point's terms where all its taps are clear (<see cref="AllClear"/>): read without checks, and four shifts at once
/// where the processor has AVX. The four-at-a-time loop does the same operations on each lane, in the same order
/// and precision (bilinear taps in single precision, the terms and sums in double), so every score is bitwise the
/// scalar one. Where <see cref="AddClearPoint"/> runs, every tap lies on visible pixels, and visible luma is finite
/// (the scene preparation fills non-finite data), so the checked loop's NaN guard cannot bite and the vector
/// minimum and maximum agree with <see cref="Math.Min(double, double)"/> and <see cref="Math.Clamp(double, double, double)"/>.
/// </summary>
internal sealed partial class TrackTaps
{
    /// <summary>
    /// One point's terms for every shift of the batch where <see cref="AllClear"/> holds: no visibility checks and
    /// bilinear taps read without bounds checks (every tap is at least two pixels inside the image there). The
    /// arithmetic is that of the checked loop, term for term.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddClearPoint(in Probe probe, double[] sx, double[] sy, double[] acc, int[] hits)
    {
        ref var origin = ref MemoryMarshal.GetArrayDataReference(luma);
        var w = width;
        var (px, py, ux, uy, rx, ry, e0x, e0y, e1x, e1y, r0x, r0y, r1x, r1y) = probe;
        var done = Avx.IsSupported ? AddClearPointFourAtATime(probe, sx, sy, acc, hits) : 0;
        for (var s = done; s < acc.Length; s++)
        {
            var cx = px + sx[s] - 0.5;
            var cy = py + sy[s] - 0.5;
            var a = acc[s];
            var qx = cx + e0x;
            var qy = cy + e0y;
            var left = Math.Min(Math.Abs(Inside(ref origin, w, qx + ux, qy + uy) - Inside(ref origin, w, qx - ux, qy - uy)), edgeClip);
            a += left;
            qx = cx + e1x;
            qy = cy + e1y;
            var right = Math.Min(Math.Abs(Inside(ref origin, w, qx + ux, qy + uy) - Inside(ref origin, w, qx - ux, qy - uy)), edgeClip);
            a += right;
            a += pairWeight * Math.Min(left, right);

            if (centreLine)
            {
                var band = (0.5 * (Inside(ref origin, w, cx + rx, cy + ry) + Inside(ref origin, w, cx - rx, cy - ry))) - Inside(ref origin, w, cx, cy);
                a += TrackRegistrar.CentreWeight * Math.Min(Math.Abs(band), bandClip);
            }
            else
            {
                a += RailTerm(ref origin, w, cx + r0x, cy + r0y, rx, ry);
                a += RailTerm(ref origin, w, cx + r1x, cy + r1y, rx, ry);
            }

            acc[s] = a;
            hits[s] += 2;
        }
    }

    /// <summary><see cref="RailValley"/>'s term at a tap whose pixels are all clear (no checks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double RailTerm(ref float origin, int w, double qx, double qy, double rx, double ry)
    {
        var valley = (0.5 * (Inside(ref origin, w, qx + rx, qy + ry) + Inside(ref origin, w, qx - rx, qy - ry))) - Inside(ref origin, w, qx, qy);
        return TrackRegistrar.RailWeight * Math.Clamp(valley, -TrackRegistrar.EdgeClip / 2, TrackRegistrar.EdgeClip);
    }

    /// <summary><see cref="Sample"/> at a point known to be inside the image by more than a pixel (no checks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Inside(ref float origin, int w, double qx, double qy)
    {
        var x0 = (int)qx;
        var y0 = (int)qy;
        var fx = (float)(qx - x0);
        var fy = (float)(qy - y0);
        ref var p = ref Unsafe.Add(ref origin, (y0 * w) + x0);
        var a = p;
        var b = Unsafe.Add(ref p, 1);
        var c = Unsafe.Add(ref p, w);
        var d = Unsafe.Add(ref p, w + 1);
        return ((a * (1 - fx)) + (b * fx)) * (1 - fy) + (((c * (1 - fx)) + (d * fx)) * fy);
    }

    /// <summary>Adds a point's terms for the first shifts of the batch, four at a time; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe int AddClearPointFourAtATime(in Probe probe, double[] sx, double[] sy, double[] acc, int[] hits)
    {
        var m = acc.Length & ~3;
        if (m == 0)
        {
            return 0;
        }

        var px = Vector256.Create(probe.X);
        var py = Vector256.Create(probe.Y);
        var ux = Vector256.Create(probe.Ux);
        var uy = Vector256.Create(probe.Uy);
        var rx = Vector256.Create(probe.Rx);
        var ry = Vector256.Create(probe.Ry);
        var (e0x, e0y, e1x, e1y) = (Vector256.Create(probe.E0x), Vector256.Create(probe.E0y), Vector256.Create(probe.E1x), Vector256.Create(probe.E1y));
        var (r0x, r0y, r1x, r1y) = (Vector256.Create(probe.R0x), Vector256.Create(probe.R0y), Vector256.Create(probe.R1x), Vector256.Create(probe.R1y));
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
                var qx = cx + e0x;
                var qy = cy + e0y;
                var left = Vector256.Min(Avx.ConvertToVector256Double(Vector128.Abs(Tap(l, qx + ux, qy + uy) - Tap(l, qx - ux, qy - uy))), clip);
                a += left;
                qx = cx + e1x;
                qy = cy + e1y;
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
                    a += RailTerm(l, cx + r0x, cy + r0y, rx, ry, half);
                    a += RailTerm(l, cx + r1x, cy + r1y, rx, ry, half);
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
