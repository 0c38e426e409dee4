using RailWatch.Core.Counting;
using RailWatch.Core.Labels;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Tests.Support;

/// <summary>Labelled outcomes as calibration sees them: a truth, a raw count and the evidence the counter reported.</summary>
internal static class CalibrationOutcomes
{
    public static SceneOutcome Scene(int truth, double raw, double gsd, double observedPitches, double observedFraction = 1, double? unsureCars = null)
    {
        var count = new YardCount
        {
            YardId = "yard",
            Image = "scene.tif",
            GsdMetres = gsd,
            ShiftMetres = (0, 0),
            ObservedFraction = observedFraction,
            Total = new CountEstimate((int)Math.Round(raw), null, null),
            Tracks = [],
            Cars = [],
            Algorithm = "test",
            ModelVersion = "test",
        };
        var report = new CountReport(count, raw, new Dictionary<string, double?>(), 1) { ObservedPitches = observedPitches, UnsureCars = unsureCars };
        return new SceneOutcome(new SceneLabel($"truth {truth}, observed {observedFraction}", gsd, truth, []), report, 0, 0, 0);
    }
}
