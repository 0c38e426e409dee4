using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Tests.Occupancy;

public class SampleFeaturesFadeTests
{
    /// <summary>An oriented car sample: sun side and core at their own tones, a deep shadow beside it (last).</summary>
    private static float[] ShadowedCar()
    {
        var row = new float[SampleFeatures.Count];
        for (var k = 0; k < row.Length; k++)
        {
            row[k] = 0.1f * k;
        }

        for (var j = 9; j <= 16; j++)
        {
            row[j] = -2f;
        }

        row[21] = 3f;
        row[39] = 0.8f;
        return row;
    }

    [Test]
    public void FadeShadowSide_KeepingAll_ChangesNothing()
    {
        var row = ShadowedCar();

        SampleFeatures.FadeShadowSide(row, 1f);

        Assert.That(row, Is.EqualTo(ShadowedCar()).AsCollection);
    }

    [Test]
    public void FadeShadowSide_KeepingNone_MirrorsTheSunSideOntoTheShadowSide()
    {
        var row = ShadowedCar();
        var original = ShadowedCar();

        SampleFeatures.FadeShadowSide(row, 0f);

        Assert.Multiple(() =>
        {
            Assert.That(row[9..17], Is.EqualTo(original[0..8].Reverse()).AsCollection, "+0.5 … +5 m read as −0.5 … −5 m");
            Assert.That(row[0..9], Is.EqualTo(original[0..9]).AsCollection, "the sun side and the centre stay");
            Assert.That(row[17..20], Is.EqualTo(original[17..20]).AsCollection, "core, rails and texture stay");
            Assert.That(row[21], Is.EqualTo(original[20]), "the far edge reads as the near one");
            Assert.That(row[44..47], Is.EqualTo(original[40..43].Reverse()).AsCollection, "the ratios across the core are mirrored too");
            Assert.That(row[39], Is.Zero, "the scene's shadow strength goes with the shadow");
        });
    }

    [Test]
    public void FadeShadowSide_KeepingPart_BlendsTowardsTheSunSide()
    {
        var row = ShadowedCar();
        var original = ShadowedCar();

        SampleFeatures.FadeShadowSide(row, 0.25f);

        Assert.That(row[12], Is.EqualTo(original[4] + (0.25f * (original[12] - original[4]))).Within(1e-6));
        Assert.That(row[39], Is.EqualTo(0.2f).Within(1e-6));
    }
}
