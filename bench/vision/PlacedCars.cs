using RailWatch.Core.Counting;
using RailWatch.Core.Geometry;
using RailWatch.Synth;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Bench;

/// <summary>A car found, with its index in the report, the profile of its track and where its centre lies along it (metres).</summary>
internal sealed record PlacedCar(CarDetection Car, int Index, int Track, double Arc);

/// <summary>The cars of a count placed back on their tracks, in the yard frame the counter works in.</summary>
internal static class PlacedCars
{
    /// <summary>The frame the counter measures a plan seed's yard in (centred on the yard's bounds).</summary>
    public static LocalMetricFrame FrameOf(int seed) => new(ScenePlan.For(seed).Yard.Bounds.Center);

    public static List<PlacedCar> Of(CountReport report, IReadOnlyList<TrackProfile> profiles, LocalMetricFrame frame)
    {
        var index = profiles.Select((p, k) => (p.Strip.Path.Track.Id, k)).ToDictionary(x => x.Id, x => x.k, StringComparer.Ordinal);
        return [.. report.Count.Cars.Select((car, i) =>
        {
            var k = index[car.TrackId];
            var (e, n) = frame.ToMetres(car.Center);
            return new PlacedCar(car, i, k, profiles[k].Strip.Path.Project(e, n));
        })];
    }
}
