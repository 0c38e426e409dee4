using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;
using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;
using RailWatch.Vision.Segmentation;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Tests.Segmentation;

public class SegmentFeaturesTests
{
    private const int MeanProbability = 3;
    private const int CoreAgainstTrack = 11;
    private const int NeighbourScore = 20;
    private const int NeighbourOverlap = 21;
    private const int TrackShare = 22;

    private static readonly LocalMetricFrame Frame = new(new GeoPoint(130.6, 42.42));

    /// <summary>A straight 200 m track at <paramref name="north"/>, all visible, ballast tone 0.5, car probability 0.1.</summary>
    private static TrackProfile Straight(string id, double north)
    {
        var track = new Track(id, [Frame.ToGeo(0, north), Frame.ToGeo(200, north)]);
        var strip = new Strip(new TrackPath(track, Frame), 0.5, [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5], 400, hasColour: false);
        Array.Fill(strip.Luma, 0.5f);
        Array.Fill(strip.Visible, true);
        var profile = new TrackProfile(strip);
        Array.Fill(profile.Visible, true);
        Array.Fill(profile.Probability, 0.1f);
        return profile;
    }

    /// <summary>Darkens the core of samples [from, to) and raises their car probability, as a car would.</summary>
    private static void PutCar(TrackProfile profile, int from, int to, float probability)
    {
        var strip = profile.Strip;
        for (var t = from; t < to; t++)
        {
            profile.Probability[t] = probability;
            for (var v = 3; v <= 7; v++)
            {
                strip.Luma[strip.Index(t, v)] = 0.2f;
            }
        }
    }

    [Test]
    public void Compute_CandidateBesideASurerCarOnTheNextTrack_SeesItsNeighbour()
    {
        var profiles = new[] { Straight("t1", 0), Straight("t2", 5) };
        PutCar(profiles[0], 100, 132, 0.95f);
        PutCar(profiles[1], 104, 136, 0.6f);
        IReadOnlyList<IReadOnlyList<CarSegment>> candidates = [[new CarSegment(100, 132, 1, 0.95)], [new CarSegment(104, 136, 1, 0.6)]];

        var rows = SegmentFeatures.Compute(profiles, candidates, 0.5, new CounterModel());

        Assert.That(rows.Select(r => r.Length), Is.EqualTo(new[] { SegmentFeatures.Count, SegmentFeatures.Count }));
        Assert.That(rows[1][NeighbourScore], Is.EqualTo(0.95f).Within(1e-6));
        Assert.That(rows[1][NeighbourOverlap], Is.EqualTo(28 / 32.0).Within(1e-6));
        Assert.That(rows[1][MeanProbability], Is.EqualTo(0.6f).Within(1e-6));
        Assert.That(rows[1][CoreAgainstTrack], Is.LessThan(-0.2f), "the candidate's core is darker than its track bed");
        Assert.That(rows[1][TrackShare], Is.EqualTo(32 / 400.0).Within(1e-6));
        Assert.That(rows.SelectMany(r => r).All(float.IsFinite), Is.True);
    }

    [Test]
    public void Compute_CandidatesFarApartAlongTheTrack_AreNotNeighbours()
    {
        var profiles = new[] { Straight("t1", 0), Straight("t2", 5) };
        IReadOnlyList<IReadOnlyList<CarSegment>> candidates = [[new CarSegment(10, 42, 1, 0.9)], [new CarSegment(300, 332, 1, 0.9)]];

        var rows = SegmentFeatures.Compute(profiles, candidates, 0.5, new CounterModel());

        Assert.That(rows[0][NeighbourScore], Is.Zero);
        Assert.That(rows[1][NeighbourScore], Is.Zero);
    }
}
