using RailWatch.Vision.Model;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Registration;

public class TrackRegistrarTests
{
    [TestCase(4.0, -7.0)]
    [TestCase(-9.0, 3.5)]
    public void Count_ImageGeoreferenceOff_RecoversShiftWithinTwoPixels(double east, double north)
    {
        var scene = new TestScene
        {
            Gsd = 0.3,
            TrackCount = 4,
            GeoError = (east, north),
            Cars = k => k % 2 == 0 ? Trains.Cut(15 + (k * 7), 4, 14.5, 17) : [],
        };

        var result = new RailcarCounter(new CounterModel()).Count(scene.Render(), scene.Yard());

        Assert.That(result.ShiftMetres.East, Is.EqualTo(east).Within(2 * scene.Gsd));
        Assert.That(result.ShiftMetres.North, Is.EqualTo(north).Within(2 * scene.Gsd));
    }

    /// <summary>Across the tracks the rails pin the shift to a pixel; along them only the track ends do, more loosely.</summary>
    [Test]
    public void Count_CorrectGeoreference_ReportsNoShift()
    {
        var scene = new TestScene { Gsd = 0.5, TrackCount = 3, Cars = k => Trains.Cut(30, 3, 15) };

        var result = new RailcarCounter(new CounterModel()).Count(scene.Render(), scene.Yard());

        Assert.That(result.ShiftMetres.North, Is.EqualTo(0).Within(scene.Gsd));
        Assert.That(result.ShiftMetres.East, Is.EqualTo(0).Within(2.0));
    }

    /// <summary>
    /// A cloud over all but the first 30 m of 200 m tracks leaves too few taps for a share of all of them, but enough
    /// for a share of those the nominal position sees: the shift across the tracks is still found from the part in
    /// view (along them only the one visible track end bounds it, from one side).
    /// </summary>
    [Test]
    public void Count_MostOfTheTracksUnderCloud_StillRecoversShiftAcrossThem()
    {
        var scene = new TestScene
        {
            Gsd = 0.4,
            TrackCount = 4,
            GeoError = (3.0, -6.0),
            CloudEastOf = 50,
            Cars = k => k % 2 == 0 ? Trains.Cut(5, 2, 14.5) : [],
        };

        var result = new RailcarCounter(new CounterModel()).Count(scene.Render(), scene.Yard());

        Assert.That(result.ObservedFraction, Is.LessThan(0.2));
        Assert.That(result.ShiftMetres.North, Is.EqualTo(-6.0).Within(2 * scene.Gsd));
    }
}
