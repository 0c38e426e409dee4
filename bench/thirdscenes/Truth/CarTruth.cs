using RailWatch.ThirdScenes.Bench.Cars;
using RailWatch.ThirdScenes.Bench.Rendering;
using RailWatch.ThirdScenes.Bench.Sensor;

namespace RailWatch.ThirdScenes.Bench.Truth;

/// <summary>One car's truth: the share of its footprint inside the image and the cloud over its centre.</summary>
internal sealed record CarTruth(Railcar Car, double InsideShare, double CloudOpacity)
{
    /// <summary>Visible: at least half the footprint in the image and the cloud over the centre thinner than 0.5.</summary>
    public bool Visible => InsideShare >= 0.5 && CloudOpacity < 0.5;

    /// <summary>Hidden but partly seen: cut by the image edge, or under cloud of opacity 0.5–0.8.</summary>
    public bool Ambiguous => !Visible && InsideShare > 0 && CloudOpacity < 0.8;
}

internal static class TruthBuilder
{
    public static IReadOnlyList<CarTruth> Build(IReadOnlyList<Railcar> cars, ImageGrid grid, CloudField clouds) =>
        cars.Select(c => new CarTruth(c, InsideShare(c, grid), clouds.Opacity(c.X, c.Y))).ToList();

    /// <summary>The share of a 15 × 3 lattice (odd, so that a car cut at its centre falls to the side its centre is on) of points over the footprint that lies in the image.</summary>
    private static double InsideShare(Railcar car, ImageGrid grid)
    {
        const int Along = 15, Across = 3;
        var inside = 0;
        for (var i = 0; i < Along; i++)
        {
            var a = (((i + 0.5) / Along) - 0.5) * car.Length;
            for (var j = 0; j < Across; j++)
            {
                var c = (((j + 0.5) / Across) - 0.5) * car.Width;
                if (grid.Contains(car.X + (a * car.AxisX) - (c * car.AxisY), car.Y + (a * car.AxisY) + (c * car.AxisX)))
                {
                    inside++;
                }
            }
        }

        return inside / (double)(Along * Across);
    }
}
