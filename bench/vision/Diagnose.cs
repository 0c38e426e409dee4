using System.Globalization;
using RailWatch.Core.Geometry;
using RailWatch.Synth;
using RailWatch.Vision;

namespace RailWatch.Vision.Bench;

/// <summary>
/// Separation of car and empty-track samples by the occupancy contrast, against the truth; and, as areas under the
/// ROC curve, by the forest's probability, by the core tone's distance from the scene's true empty-track median (what
/// a reference to the scene's own empty track could give at best) and by the core tone alone.
/// </summary>
internal static class Diagnose
{
    public static void Run(RenderedScene scene, CountReport report)
    {
        var profiles = report.Profiles!;
        var frame = new LocalMetricFrame(profiles[0].Strip.Path.Track.Points[0]);
        var occ = new List<double>();
        var dump = Environment.GetEnvironmentVariable("RW_FEATS");
        var features = Occupancy.SampleFeatures.ComputeAll(profiles.Select(p => p.Strip).ToList(), report.Count.GsdMetres);
        var coreCar = new List<double>();
        var coreEmpty = new List<double>();
        var carRows = dump is null ? null : new List<float[]>();
        var empty = new List<double>();
        int carsMasked = 0, carsUnsure = 0, carsSure = 0;
        for (var k = 0; k < profiles.Count; k++)
        {
            var p = profiles[k];
            var path = new Vision.Strips.TrackPath(p.Strip.Path.Track, frame);
            var (masked, unsure, sure) = TrueCarsSeen(scene, p, path, frame);
            carsMasked += masked;
            carsUnsure += unsure;
            carsSure += sure;
            var truthCars = scene.Truth.Tracks.FirstOrDefault(t => t.Id == p.Strip.Path.Track.Id)?.Cars ?? [];
            var spans = truthCars.Select(c =>
            {
                var m = frame.ToMetres(new GeoPoint(c.Center[0], c.Center[1]));
                var best = 0.0;
                var bd = double.MaxValue;
                for (var s = 0.0; s <= path.Length; s += 0.25)
                {
                    var q = path.PointAt(s);
                    var d = Math.Abs(q.East - m.East) + Math.Abs(q.North - m.North);
                    if (d < bd)
                    {
                        bd = d;
                        best = s;
                    }
                }

                return (best - (c.LengthM / 2), best + (c.LengthM / 2));
            }).ToList();
            for (var t = 0; t < p.Strip.Length; t++)
            {
                if (!p.Visible[t])
                {
                    continue;
                }

                var s = p.Strip.ArcAt(t);
                var inCar = spans.Any(x => s >= x.Item1 + 0.5 && s <= x.Item2 - 0.5);
                var near = spans.Any(x => s >= x.Item1 - 1.0 && s <= x.Item2 + 1.0);
                if (inCar)
                {
                    occ.Add(p.Contrast[t]);
                    coreCar.Add(features[k].Rows[(t * Occupancy.SampleFeatures.Count) + Occupancy.SampleFeatures.CoreIndex]);
                    carRows?.Add(features[k].Rows.AsSpan(t * Occupancy.SampleFeatures.Count, Occupancy.SampleFeatures.Count).ToArray());
                }
                else if (!near)
                {
                    empty.Add(p.Contrast[t]);
                    coreEmpty.Add(features[k].Rows[(t * Occupancy.SampleFeatures.Count) + Occupancy.SampleFeatures.CoreIndex]);
                }
            }
        }

        if (carRows is { Count: > 0 })
        {
            var med = Enumerable.Range(0, Occupancy.SampleFeatures.Count).Select(j => carRows.Select(r => r[j]).Order().ElementAt(carRows.Count / 2));
            File.AppendAllText(dump!, string.Join(" ", med.Select(v => v.ToString("F3", CultureInfo.InvariantCulture))) + "\n");
        }

        Console.WriteLine($"   visible true cars: masked by the counter {carsMasked}, seen with mean p < 0.5 {carsUnsure}, seen with p >= 0.5 {carsSure}");
        occ.Sort();
        empty.Sort();
        string Q(List<double> v) => v.Count == 0 ? "-" : string.Join(" ", new[] { 0.05, 0.25, 0.5, 0.75, 0.95 }.Select(q => v[(int)(q * (v.Count - 1))].ToString("F2", CultureInfo.InvariantCulture)));
        Console.WriteLine($"   car samples {occ.Count}: {Q(occ)} | empty samples {empty.Count}: {Q(empty)}");
        if (coreEmpty.Count > 0 && coreCar.Count > 0)
        {
            var reference = coreEmpty.Order().ElementAt(coreEmpty.Count / 2);
            double Auc(List<double> pos, List<double> neg)
            {
                var rng = new Random(1);
                var wins = 0.0;
                for (var i = 0; i < 20000; i++)
                {
                    var a = pos[rng.Next(pos.Count)];
                    var b = neg[rng.Next(neg.Count)];
                    wins += a > b ? 1 : a == b ? 0.5 : 0;
                }

                return wins / 20000;
            }

            var dCar = coreCar.Select(v => Math.Abs(v - reference)).ToList();
            var dEmpty = coreEmpty.Select(v => Math.Abs(v - reference)).ToList();
            Console.WriteLine(FormattableString.Invariant($"   AUC forest p {Auc(occ, empty):F3} | |core - true empty median| {Auc(dCar, dEmpty):F3} | core tone alone {Math.Max(Auc(coreCar, coreEmpty), 1 - Auc(coreCar, coreEmpty)):F3}"));
        }
        foreach (var thr in new[] { 2.0, 3.0, 4.0, 6.0 })
        {
            var fn = occ.Count(x => x < thr) / (double)Math.Max(1, occ.Count);
            var fp = empty.Count(x => x >= thr) / (double)Math.Max(1, empty.Count);
            Console.Write(FormattableString.Invariant($"   thr {thr}: miss {fn:P0} false {fp:P0};"));
        }

        Console.WriteLine();
    }

    /// <summary>Of one track's visible true cars: how many the counter masked, saw with a mean car probability below 0.5, or above.</summary>
    private static (int Masked, int Unsure, int Sure) TrueCarsSeen(RenderedScene scene, Occupancy.TrackProfile p, Vision.Strips.TrackPath path, LocalMetricFrame frame)
    {
        int masked = 0, unsure = 0, sure = 0;
        foreach (var car in scene.Truth.Tracks.FirstOrDefault(t => t.Id == p.Strip.Path.Track.Id)?.Cars.Where(c => c.Visible) ?? [])
        {
            var m = frame.ToMetres(new GeoPoint(car.Center[0], car.Center[1]));
            var (seen, total, sum) = (0, 0, 0.0);
            for (var t = 0; t < p.Strip.Length; t++)
            {
                var q = path.PointAt(p.Strip.ArcAt(t));
                if (Math.Sqrt(Math.Pow(q.East - m.East, 2) + Math.Pow(q.North - m.North, 2)) > (car.LengthM / 2) - 1)
                {
                    continue;
                }

                total++;
                if (p.Visible[t])
                {
                    seen++;
                    sum += p.Probability[t];
                }
            }

            if (total == 0)
            {
                continue;
            }

            if (seen * 2 < total)
            {
                masked++;
            }
            else
            {
                var confident = sum / seen >= 0.5;
                if (confident)
                {
                    sure++;
                }
                else
                {
                    unsure++;
                }

                // RW_MISSED=1 lists the cars seen with a mean car probability below 0.5, RW_MISSED=2 every car.
                var listed = Environment.GetEnvironmentVariable("RW_MISSED");
                if (listed == "2" || (listed == "1" && !confident))
                {
                    Console.WriteLine(FormattableString.Invariant($"     {(confident ? "seen" : "missed")} {p.Strip.Path.Track.Id} {car.Type} {car.LengthM:F1} m, mean p {sum / seen:F2}, at {car.Center[0]:F6},{car.Center[1]:F6}"));
                }
            }
        }

        return (masked, unsure, sure);
    }
}
