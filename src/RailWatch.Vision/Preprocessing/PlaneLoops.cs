using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RailWatch.Vision.Preprocessing;

/// <summary>
/// Per-pixel loops of the scene preparation, a vector of pixels at a time. Each does, lane by lane, the scalar
/// loop's single-precision operations in its order (no fused multiply-add), so the planes are bitwise the scalar
/// loop's (`bench/vision prepcheck`).
/// </summary>
internal static class PlaneLoops
{
    /// <summary>Luminance (Rec. 601 weights) and the two colour differences of red, green and blue scaled to white.</summary>
    public static void LumaAndChroma(float[] r, float[] g, float[] b, float scale, float[] luma, float[] ca, float[] cb)
    {
        var n = luma.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vs = new Vector<float>(scale);
            var (wr, wg, wb, half) = (new Vector<float>(0.299f), new Vector<float>(0.587f), new Vector<float>(0.114f), new Vector<float>(0.5f));
            for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
            {
                var rr = new Vector<float>(r, i) * vs;
                var gg = new Vector<float>(g, i) * vs;
                var bb = new Vector<float>(b, i) * vs;
                ((wr * rr) + (wg * gg) + (wb * bb)).CopyTo(luma, i);
                (rr - gg).CopyTo(ca, i);
                (bb - (half * (rr + gg))).CopyTo(cb, i);
            }
        }

        for (; i < n; i++)
        {
            var rr = r[i] * scale;
            var gg = g[i] * scale;
            var bb = b[i] * scale;
            luma[i] = (0.299f * rr) + (0.587f * gg) + (0.114f * bb);
            ca[i] = rr - gg;
            cb[i] = bb - (0.5f * (rr + gg));
        }
    }

    public static void Scale(float[] source, float scale, float[] destination)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vs = new Vector<float>(scale);
            for (; i <= source.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                (new Vector<float>(source, i) * vs).CopyTo(destination, i);
            }
        }

        for (; i < source.Length; i++)
        {
            destination[i] = source[i] * scale;
        }
    }

    /// <summary>Clears <paramref name="mask"/> where <paramref name="band"/> is NaN or infinite.</summary>
    public static void ClearWhereNotFinite(float[] band, bool[] mask)
    {
        var bits = MemoryMarshal.Cast<float, int>(band.AsSpan());
        var exponent = new Vector<int>(0x7F800000);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= bits.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                if (Vector.EqualsAny(new Vector<int>(bits[i..]) & exponent, exponent))
                {
                    ClearScalar(band, mask, i, i + Vector<int>.Count);
                }
            }
        }

        ClearScalar(band, mask, i, band.Length);

        static void ClearScalar(float[] band, bool[] mask, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (!float.IsFinite(band[k]))
                {
                    mask[k] = false;
                }
            }
        }
    }

    public static bool All(bool[] flags) => !MemoryMarshal.Cast<bool, byte>(flags.AsSpan()).Contains((byte)0);

    public static bool Any(bool[] flags) => MemoryMarshal.Cast<bool, byte>(flags.AsSpan()).IndexOfAnyExcept((byte)0) >= 0;

    /// <summary>Whether any of the vector's lanes starting at <paramref name="start"/> is not strictly between the bounds (NaN included).</summary>
    public static bool AnyNotStrictlyBetween(float[] values, int start, float below, float above) =>
        !Vector.LessThanAll(new Vector<float>(values, start), new Vector<float>(above))
        || !Vector.GreaterThanAll(new Vector<float>(values, start), new Vector<float>(below));

    /// <summary><c>where[i] ? values[i] : otherwise</c> for every pixel, into <paramref name="destination"/>.</summary>
    public static unsafe void Select(bool[] where, float[] values, float otherwise, float[] destination)
    {
        var i = 0;
        if (Avx2.IsSupported)
        {
            var other = Vector256.Create(otherwise);
            fixed (bool* w = where)
            fixed (float* v = values, d = destination)
            {
                for (; i <= values.Length - 8; i += 8)
                {
                    var mask = Avx2.CompareGreaterThan(Avx2.ConvertToVector256Int32((byte*)(w + i)), Vector256<int>.Zero).AsSingle();
                    Avx.Store(d + i, Vector256.ConditionalSelect(mask, Avx.LoadVector256(v + i), other));
                }
            }
        }

        for (; i < values.Length; i++)
        {
            destination[i] = where[i] ? values[i] : otherwise;
        }
    }

    /// <summary>One where the flag holds, zero elsewhere.</summary>
    public static unsafe float[] ToOnesAndZeros(bool[] flags)
    {
        var result = GC.AllocateUninitializedArray<float>(flags.Length);
        var i = 0;
        if (Avx2.IsSupported)
        {
            fixed (bool* f = flags)
            fixed (float* r = result)
            {
                for (; i <= flags.Length - 8; i += 8)
                {
                    Avx.Store(r + i, Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32((byte*)(f + i))));
                }
            }
        }

        for (; i < flags.Length; i++)
        {
            result[i] = flags[i] ? 1 : 0;
        }

        return result;
    }

    /// <summary><c>a[i] &amp;&amp; !b[i]</c> for every pixel.</summary>
    public static bool[] AndNot(bool[] a, bool[] b)
    {
        var result = new bool[a.Length];
        var x = MemoryMarshal.Cast<bool, byte>(a.AsSpan());
        var y = MemoryMarshal.Cast<bool, byte>(b.AsSpan());
        var r = MemoryMarshal.Cast<bool, byte>(result.AsSpan());
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= x.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                Vector.AndNot(new Vector<byte>(x[i..]), new Vector<byte>(y[i..])).CopyTo(r[i..]);
            }
        }

        for (; i < x.Length; i++)
        {
            result[i] = a[i] && !b[i];
        }

        return result;
    }

    /// <summary>
    /// The contrast stretch: a visible pixel's luminance becomes <c>(luma − lo) × inv</c> and its colour differences
    /// are multiplied by <c>inv</c>; a hidden one gets <paramref name="fill"/> and no colour.
    /// </summary>
    public static unsafe void Stretch(float[] luma, float[]? ca, float[]? cb, bool[] visible, float lo, float inv, float fill)
    {
        var i = 0;
        if (Avx2.IsSupported)
        {
            var (vlo, vinv, vfill) = (Vector256.Create(lo), Vector256.Create(inv), Vector256.Create(fill));
            fixed (bool* v = visible)
            fixed (float* l = luma, a = ca, b = cb)
            {
                for (; i <= luma.Length - 8; i += 8)
                {
                    var mask = Avx2.CompareGreaterThan(Avx2.ConvertToVector256Int32((byte*)(v + i)), Vector256<int>.Zero).AsSingle();
                    Avx.Store(l + i, Vector256.ConditionalSelect(mask, (Avx.LoadVector256(l + i) - vlo) * vinv, vfill));
                    if (a is not null && b is not null)
                    {
                        Avx.Store(a + i, Vector256.ConditionalSelect(mask, Avx.LoadVector256(a + i) * vinv, Vector256<float>.Zero));
                        Avx.Store(b + i, Vector256.ConditionalSelect(mask, Avx.LoadVector256(b + i) * vinv, Vector256<float>.Zero));
                    }
                }
            }
        }

        for (; i < luma.Length; i++)
        {
            luma[i] = visible[i] ? (luma[i] - lo) * inv : fill;
            if (ca is not null && cb is not null)
            {
                ca[i] = visible[i] ? ca[i] * inv : 0;
                cb[i] = visible[i] ? cb[i] * inv : 0;
            }
        }
    }
}
