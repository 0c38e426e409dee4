using RailWatch.Vision.Model;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Preprocessing;

public class CloudTests
{
    /// <summary>Cars on the western half only are visible; the cloud starts 120 m from the west edge (track from 20 to 220 m).</summary>
    private static readonly TestScene HalfClouded = new()
    {
        Gsd = 0.5,
        TrackCount = 2,
        CloudEastOf = 120,
        Cars = _ => Trains.Cut(5, 4, 15).Concat(Trains.Cut(130, 3, 15)).ToList(),
    };

    [Test]
    public void Count_HalfUnderCloud_ReportsObservedFractionAndCountsVisibleCars()
    {
        var scene = HalfClouded;

        var result = new RailcarCounter(ShippedModel.Current).Count(scene.Render(), scene.Yard());

        Assert.That(result.ObservedFraction, Is.InRange(0.4, 0.56));
        Assert.That(result.Total.Count, Is.EqualTo(8));
        Assert.That(result.Total.Low, Is.LessThanOrEqualTo(8));
        Assert.That(result.Total.High, Is.GreaterThanOrEqualTo(8));
    }

    [Test]
    public void Count_HalfUnderCloudInASixteenBitFileThatDoesNotStateItsWhite_StillFindsTheCloud()
    {
        // The same scene as 12-bit data read with white at 65535, as from a file without WHITE_LEVEL or NBITS.
        var scene = HalfClouded;

        var image = scene.Render(gray => scene.Gray([.. gray.Select(v => MathF.Round(v * 4095))], 65535));
        var result = new RailcarCounter(ShippedModel.Current).Count(image, scene.Yard());

        Assert.That(result.ObservedFraction, Is.InRange(0.4, 0.56));
        Assert.That(result.Total.Count, Is.EqualTo(8));
    }

    [Test]
    public void Count_FullyClouded_CountIsNullNotZero()
    {
        var scene = new TestScene { Gsd = 0.5, TrackCount = 2, CloudEastOf = -1, Cars = _ => Trains.Cut(5, 4, 15) };

        var result = new RailcarCounter(ShippedModel.Current).Count(scene.Render(), scene.Yard());

        Assert.That(result.ObservedFraction, Is.LessThan(0.02));
        Assert.That(result.Total.Count, Is.Null);
        Assert.That(result.Total.Low, Is.Null);
        Assert.That(result.Tracks.Select(t => t.Estimate.Count), Is.All.Null);
    }
}
