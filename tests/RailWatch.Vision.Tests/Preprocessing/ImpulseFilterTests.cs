using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Tests.Preprocessing;

public class ImpulseFilterTests
{
    private const int Size = 64;

    /// <summary>Ground at 0.3 with noise of SD about 0.02.</summary>
    private static float[] NoisyGround()
    {
        var rng = new Random(5);
        return [.. Enumerable.Range(0, Size * Size).Select(_ => 0.3f + (float)((rng.NextDouble() - 0.5) * 0.07))];
    }

    private static bool[] AllData() => [.. Enumerable.Repeat(true, Size * Size)];

    [Test]
    public void Apply_IsolatedHotAndDeadPixels_AreReplacedByTheirNeighbours()
    {
        var luma = NoisyGround();
        int[] hot = [(10 * Size) + 10, (40 * Size) + 33], dead = [(20 * Size) + 50, (55 * Size) + 5];
        foreach (var i in hot)
        {
            luma[i] = 1f;
        }

        foreach (var i in dead)
        {
            luma[i] = 0f;
        }

        var replaced = ImpulseFilter.Apply(luma, null, null, AllData(), Size, Size);

        Assert.Multiple(() =>
        {
            Assert.That(replaced, Is.EqualTo(4));
            Assert.That(hot.Concat(dead).Select(i => luma[i]), Is.All.InRange(0.25f, 0.35f));
        });
    }

    [Test]
    public void Apply_ACarOnePixelWideAlongItsTrack_IsLeftAlone()
    {
        // A 3 m car in 3 m pixels: bright, one pixel wide, five long.
        var luma = NoisyGround();
        for (var x = 20; x < 25; x++)
        {
            luma[(30 * Size) + x] = 0.9f;
        }

        var before = (float[])luma.Clone();

        var replaced = ImpulseFilter.Apply(luma, null, null, AllData(), Size, Size);

        Assert.Multiple(() =>
        {
            Assert.That(replaced, Is.Zero);
            Assert.That(luma, Is.EqualTo(before));
        });
    }

    [Test]
    public void Apply_NoiseOnly_ChangesNothing()
    {
        var luma = NoisyGround();
        var before = (float[])luma.Clone();

        ImpulseFilter.Apply(luma, null, null, AllData(), Size, Size);

        Assert.That(luma, Is.EqualTo(before));
    }
}
