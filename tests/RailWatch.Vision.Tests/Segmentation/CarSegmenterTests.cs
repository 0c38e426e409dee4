using RailWatch.Vision.Model;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Segmentation;

public class CarSegmenterTests
{
    [Test]
    public void Count_CutsWithGaps_FindsEveryCarAtItsCentre()
    {
        var cuts = Trains.Cut(10, 5, 14, 16.5, 12.5).Concat(Trains.Cut(120, 3, 19)).ToList();
        var scene = new TestScene { Gsd = 0.3, TrackCount = 1, Cars = _ => cuts };

        var result = new RailcarCounter(ShippedModel.Current).Count(scene.Render(), scene.Yard(), new CountOptions { FixedShiftMetres = (0, 0) });

        Assert.That(result.Total.Count, Is.EqualTo(8));
        Assert.That(result.Cars, Has.Count.EqualTo(8));
        for (var i = 0; i < cuts.Count; i++)
        {
            var (e, n) = scene.CentreLine(0, cuts[i].Start + (cuts[i].Length / 2));
            var found = scene.Frame.ToMetres(result.Cars[i].Center);
            Assert.That(Math.Abs(found.East - e), Is.LessThan(1.5), $"car {i}");
            Assert.That(Math.Abs(found.North - n), Is.LessThan(0.5), $"car {i}");
            Assert.That(result.Cars[i].LengthMetres, Is.EqualTo(cuts[i].Length).Within(2.0), $"car {i}");
        }
    }

    [Test]
    public void LengthPrior_PeaksAtModelLengths()
    {
        var model = new CounterModel { CarLengths = [new LengthComponent(15, 1, 1)], CouplingGapMetres = 1 };

        var prior = RailWatch.Vision.Segmentation.CarSegmenter.LengthPrior(model, 0.5, 20, 56);

        var best = Enumerable.Range(20, 37).MaxBy(i => prior[i]);
        Assert.That(best * 0.5, Is.EqualTo(16.0).Within(0.5));
    }
}
