using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;
using RailWatch.Vision.Estimation;
using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Tests.Estimation;

public class TrackFeaturesTests
{
    private const int MeanIndex = 3;
    private const int HighShareIndex = 10;
    private const int LongestRunIndex = 12;
    private const int LeftMeanIndex = 24;
    private const int RightMeanIndex = 25;
    private const int LeftPresenceIndex = 26;
    private const int RightPresenceIndex = 27;
    private const int SandwichedIndex = 28;

    private static readonly LocalMetricFrame Frame = new(new GeoPoint(130.6, 42.42));

    /// <summary>A straight 200 m track along east at <paramref name="north"/>, 3 m samples, every sample at probability <paramref name="p"/>.</summary>
    private static TrackProfile Straight(string id, double north, Func<int, float> p)
    {
        var track = new Track(id, [Frame.ToGeo(0, north), Frame.ToGeo(200, north)]);
        var profile = new TrackProfile(new Strip(new TrackPath(track, Frame), 2.0, [-1, 0, 1], 100, hasColour: false));
        for (var t = 0; t < 100; t++)
        {
            profile.Visible[t] = true;
            profile.Probability[t] = p(t);
        }

        return profile;
    }

    private static float Feature(float[] rows, int track, int index) => rows[(track * TrackFeatures.Count) + index];

    [Test]
    public void Of_EmptyTrackBetweenTwoFullOnes_SeesFullNeighboursOnBothSides()
    {
        var profiles = new[] { Straight("south", -5, _ => 0.9f), Straight("middle", 0, _ => 0.45f), Straight("north", 5, _ => 0.9f) };

        var (rows, visible) = TrackFeatures.Of(profiles, 3.0, 0.8);

        Assert.That(visible, Has.All.EqualTo(200).Within(1e-9));
        Assert.That(Feature(rows, 1, SandwichedIndex), Is.EqualTo(1).Within(1e-6));
        Assert.That(Feature(rows, 1, LeftMeanIndex), Is.EqualTo(0.9).Within(1e-6), "north is on the left of an eastbound track");
        Assert.That(Feature(rows, 1, RightMeanIndex), Is.EqualTo(0.9).Within(1e-6));
        Assert.That(Feature(rows, 2, LeftPresenceIndex), Is.Zero, "nothing north of the northern track");
        Assert.That(Feature(rows, 2, RightPresenceIndex), Is.EqualTo(1).Within(1e-6));
        Assert.That(Feature(rows, 2, SandwichedIndex), Is.Zero);
    }

    [Test]
    public void Of_TrackHalfCoveredByOneTrain_ReportsItsMeanShareAndLongestRun()
    {
        var profiles = new[] { Straight("t", 0, t => t < 50 ? 0.9f : 0.1f) };

        var (rows, _) = TrackFeatures.Of(profiles, 3.0, 0.8);

        Assert.That(Feature(rows, 0, MeanIndex), Is.EqualTo(0.5).Within(1e-6));
        Assert.That(Feature(rows, 0, HighShareIndex), Is.EqualTo(0.5).Within(1e-6));
        Assert.That(Feature(rows, 0, LongestRunIndex), Is.EqualTo(0.5).Within(1e-6));
        Assert.That(Feature(rows, 0, LeftPresenceIndex) + Feature(rows, 0, RightPresenceIndex), Is.Zero);
    }

    [Test]
    public void Cars_RegressorPredictingAQuarterFull_CountsAQuarterOfTheVisibleLengthInPitches()
    {
        var profiles = new[] { Straight("t1", 0, _ => 0.3f), Straight("t2", 5, _ => 0.6f) };
        var (rows, _) = TrackFeatures.Of(profiles, 3.0, 0.8);
        var training = Enumerable.Range(0, 50).SelectMany(_ => rows).ToArray();
        using var regressor = SampleForest.Train(training, [.. Enumerable.Repeat(0.25f, 100)], TrackFeatures.Count, trees: 5, maxDepth: 3);
        var model = new CounterModel();

        var cars = CoarseTrackShares.Cars(profiles, 3.0, 0.8, regressor, model);

        Assert.That(cars, Has.All.EqualTo(0.25 * 200 / model.MeanPitchMetres).Within(1e-4));
    }
}
