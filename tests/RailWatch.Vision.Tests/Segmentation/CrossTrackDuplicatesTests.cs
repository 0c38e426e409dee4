using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;
using RailWatch.Vision.Occupancy;
using RailWatch.Vision.Segmentation;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Tests.Segmentation;

public class CrossTrackDuplicatesTests
{
    private static readonly LocalMetricFrame Frame = new(new GeoPoint(130.6, 42.42));

    private static TrackProfile Straight(string id, double north)
    {
        var track = new Track(id, [Frame.ToGeo(0, north), Frame.ToGeo(200, north)]);
        return new TrackProfile(new Strip(new TrackPath(track, Frame), 0.5, [-1, 0, 1], 400, hasColour: false));
    }

    [Test]
    public void Remove_SameCarSeenFromALeadBesideTheBodyTrack_KeepsOnlyTheStrongerSegment()
    {
        var profiles = new[] { Straight("body", 0), Straight("lead", 2.5) };
        IReadOnlyList<IReadOnlyList<CarSegment>> found =
        [
            [new CarSegment(100, 132, 1, 0.9)],
            [new CarSegment(101, 133, 1, 0.6), new CarSegment(200, 232, 1, 0.7)],
        ];

        var kept = CrossTrackDuplicates.Remove(profiles, found);

        Assert.That(kept[0], Is.EqualTo(found[0]));
        Assert.That(kept[1], Is.EqualTo(new[] { found[1][1] }), "the lead keeps its car that nothing else explains");
    }

    [Test]
    public void Remove_CarsSideBySideOnNeighbouringTracks_KeepsBoth()
    {
        var profiles = new[] { Straight("t1", 0), Straight("t2", 4.5) };
        IReadOnlyList<IReadOnlyList<CarSegment>> found = [[new CarSegment(100, 132, 1, 0.9)], [new CarSegment(100, 132, 1, 0.8)]];

        var kept = CrossTrackDuplicates.Remove(profiles, found);

        Assert.That(kept.Select(k => k.Count), Is.EqualTo(new[] { 1, 1 }));
    }
}
