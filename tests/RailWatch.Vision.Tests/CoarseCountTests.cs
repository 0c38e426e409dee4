using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests;

public class CoarseCountTests
{
    // This test renderer's plain cars, not the project's: model v10 reads 37 for 33 (v9's sum of probabilities 31, v3's one forest
    // of all resolutions 26, v2 19, when this test was ignored as a known defect).
    [Test]
    public void Count_ThreeMetrePixels_EstimatesFromOccupiedLengthWithoutListingCars()
    {
        var scene = new TestScene
        {
            Gsd = 3.0,
            WidthMetres = 600,
            HeightMetres = 90,
            TrackCount = 3,
            Spacing = 6,
            Cars = k => Trains.Cut(20 + (k * 40), 14 - (k * 3), 15, 17, 13),
        };

        var result = new RailcarCounter(ShippedModel.Current).Count(scene.Render(), scene.Yard());

        Assert.That(result.Cars, Is.Empty);
        Assert.That(result.Total.Count, Is.EqualTo(scene.CarCount).Within(0.2 * scene.CarCount));
        Assert.That(result.Total.Low, Is.LessThanOrEqualTo(scene.CarCount));
        Assert.That(result.Total.High, Is.GreaterThanOrEqualTo(scene.CarCount));
    }
}
