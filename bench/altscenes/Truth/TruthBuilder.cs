using RailWatch.AltScenes.Bench.Rendering;
using RailWatch.AltScenes.Bench.Scenes;
using RailWatch.Core.Geometry;

namespace RailWatch.AltScenes.Bench.Truth;

internal static class TruthBuilder
{
    private const double VisibleOpacity = 0.5;

    public static SceneTruth Build(Scene scene, CloudField clouds, RadianceImage image)
    {
        var frame = new LocalMetricFrame(scene.Origin);
        var window = scene.Window;
        var cars = scene.Cars.Select(car =>
        {
            var inside = InsideShare(car, window);
            var opacity = clouds.Opacity(car.CentreE, car.CentreN);
            return new TruthCar(car.Index, car.TrackId, car.Type.ToString().ToLowerInvariant(), Math.Round(car.Length, 2), Math.Round(car.Width, 2),
                frame.ToGeo(car.CentreE, car.CentreN), Math.Round(inside, 3), Math.Round(opacity, 3), inside >= 0.5 && opacity < VisibleOpacity);
        }).ToList();

        double observed = 0, total = 0;
        var curve = scene.Layout.Curve;
        foreach (var track in scene.Layout.Tracks)
        {
            var scale = curve.LengthScale(track.Offset);
            for (var s = track.StartS; s <= track.EndS; s += 1 / scale)
            {
                var (e, n) = curve.ToWorld(s, track.Offset);
                total++;
                if (window.Contains(e, n) && clouds.Opacity(e, n) < VisibleOpacity)
                {
                    observed++;
                }
            }
        }

        var cloudShare = image.CloudOpacity.Count(o => o >= VisibleOpacity) / (double)image.CloudOpacity.Length;
        return new SceneTruth(cars.Count(c => c.Visible), total > 0 ? observed / total : 0, cloudShare, cars);
    }

    /// <summary>Share of a 9 × 3 grid over the car's footprint that falls inside the image.</summary>
    private static double InsideShare(Railcar car, ImageWindow window)
    {
        var inside = 0;
        for (var i = 0; i < 9; i++)
        {
            var x = ((i + 0.5) / 9 - 0.5) * car.Length;
            for (var j = 0; j < 3; j++)
            {
                var y = ((j + 0.5) / 3 - 0.5) * car.Width;
                if (window.Contains(car.CentreE + (x * car.DirE) - (y * car.DirN), car.CentreN + (x * car.DirN) + (y * car.DirE)))
                {
                    inside++;
                }
            }
        }

        return inside / 27.0;
    }
}
