using RailWatch.Core.Geometry;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Strips;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Strips;

public class StripSamplerTests
{
    [Test]
    public void Sample_CurvedTrack_CarsLieStraightAlongTheCentre()
    {
        var cuts = Trains.Cut(40, 4, 15);
        var scene = new TestScene { Gsd = 0.3, TrackCount = 1, CurveRadius = 150, HeightMetres = 80, Cars = _ => cuts };
        var image = scene.Render();
        var yard = scene.Yard();
        var frame = new LocalMetricFrame(yard.Bounds.Center);
        var path = new TrackPath(yard.Tracks[0], frame);
        var planes = ScenePreparer.Prepare(image);
        double[] offsets = [-2.4, -1.2, 0, 1.2, 2.4];

        var strip = StripSampler.Sample(planes, image.Georeference, frame, path, (0, 0), 0.3, offsets);

        // Inside each car the three central rows show the car's own tone; beyond ±2.4 m they show ground.
        foreach (var (start, length) in cuts)
        {
            var t = (int)((start + (length / 2)) / 0.3);
            var centre = strip.Luma[strip.Index(t, 2)];
            var ground = strip.Luma[strip.Index(t, 4)];
            var tolerance = 0.1 * Math.Abs(centre - ground);
            Assert.That(strip.Luma[strip.Index(t, 1)], Is.EqualTo(centre).Within(tolerance));
            Assert.That(strip.Luma[strip.Index(t, 3)], Is.EqualTo(centre).Within(tolerance));
        }

        Assert.That(path.Length, Is.EqualTo(scene.TrackLength).Within(0.5));
    }

    [Test]
    public void TrackPath_PointAt_InterpolatesAlongArcLength()
    {
        var frame = new LocalMetricFrame(TestScene.Origin);
        var track = new RailWatch.Core.Yards.Track("T", [frame.ToGeo(0, 0), frame.ToGeo(10, 0), frame.ToGeo(10, 10)]);

        var path = new TrackPath(track, frame);
        var (e, n) = path.PointAt(15);

        Assert.That(path.Length, Is.EqualTo(20).Within(1e-6));
        Assert.That(e, Is.EqualTo(10).Within(1e-6));
        Assert.That(n, Is.EqualTo(5).Within(1e-6));
    }
}
