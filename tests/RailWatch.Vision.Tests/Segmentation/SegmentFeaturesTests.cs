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
    private const int TrainCars = 27;
    private const int TrainSurestCar = 28;
    private const int SceneEmptyMedian = 29;
    private const int SceneEmptyHigh = 30;
    private const int TrackEmptyHigh = 31;

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

    [Test]
    public void Compute_CoupledCandidates_SeeTheirTrainAndWhatEmptyTrackReads()
    {
        var profiles = new[] { Straight("t1", 0), Straight("t2", 20) };
        for (var t = 300; t < 400; t++)
        {
            profiles[1].Probability[t] = 0.4f;
        }

        IReadOnlyList<IReadOnlyList<CarSegment>> candidates =
        [
            [new CarSegment(100, 132, 1, 0.35), new CarSegment(132, 164, 1, 0.8), new CarSegment(165, 197, 1, 0.3), new CarSegment(260, 292, 1, 0.9)],
            [],
        ];

        var rows = SegmentFeatures.Compute(profiles, candidates, 0.5, new CounterModel());

        float At(int candidate, int feature) => rows[0][(candidate * SegmentFeatures.Count) + feature];
        Assert.That(Enumerable.Range(0, 4).Select(i => At(i, TrainCars)), Is.EqualTo(new[] { 3f, 3f, 3f, 1f }), "a gap of one sample couples, 63 samples do not");
        Assert.That(At(0, TrainSurestCar), Is.EqualTo(0.8f).Within(1e-6));
        Assert.That(At(3, TrainSurestCar), Is.EqualTo(0.9f).Within(1e-6));
        Assert.That(At(0, SceneEmptyMedian), Is.EqualTo(0.1f).Within(1e-6), "most empty track in the scene reads 0.1");
        Assert.That(At(0, SceneEmptyHigh), Is.EqualTo(0.4f).Within(1e-6), "the other track's far end reads 0.4 with nothing on it");
        Assert.That(At(0, TrackEmptyHigh), Is.EqualTo(0.1f).Within(1e-6), "its own track reads 0.1 outside the candidates");
    }
}
