using System.Buffers;
using System.Runtime.InteropServices;

namespace RailWatch.Vision.Preprocessing;

/// <summary>Order statistics without a full sort.</summary>
internal static class Selection
{
    /// <summary>Below this many values <see cref="OrderStatistics"/> selects instead of counting.</summary>
    private const int MinCountingLength = 4096;

    private const int Buckets = 1 << 16;

    /// <summary>
    /// The k-th smallest values (0-based, <paramref name="ks"/> in any order) of <paramref name="values"/> (finite
    /// values only), which are left as they are. Large inputs are counted rather than partitioned: a histogram of
    /// the upper 16 bits of each value's order-preserving key, then one of the lower 16 bits of the values in the
    /// buckets that hold a wanted rank. One pass, then one per rank; the values <see cref="Select"/> gives (but that −0 ranks below +0).
    /// </summary>
    public static float[] OrderStatistics(ReadOnlySpan<float> values, ReadOnlySpan<int> ks)
    {
        var result = new float[ks.Length];
        foreach (var k in ks)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(k);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
        }

        if (values.Length < MinCountingLength)
        {
            var copy = values.ToArray();
            for (var j = 0; j < ks.Length; j++)
            {
                result[j] = Select(copy, ks[j]);
            }

            return result;
        }

        var keys = MemoryMarshal.Cast<float, uint>(values);
        var high = ArrayPool<int>.Shared.Rent(Buckets);
        var low = ArrayPool<int>.Shared.Rent(Buckets);
        try
        {
            Array.Clear(high, 0, Buckets);
            foreach (var bits in keys)
            {
                high[Key(bits) >> 16]++;
            }

            for (var j = 0; j < ks.Length; j++)
            {
                var (bucket, rank) = Locate(high, ks[j]);
                Array.Clear(low, 0, Buckets);
                foreach (var bits in keys)
                {
                    var key = Key(bits);
                    if (key >> 16 == bucket)
                    {
                        low[key & 0xFFFF]++;
                    }
                }

                var (lowBits, _) = Locate(low, rank);
                result[j] = FromKey(((uint)bucket << 16) | (uint)lowBits);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(high);
            ArrayPool<int>.Shared.Return(low);
        }

        return result;
    }

    /// <summary>The bucket that holds rank <paramref name="k"/> of the counted values, and the rank within it.</summary>
    private static (int Bucket, int Rank) Locate(int[] counts, int k)
    {
        var before = 0;
        for (var b = 0; b < Buckets; b++)
        {
            if (k < before + counts[b])
            {
                return (b, k - before);
            }

            before += counts[b];
        }

        throw new InvalidOperationException("rank beyond the values counted");
    }

    /// <summary>A key whose unsigned order is the floats' order: the sign bit flipped for positive values, every bit for negative ones.</summary>
    private static uint Key(uint bits) => bits ^ ((uint)((int)bits >> 31) | 0x8000_0000u);

    private static float FromKey(uint key) => BitConverter.UInt32BitsToSingle(key ^ ((key & 0x8000_0000u) != 0 ? 0x8000_0000u : 0xFFFF_FFFFu));

    /// <summary>
    /// The k-th smallest value (0-based) of <paramref name="values"/> (finite values only), reordering them so that
    /// everything before k is no larger and everything after no smaller. Quickselect with a median-of-three pivot
    /// and a three-way partition (many equal values are common: saturation, fills); falls back to a sort of the
    /// remaining range if the partitions stop shrinking.
    /// </summary>
    public static float Select(Span<float> values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
        int lo = 0, hi = values.Length - 1;
        var budget = 2 * (int)Math.Ceiling(Math.Log2(values.Length + 1)) + 8;
        while (hi > lo)
        {
            if (hi - lo < 16 || budget-- <= 0)
            {
                values[lo..(hi + 1)].Sort();
                return values[k];
            }

            var pivot = MedianOfThree(values[lo], values[lo + ((hi - lo) / 2)], values[hi]);

            // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot.
            int lt = lo, i = lo, gt = hi;
            while (i <= gt)
            {
                var v = values[i];
                if (v < pivot)
                {
                    (values[lt], values[i]) = (values[i], values[lt]);
                    lt++;
                    i++;
                }
                else if (v > pivot)
                {
                    (values[gt], values[i]) = (values[i], values[gt]);
                    gt--;
                }
                else
                {
                    i++;
                }
            }

            if (k < lt)
            {
                hi = lt - 1;
            }
            else if (k > gt)
            {
                lo = gt + 1;
            }
            else
            {
                return pivot;
            }
        }

        return values[k];
    }

    private static float MedianOfThree(float a, float b, float c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
