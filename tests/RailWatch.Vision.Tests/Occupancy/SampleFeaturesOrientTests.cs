using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Tests.Occupancy;

public class SampleFeaturesOrientTests
{
    private static float[] CanonicalRow()
    {
        var row = new float[SampleFeatures.Count];
        for (var k = 0; k < row.Length; k++)
        {
            row[k] = k;
        }

        return row;
    }

    [Test]
    public void Orient_ShadowsToTheRight_TurnsTheCrossSectionSoTheRightComesLast()
    {
        var row = CanonicalRow();
        var turned = (float[])row.Clone();

        SampleFeatures.Orient(turned, 0, lateral: -0.9, darkerRight: false);

        Assert.That(turned[0], Is.EqualTo(16), "the cross-section (17 offsets, right to left) is reversed");
        Assert.That(turned[16], Is.EqualTo(0));
        Assert.That(turned[17], Is.EqualTo(17), "the core tone does not move");
        Assert.That((turned[20], turned[21]), Is.EqualTo((21f, 20f)), "the two car-side edges trade places");
        Assert.That(turned[40], Is.EqualTo(46), "the ratios across the core are reversed too");
        Assert.That(turned[38], Is.EqualTo(0.9f).Within(1e-6), "how squarely shadows cross the track is a feature");
    }

    [Test]
    public void Orient_ShadowsToTheLeft_KeepsTheCanonicalOrder()
    {
        var row = CanonicalRow();
        var turned = (float[])row.Clone();

        SampleFeatures.Orient(turned, 0, lateral: 0.9, darkerRight: true);

        Assert.That(turned[..17], Is.EqualTo(row[..17]));
        Assert.That(turned[40..47], Is.EqualTo(row[40..47]));
    }

    [Test]
    public void Orient_ShadowsAlongTheTrack_PutsTheDarkerSideLast()
    {
        var row = CanonicalRow();
        var turned = (float[])row.Clone();

        SampleFeatures.Orient(turned, 0, lateral: 0.1, darkerRight: true);

        Assert.That(turned[16], Is.EqualTo(0), "the darker (right) side comes last");
    }
}
