using System.Globalization;
using RailWatch.Core.Geometry;
using RailWatch.Synth;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Bench;

/// <summary>
/// Whether the cars the counter gets wrong lie in other cars' shadows: for scenes at ≤ 1 m with the sun below a given
/// elevation, each found and each true car is tested against the shadows of the true cars (footprint swept away
/// from the sun by an assumed 4.2 m height), and the share in shadow is printed for hits, false cars and missed ones.
/// </summary>
internal static class ShadowedCars
{
    private const double CarHeight = 4.2;

    public static void Run(IReadOnlyList<int> seeds, RailcarCounter counter, double maxElevation)
    {
        int tpIn = 0, tp = 0, fpIn = 0, fp = 0, fnIn = 0, fn = 0, fpOwn = 0;
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            if (options.GsdMetres > 1.0 || options.SunElevationDegrees >= maxElevation || options.CloudCover > 0)
            {
                continue;
            }

            var scene = SceneRenderer.Render(yard, options);
            var report = counter.CountDetailed(scene.Image, yard, new CountOptions());
            var cars = scene.Truth.Tracks.SelectMany(t => t.Cars).Where(c => c.Visible).ToList();
            if (cars.Count == 0 && report.Count.Cars.Count == 0)
            {
                continue;
            }

            var frame = new LocalMetricFrame(cars.Count > 0 ? new GeoPoint(cars[0].Center[0], cars[0].Center[1]) : report.Count.Cars[0].Center);
            List<(double X, double Y)> truthXY = [.. cars.Select(c => ((double, double))frame.ToMetres(new GeoPoint(c.Center[0], c.Center[1])))];
            List<(double X, double Y)> found = [.. report.Count.Cars.Select(c => ((double, double))frame.ToMetres(c.Center))];
            var (foundPaired, truthPaired) = AccuracyEvaluator.PairNearest(found, truthXY);
            var towards = (options.SunAzimuthDegrees + 180) * Math.PI / 180;
            var (sx, sy) = (Math.Sin(towards), Math.Cos(towards));
            var reach = CarHeight / Math.Tan(options.SunElevationDegrees * Math.PI / 180);
            int sceneFp = 0, sceneFpIn = 0, sceneFn = 0, sceneFnIn = 0;

            // The index of the true car whose shadow covers the point, other than the one it stands in; -1 where none.
            int ShadowedBy((double X, double Y) p, int except)
            {
                for (var i = 0; i < cars.Count; i++)
                {
                    if (i == except || Inside(cars[i], truthXY[i], p))
                    {
                        continue;
                    }

                    for (var k = 0.5; k <= reach; k += 0.5)
                    {
                        if (Inside(cars[i], truthXY[i], (p.X - (k * sx), p.Y - (k * sy))))
                        {
                            return i;
                        }
                    }
                }

                return -1;
            }

            for (var f = 0; f < found.Count; f++)
            {
                var by = ShadowedBy(found[f], -1);
                if (foundPaired[f])
                {
                    tp++;
                    tpIn += by >= 0 ? 1 : 0;
                }
                else if (!truthXY.Any(t => Dist(t, found[f]) < 3))
                {
                    fp++;
                    sceneFp++;
                    if (by >= 0)
                    {
                        fpIn++;
                        sceneFpIn++;
                        fpOwn += SameTrack(cars[by], truthXY[by], found[f]) ? 1 : 0;
                    }
                }
            }

            for (var t = 0; t < cars.Count; t++)
            {
                if (!truthPaired[t])
                {
                    var by = ShadowedBy(truthXY[t], t);
                    fn++;
                    sceneFn++;
                    if (by >= 0)
                    {
                        fnIn++;
                        sceneFnIn++;
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed {seed} gsd {options.GsdMetres} elev {options.SunElevationDegrees:F0} reach {reach:F1} m | truth {cars.Count} found {found.Count} | false {sceneFp} ({sceneFpIn} in shadow) missed {sceneFn} ({sceneFnIn} in shadow)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hits in another car's shadow {tpIn}/{tp}; false cars {fpIn}/{fp} (of them along the caster's own track {fpOwn}); missed {fnIn}/{fn}"));
    }

    private static bool SameTrack(CarTruth caster, (double X, double Y) c, (double X, double Y) p)
    {
        var h = caster.HeadingDeg * Math.PI / 180;
        var (ax, ay) = (Math.Sin(h), Math.Cos(h));
        var dx = p.X - c.X;
        var dy = p.Y - c.Y;
        return Math.Abs((dx * ay) - (dy * ax)) < 1.5;
    }

    private static bool Inside(CarTruth car, (double X, double Y) c, (double X, double Y) p)
    {
        var h = car.HeadingDeg * Math.PI / 180;
        var (ax, ay) = (Math.Sin(h), Math.Cos(h));
        var dx = p.X - c.X;
        var dy = p.Y - c.Y;
        var along = (dx * ax) + (dy * ay);
        var across = (dx * ay) - (dy * ax);
        return Math.Abs(along) <= car.LengthM / 2 && Math.Abs(across) <= car.WidthM / 2;
    }

    private static double Dist((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
