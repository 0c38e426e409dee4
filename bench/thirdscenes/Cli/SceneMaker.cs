using RailWatch.Core.Geometry;
using RailWatch.ThirdScenes.Bench.Cars;
using RailWatch.ThirdScenes.Bench.Layout;
using RailWatch.ThirdScenes.Bench.Plan;
using RailWatch.ThirdScenes.Bench.Rendering;
using RailWatch.ThirdScenes.Bench.Sensor;
using RailWatch.ThirdScenes.Bench.Site;
using RailWatch.ThirdScenes.Bench.Truth;

namespace RailWatch.ThirdScenes.Bench.Cli;

/// <summary>One seed's scene, rendered: what the output files are written from.</summary>
internal sealed record MadeScene(
    ScenePlan Plan,
    YardLayout Layout,
    LocalMetricFrame Frame,
    (double East, double North) GeoreferenceError,
    bool Partial,
    IReadOnlyList<CarTruth> Cars,
    Product Product,
    double CloudShare);

/// <summary>Draws and renders one seed: plan, yard, cars, site, image window, radiance, sensor chain and truth.</summary>
internal static class SceneMaker
{
    public static MadeScene Make(int seed)
    {
        var plan = PlanDrawer.Draw(seed);
        var layout = YardDrawer.Draw(seed, plan.Gsd);
        var cars = CarPlacer.Place(seed, layout, plan.Weather.Snow);
        var site = SiteDrawer.Draw(plan, layout, cars);
        var random = RandomDraws.Stream(seed, 6);
        var (grid, partial) = Window(random, layout, plan.Gsd);
        var angle = random.Uniform(0, 2 * Math.PI);
        var magnitude = random.Uniform(0, 10);
        var error = (Math.Round(magnitude * Math.Sin(angle), 3), Math.Round(magnitude * Math.Cos(angle), 3));

        var sun = new SunView(plan.Light);
        var area = grid.Area(60);
        var clouds = new CloudField(plan, sun, area);
        var ground = new GroundShader(plan, layout, site.Patches, area);
        var renderer = new SceneRenderer(site.Prisms, ground, clouds, sun, layout, area);
        var sensor = plan.Sensor;
        var native = new NativeGrid(grid, sensor.NativeScale, sensor.NativeRotationDeg, sensor.NativeOffsetPixels, 4);
        var radiance = renderer.Render(native);
        var product = SensorChain.Run(plan, native, grid, radiance, clouds, sun);
        var truth = TruthBuilder.Build(cars, grid, clouds);
        var frame = new LocalMetricFrame(new GeoPoint(plan.Longitude, plan.Latitude));
        return new MadeScene(plan, layout, frame, error, partial, truth, product, CloudShare(grid, clouds));
    }

    /// <summary>The yard plus 30–80 m around it; one scene in eight cuts part of the yard off.</summary>
    private static (ImageGrid Grid, bool Partial) Window(Random random, YardLayout layout, double gsd)
    {
        var shape = layout.Shape;
        var points = new List<(double X, double Y)>();
        foreach (var d in new[] { layout.FloorLow, layout.FloorHigh })
        {
            points.AddRange(YardGeo.Along(shape, 0, shape.Length, d, 20));
        }

        var margin = random.Uniform(30, 80);
        var (left, right) = (points.Min(p => p.X) - margin, points.Max(p => p.X) + margin);
        var (bottom, top) = (points.Min(p => p.Y) - margin, points.Max(p => p.Y) + margin);
        var partial = random.Chance(1.0 / 8);
        if (partial)
        {
            var cut = random.Uniform(0.25, 0.5);
            switch (random.Next(4))
            {
                case 0:
                    left += cut * (right - left);
                    break;
                case 1:
                    right -= cut * (right - left);
                    break;
                case 2:
                    bottom += cut * (top - bottom);
                    break;
                default:
                    top -= cut * (top - bottom);
                    break;
            }
        }

        var width = Math.Max(16, (int)Math.Ceiling((right - left) / gsd));
        var height = Math.Max(16, (int)Math.Ceiling((top - bottom) / gsd));
        return (new ImageGrid(left, top, gsd, width, height), partial);
    }

    private static double CloudShare(ImageGrid grid, CloudField clouds)
    {
        if (!clouds.Any)
        {
            return 0;
        }

        var cloudy = 0;
        var total = 0;
        for (var r = 0; r < grid.Height; r += 8)
        {
            for (var c = 0; c < grid.Width; c += 8)
            {
                total++;
                cloudy += clouds.Opacity(grid.Left + ((c + 0.5) * grid.Gsd), grid.Top - ((r + 0.5) * grid.Gsd)) >= 0.5 ? 1 : 0;
            }
        }

        return cloudy / (double)total;
    }
}
