using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;

namespace RailWatch.Synth.Tests.Yards;

public class YardGeneratorTests
{
    [Test]
    public void Generate_SameSeed_GivesTheSameYard_AndItPassesYardFileValidation()
    {
        var options = new YardLayoutOptions { Seed = 9 };
        var a = YardGenerator.Generate(options);
        var b = YardGenerator.Generate(options);

        Assert.That(YardFile.ToGeoJson(a), Is.EqualTo(YardFile.ToGeoJson(b)));
        var reread = YardFile.Parse(YardFile.ToGeoJson(a), "generated");
        Assert.That(reread.Tracks, Has.Count.EqualTo(a.Tracks.Count));
    }

    [TestCase(0.0)]
    [TestCase(35.0)]
    [TestCase(128.0)]
    public void Generate_BodyTracks_AreParallelAndSpacedWithinTheRange(double orientation)
    {
        var yard = YardGenerator.Generate(new YardLayoutOptions { Seed = 4, BodyTracks = 8, OrientationDegrees = orientation, CurveRadiusMetres = 0 });
        var frame = new LocalMetricFrame(yard.Bounds.Center);
        var body = yard.Tracks.Where(t => t.Id.StartsWith('t')).ToList();
        var first = body[0].Points.Select(frame.ToMetres).ToList();
        var dx = first[^1].East - first[0].East;
        var dy = first[^1].North - first[0].North;
        var heading = ((Math.Atan2(dx, dy) * 180 / Math.PI) + 360) % 180;

        Assert.That(body, Has.Count.EqualTo(8));
        Assert.That(heading, Is.EqualTo(orientation % 180).Within(0.5));
        for (var i = 1; i < body.Count; i++)
        {
            var p = frame.ToMetres(body[i].Points[0]);
            var spacing = Math.Abs(((p.East - first[0].East) * dy) - ((p.North - first[0].North) * dx)) / Math.Sqrt((dx * dx) + (dy * dy));
            var previous = i == 1 ? 0 : Offset(body[i - 1], first, dx, dy, frame);
            Assert.That(spacing - previous, Is.InRange(4.5, 6.0), $"gap between {body[i - 1].Id} and {body[i].Id}");
        }
    }

    [Test]
    public void Generate_Ladders_GiveBodyTracksDifferentStartsAndLengths()
    {
        var yard = YardGenerator.Generate(new YardLayoutOptions { Seed = 2, BodyTracks = 6, CurveRadiusMetres = 0 });

        Assert.That(yard.Tracks.Select(t => t.Id), Does.Contain("ladder-w").And.Contain("ladder-e").And.Contain("lead"));
        var starts = yard.Tracks.Where(t => t.Id.StartsWith('t')).Select(t => t.Points[0].Lon).Distinct().Count();
        Assert.That(starts, Is.EqualTo(6));
        Assert.That(yard.Tracks.Where(t => t.Id.StartsWith('t')).Select(t => t.LengthMetres), Is.All.InRange(60, 1100));
    }

    [Test]
    public void Generate_CurvedYard_HasTracksThatTurn()
    {
        var yard = YardGenerator.Generate(new YardLayoutOptions { Seed = 2, BodyTracks = 4, CurveRadiusMetres = 600, MinTrackLengthMetres = 500, MaxTrackLengthMetres = 600 });
        var track = yard.Tracks.First(t => t.Id == "t01");
        var frame = new LocalMetricFrame(track.Points[0]);
        var pts = track.Points.Select(frame.ToMetres).ToList();
        var h0 = Math.Atan2(pts[1].East - pts[0].East, pts[1].North - pts[0].North);
        var h1 = Math.Atan2(pts[^1].East - pts[^2].East, pts[^1].North - pts[^2].North);

        Assert.That(pts, Has.Count.GreaterThan(10));
        Assert.That(Math.Abs(h1 - h0) * 180 / Math.PI, Is.GreaterThan(20), "a 500 m track on a 600 m radius turns by ~48°");
    }

    [Test]
    public void Generate_BadSpacing_ThrowsUsage() =>
        Assert.That(() => YardGenerator.Generate(new YardLayoutOptions { MinSpacingMetres = 2 }), Throws.InstanceOf<Core.Errors.UsageException>());

    private static double Offset(Track t, List<(double East, double North)> first, double dx, double dy, LocalMetricFrame frame)
    {
        var p = frame.ToMetres(t.Points[0]);
        return Math.Abs(((p.East - first[0].East) * dy) - ((p.North - first[0].North) * dx)) / Math.Sqrt((dx * dx) + (dy * dy));
    }
}
