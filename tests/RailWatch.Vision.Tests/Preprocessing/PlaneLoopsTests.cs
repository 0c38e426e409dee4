using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Tests.Preprocessing;

public class PlaneLoopsTests
{
    /// <summary>Lengths around the vector width, so that both the vector loop and the scalar tail run.</summary>
    private static readonly int[] Lengths = [1, 7, 8, 9, 15, 16, 17, 33, 1_000];

    [Test]
    public void LumaAndChroma_AnyLength_IsBitwiseTheScalarFormula()
    {
        foreach (var n in Lengths)
        {
            var random = new Random(n);
            float[] Plane() => Enumerable.Range(0, n).Select(_ => (float)random.Next(0, 4_096)).ToArray();
            var (r, g, b) = (Plane(), Plane(), Plane());
            var (luma, ca, cb) = (new float[n], new float[n], new float[n]);
            const float scale = 1f / 4_095;

            PlaneLoops.LumaAndChroma(r, g, b, scale, luma, ca, cb);

            for (var i = 0; i < n; i++)
            {
                var (rr, gg, bb) = (r[i] * scale, g[i] * scale, b[i] * scale);
                Assert.That(luma[i], Is.EqualTo((0.299f * rr) + (0.587f * gg) + (0.114f * bb)), $"luma, length {n}, pixel {i}");
                Assert.That(ca[i], Is.EqualTo(rr - gg), $"red − green, length {n}, pixel {i}");
                Assert.That(cb[i], Is.EqualTo(bb - (0.5f * (rr + gg))), $"blue − yellow, length {n}, pixel {i}");
            }
        }
    }

    [Test]
    public void ClearWhereNotFinite_NaNAndInfinitiesAnywhere_ClearOnlyTheirPixels()
    {
        foreach (var n in Lengths)
        {
            var band = Enumerable.Range(0, n).Select(i => (float)i).ToArray();
            var bad = new[] { 0, n / 2, n - 1 }.Distinct().ToArray();
            float[] faults = [float.NaN, float.PositiveInfinity, float.NegativeInfinity];
            for (var k = 0; k < bad.Length; k++)
            {
                band[bad[k]] = faults[k];
            }

            var mask = Enumerable.Repeat(true, n).ToArray();

            PlaneLoops.ClearWhereNotFinite(band, mask);

            Assert.That(Enumerable.Range(0, n).Where(i => !mask[i]), Is.EqualTo(bad.Order()), $"length {n}");
        }
    }

    [Test]
    public void Stretch_EveryPixelVisible_IsBitwiseTheScalarStretch()
    {
        foreach (var n in Lengths)
        {
            var random = new Random(n);
            var luma = Enumerable.Range(0, n).Select(_ => (float)random.NextDouble()).ToArray();
            var ca = luma.Select(x => x - 0.3f).ToArray();
            var cb = luma.Select(x => 0.2f - x).ToArray();
            var (l0, a0, b0) = (luma.ToArray(), ca.ToArray(), cb.ToArray());
            const float lo = 0.13f, inv = 1f / 0.71f;

            PlaneLoops.Stretch(luma, ca, cb, Enumerable.Repeat(true, n).ToArray(), lo, inv, fill: 0.4f);

            Assert.That(luma, Is.EqualTo(l0.Select(x => (x - lo) * inv)), $"length {n}");
            Assert.That(ca, Is.EqualTo(a0.Select(x => x * inv)), $"length {n}");
            Assert.That(cb, Is.EqualTo(b0.Select(x => x * inv)), $"length {n}");
        }
    }

    [Test]
    public void AllAndAny_ReadEveryFlag()
    {
        var flags = new bool[1_001];

        Assert.That((PlaneLoops.All(flags), PlaneLoops.Any(flags)), Is.EqualTo((false, false)));
        flags[1_000] = true;
        Assert.That((PlaneLoops.All(flags), PlaneLoops.Any(flags)), Is.EqualTo((false, true)));
        Array.Fill(flags, true);
        Assert.That((PlaneLoops.All(flags), PlaneLoops.Any(flags)), Is.EqualTo((true, true)));
    }

    [Test]
    public void MaskedLoops_AnyLength_EqualTheirScalarDefinitions()
    {
        foreach (var n in Lengths)
        {
            var random = new Random(n);
            var a = Enumerable.Range(0, n).Select(_ => random.Next(3) != 0).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => random.Next(4) == 0).ToArray();
            var values = Enumerable.Range(0, n).Select(i => i % 5 == 0 ? float.NaN : (float)random.NextDouble()).ToArray();
            var selected = new float[n];

            PlaneLoops.Select(a, values, 0.5f, selected);

            Assert.That(selected, Is.EqualTo(Enumerable.Range(0, n).Select(i => a[i] ? values[i] : 0.5f)), $"select, length {n}");
            Assert.That(PlaneLoops.ToOnesAndZeros(a), Is.EqualTo(a.Select(x => x ? 1f : 0f)), $"ones and zeros, length {n}");
            Assert.That(PlaneLoops.AndNot(a, b), Is.EqualTo(Enumerable.Range(0, n).Select(i => a[i] && !b[i])), $"and-not, length {n}");
        }
    }

    [Test]
    public void Stretch_SomePixelsHidden_IsBitwiseTheScalarStretchWithFill()
    {
        foreach (var n in Lengths)
        {
            var random = new Random(n);
            var visible = Enumerable.Range(0, n).Select(_ => random.Next(3) != 0).ToArray();
            var luma = Enumerable.Range(0, n).Select(i => visible[i] ? (float)random.NextDouble() : float.NaN).ToArray();
            var ca = luma.Select(x => x - 0.3f).ToArray();
            var cb = luma.Select(x => 0.2f - x).ToArray();
            var (l0, a0, b0) = (luma.ToArray(), ca.ToArray(), cb.ToArray());
            const float lo = 0.13f, inv = 1f / 0.71f, fill = 0.4f;

            PlaneLoops.Stretch(luma, ca, cb, visible, lo, inv, fill);

            Assert.That(luma, Is.EqualTo(Enumerable.Range(0, n).Select(i => visible[i] ? (l0[i] - lo) * inv : fill)), $"length {n}");
            Assert.That(ca, Is.EqualTo(Enumerable.Range(0, n).Select(i => visible[i] ? a0[i] * inv : 0)), $"length {n}");
            Assert.That(cb, Is.EqualTo(Enumerable.Range(0, n).Select(i => visible[i] ? b0[i] * inv : 0)), $"length {n}");
        }
    }
}
