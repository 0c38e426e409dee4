using System.Globalization;
using RailWatch.Core.Geometry;
using RailWatch.Synth;
using RailWatch.Vision;

namespace RailWatch.Vision.Bench;

/// <summary>Separation of car and empty-track samples by the occupancy contrast, against the truth.</summary>
internal static class Diagnose
{
    public static void Run(RenderedScene scene, CountReport report)
    {
        var profiles = report.Profiles!;
        var frame = new LocalMetricFrame(profiles[0].Strip.Path.Track.Points[0]);
        var occ = new List<double>();
        var empty = new List<double>();
        foreach (var p in profiles)
        {
            var truthCars = scene.Truth.Tracks.FirstOrDefault(t => t.Id == p.Strip.Path.Track.Id)?.Cars ?? [];
            var path = new Vision.Strips.TrackPath(p.Strip.Path.Track, frame);
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
                }
                else if (!near)
                {
                    empty.Add(p.Contrast[t]);
                }
            }
        }

        occ.Sort();
        empty.Sort();
        string Q(List<double> v) => v.Count == 0 ? "-" : string.Join(" ", new[] { 0.05, 0.25, 0.5, 0.75, 0.95 }.Select(q => v[(int)(q * (v.Count - 1))].ToString("F1", CultureInfo.InvariantCulture)));
        Console.WriteLine($"   car samples {occ.Count}: {Q(occ)} | empty samples {empty.Count}: {Q(empty)}");
        foreach (var thr in new[] { 2.0, 3.0, 4.0, 6.0 })
        {
            var fn = occ.Count(x => x < thr) / (double)Math.Max(1, occ.Count);
            var fp = empty.Count(x => x >= thr) / (double)Math.Max(1, empty.Count);
            Console.Write(FormattableString.Invariant($"   thr {thr}: miss {fn:P0} false {fp:P0};"));
        }

        Console.WriteLine();
    }
}
