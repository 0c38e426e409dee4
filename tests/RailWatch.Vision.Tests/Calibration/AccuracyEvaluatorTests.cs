using RailWatch.Core.Counting;
using RailWatch.Core.Geometry;
using RailWatch.Core.Labels;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Tests.Calibration;

public class AccuracyEvaluatorTests
{
    private static readonly GeoPoint Origin = new(130.6, 42.4);

    [Test]
    public void Score_CarsWithin6Metres_MatchOneToOneNearestFirst()
    {
        // True cars at 0 and 9 m; found at 1 m, at 4 m (nearer the first, but it is taken: it pairs with the second) and far off.
        var label = Label(0.3, [East(0), East(9)]);
        var report = Report(3, 0, 5, [East(1), East(4), East(40)]);

        var outcome = AccuracyEvaluator.Score(label, report);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.TruePositives, Is.EqualTo(2));
            Assert.That(outcome.FalsePositives, Is.EqualTo(1));
            Assert.That(outcome.FalseNegatives, Is.Zero);
        });
    }

    [Test]
    public void Score_FoundCarNearAnAmbiguousOne_IsNeitherRightNorWrong()
    {
        var label = Label(0.3, [East(0)]) with { AmbiguousCarCentres = [East(30)] };
        var report = Report(2, 1, 3, [East(0.5), East(32)]);

        var outcome = AccuracyEvaluator.Score(label, report);

        Assert.That((outcome.TruePositives, outcome.FalsePositives, outcome.FalseNegatives), Is.EqualTo((1, 0, 0)));
    }

    [TestCase(0.3, 10, 11, true, TestName = "MeetsCountTarget_FineSmallYardOneCarOff_Meets")]
    [TestCase(0.3, 10, 12, false, TestName = "MeetsCountTarget_FineSmallYardTwoCarsOff_Misses")]
    [TestCase(0.5, 100, 103, true, TestName = "MeetsCountTarget_FineLargeYard3PercentOff_Meets")]
    [TestCase(0.5, 100, 104, false, TestName = "MeetsCountTarget_FineLargeYard4PercentOff_Misses")]
    [TestCase(1.0, 50, 54, true, TestName = "MeetsCountTarget_Metre8PercentOff_Meets")]
    [TestCase(1.0, 10, 11, false, TestName = "MeetsCountTarget_MetreSmallYardOneCarOff_Misses")]
    [TestCase(3.0, 50, 60, true, TestName = "MeetsCountTarget_Coarse20PercentOff_Meets")]
    [TestCase(3.0, 50, 61, false, TestName = "MeetsCountTarget_Coarse22PercentOff_Misses")]
    public void MeetsCountTarget_FollowsTheBandTolerance(double gsd, int truth, int count, bool meets)
    {
        var outcome = AccuracyEvaluator.Score(Label(gsd, truth), Report(count, count, count, []));

        Assert.That(AccuracyEvaluator.MeetsCountTarget(outcome), Is.EqualTo(meets));
    }

    [Test]
    public void MeetsCountTarget_NullCount_NeverMeets()
    {
        var outcome = AccuracyEvaluator.Score(Label(0.5, 0), NotObserved());

        Assert.That(AccuracyEvaluator.MeetsCountTarget(outcome), Is.False);
    }

    [Test]
    public void BandAccuracy_GroupsScenesByBandFinestFirst()
    {
        var outcomes = new[]
        {
            AccuracyEvaluator.Score(Label(3.0, 50), Report(55, 40, 70, [])),
            AccuracyEvaluator.Score(Label(0.4, 20), Report(20, 18, 22, [])),
            AccuracyEvaluator.Score(Label(3.0, 40), Report(60, 50, 70, [])),
            AccuracyEvaluator.Score(Label(3.0, 10), NotObserved()),
        };

        var bands = BandAccuracy.Of(outcomes);

        Assert.That(bands.Select(b => b.Band), Is.EqualTo(new[] { "≤ 0.5 m", "3 m (> 2 m)" }));
        var coarse = bands[1];
        Assert.Multiple(() =>
        {
            Assert.That(coarse.Scenes, Is.EqualTo(3));
            Assert.That(coarse.WithinTarget, Is.EqualTo(1 / 3.0).Within(1e-12), "55 for 50 meets ±20%, 60 for 40 does not, null never");
            Assert.That(coarse.TruthInInterval, Is.EqualTo(0.5), "over the observed scenes: 50 in [40, 70], 40 not in [50, 70]");
            Assert.That(coarse.MedianAbsoluteError, Is.EqualTo(0.5).Within(1e-12), "errors 0.1 and 0.5, the upper middle");
            Assert.That(coarse.MedianIntervalWidth, Is.EqualTo(0.6).Within(1e-12), "widths 30/50 and 20/40");
            Assert.That(coarse.CarRecall, Is.Null, "no separated cars at 3 m");
            Assert.That(coarse.NullCounts, Is.EqualTo(1));
        });
    }

    [Test]
    public void MarkdownTable_WritesOneRowPerBandWithItsTarget()
    {
        var outcomes = new[] { AccuracyEvaluator.Score(Label(0.8, 25), Report(26, 22, 30, [])) };

        var table = AccuracyEvaluator.MarkdownTable(outcomes);

        Assert.That(table, Does.Contain("| 0.5–1 m | 1 | 100.0 % | ≥ 90% within ±8% | 100.0 % | 32 % | – | – | 4.0 % | 0 |"));
    }

    private static GeoPoint East(double metres) => new(Origin.Lon + (metres / (111_320 * Math.Cos(Origin.Lat * Math.PI / 180))), Origin.Lat);

    private static SceneLabel Label(double gsd, IReadOnlyList<GeoPoint> cars) => new("scene", gsd, cars.Count, cars);

    private static SceneLabel Label(double gsd, int visible) => new("scene", gsd, visible, [.. Enumerable.Range(0, visible).Select(i => East(i * 20))]);

    private static CountReport Report(int count, int low, int high, IReadOnlyList<GeoPoint> found) =>
        new(Count(new CountEstimate(count, low, high), found), count, new Dictionary<string, double?>(), 1.0);

    private static CountReport NotObserved() => new(Count(CountEstimate.NotObserved, []), null, new Dictionary<string, double?>(), 0.0);

    private static YardCount Count(CountEstimate total, IReadOnlyList<GeoPoint> found) => new()
    {
        YardId = "yard",
        Image = "image.tif",
        GsdMetres = 0.5,
        ShiftMetres = (0, 0),
        ObservedFraction = total.IsObserved ? 1 : 0,
        Total = total,
        Tracks = [],
        Cars = [.. found.Select(c => new CarDetection("T1", c, 15, 0.9))],
        Algorithm = "test",
        ModelVersion = "test",
    };
}
