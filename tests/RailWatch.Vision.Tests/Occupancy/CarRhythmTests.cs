using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Tests.Occupancy;

public class CarRhythmTests
{
    private const double Step = 0.25;
    private const int Length = 1200; // 300 m

    /// <summary>A track's core tone: a flat bed with noise, and from 100 to 250 m a train of 15 m cars whose 1 m gaps differ from the roofs by <paramref name="gapContrast"/>.</summary>
    private static float[] Track(float roof, float gapContrast, int seed)
    {
        var random = new Random(seed);
        var core = new float[Length];
        for (var t = 0; t < Length; t++)
        {
            var s = t * Step;
            var inTrain = s is >= 100 and < 250;
            var inGap = inTrain && (s - 100) % 16 < 1;
            core[t] = (inTrain ? (inGap ? roof + gapContrast : roof) : 0f) + (float)(0.05 * ((random.NextDouble() * 2) - 1));
        }

        return core;
    }

    private static bool[] AllVisible() => Enumerable.Repeat(true, Length).ToArray();

    private static int At(double metres) => (int)(metres / Step);

    [Test]
    public void Of_TrainOfCoupledCars_PeaksWithinTheTrainAndNotOnEmptyTrack()
    {
        var (peak, contrast) = CarRhythm.Of(Track(roof: 0.6f, gapContrast: -0.5f, seed: 1), AllVisible(), Step);

        Assert.That(peak[At(175)], Is.GreaterThan(0.7f), "mid-train");
        Assert.That(contrast[At(175)], Is.GreaterThan(0.4f));
        Assert.That(peak[At(40)], Is.LessThan(0.4f), "empty track, 60 m before the train");
    }

    [Test]
    public void Of_DarkTrainWithLightGaps_ScoresLikeLightTrainWithDarkGaps()
    {
        var (light, _) = CarRhythm.Of(Track(roof: 0.6f, gapContrast: -0.5f, seed: 2), AllVisible(), Step);
        var (dark, _) = CarRhythm.Of(Track(roof: -0.6f, gapContrast: 0.5f, seed: 2), AllVisible(), Step);

        Assert.That(dark[At(175)], Is.EqualTo(light[At(175)]).Within(0.05f));
    }

    [Test]
    public void Of_HiddenTrain_LeavesTheVisibleSamplesAsIfTheTrackWereEmpty()
    {
        var visible = AllVisible();
        for (var t = At(100); t < At(250); t++)
        {
            visible[t] = false;
        }

        var (peak, contrast) = CarRhythm.Of(Track(roof: 0.6f, gapContrast: -0.5f, seed: 3), visible, Step);
        var (emptyPeak, _) = CarRhythm.Of(Track(roof: 0f, gapContrast: 0f, seed: 3), visible, Step);

        Assert.That(peak[At(175)], Is.Zero, "hidden");
        Assert.That(contrast[At(175)], Is.Zero);
        Assert.That(peak[At(90)], Is.EqualTo(emptyPeak[At(90)]).Within(1e-6f), "its window reaches 15 m into the hidden train");
    }
}
