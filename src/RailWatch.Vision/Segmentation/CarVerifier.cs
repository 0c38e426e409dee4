using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Segmentation;

/// <summary>
/// Second look at each candidate car (<see cref="SegmentFeatures"/>): each is scored by the probability the
/// model's verifier forest gives that it is a true car.
/// </summary>
internal static class CarVerifier
{
    public static IReadOnlyList<IReadOnlyList<CarSegment>> Apply(
        IReadOnlyList<TrackProfile> profiles, IReadOnlyList<IReadOnlyList<CarSegment>> candidates, double gsd, CounterModel model, SampleForest verifier)
    {
        var features = SegmentFeatures.Compute(profiles, candidates, gsd, model);
        var scored = new IReadOnlyList<CarSegment>[candidates.Count];
        for (var k = 0; k < candidates.Count; k++)
        {
            var q = verifier.Predict(features[k]);
            scored[k] = [.. candidates[k].Select((c, i) => c with { Score = q[i] })];
        }

        return scored;
    }
}
