using System.Globalization;
using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;
using RailWatch.Synth;
using RailWatch.Vision.Estimation;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Bench;

/// <summary>
/// Experiment: strips beside the outermost tracks of each bundle ("phantom" tracks one spacing out), so that a
/// misregistration by a track spacing does not lose the outer track's cars. `phantomdump SEEDS OUT.tsv` writes the
/// same rows as `tracksdump` (the target: the true cars under each strip as placed) plus a last feature, 1 for a
/// phantom; `tracksfit` reads the feature count from the rows.
/// </summary>
internal static class PhantomTracks
{
    private const double Spacing = 5.0;

    public static void Dump(IEnumerable<int> seeds, RailcarCounter counter, string outPath)
    {
        using var writer = new StreamWriter(outPath);
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            if (options.GsdMetres <= counter.Model.MaxSegmentationGsdMetres)
            {
                continue;
            }

            var scene = SceneRenderer.Render(yard, options);
            var label = SceneLabels.For(scene, $"seed {seed}");
            var withPhantoms = With(yard);
            // Registered on the real tracks only; the phantoms get strips, not a say in the shift.
            var plain = counter.CountDetailed(scene.Image, yard, new CountOptions { FixedShiftMetres = CountedScenes.AtTrueShift ? label.TrueShiftMetres : null });
            var report = counter.CountDetailed(scene.Image, withPhantoms, new CountOptions { FixedShiftMetres = plain.Count.ShiftMetres });
            if (report.Profiles is not { } profiles || report.Count.Total.Count is not { } count)
            {
                continue;
            }

            var under = CoarseTracks.UnderStrips(label, report, new LocalMetricFrame(withPhantoms.Bounds.Center));
            var (rows, visible) = TrackFeatures.Of(profiles, options.GsdMetres, plain.RegistrationConfidence);
            for (var k = 0; k < profiles.Count; k++)
            {
                var phantom = profiles[k].Strip.Path.Track.Id.StartsWith('~') ? 1 : 0;
                var line = CoarseTracks.Line(seed.ToString(CultureInfo.InvariantCulture), options.GsdMetres, label.VisibleCount, plain.Count.Total.Count ?? count, plain.RawTotal, visible[k], under[k], rows, k);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}\t{phantom}"));
            }

            Console.Error.Write('.');
        }
    }

    /// <summary>The yard plus, beside every track of 100 m or more with no parallel track within 7.5 m on a side, a phantom track one spacing out on that side.</summary>
    public static Yard With(Yard yard)
    {
        var frame = new LocalMetricFrame(yard.Bounds.Center);
        var paths = yard.Tracks.Select(t => new TrackPath(t, frame)).ToList();
        var phantoms = new List<Track>();
        for (var k = 0; k < paths.Count; k++)
        {
            var path = paths[k];
            if (path.Length < 100)
            {
                continue;
            }

            foreach (var side in new[] { 1.0, -1.0 })
            {
                int probes = 0, covered = 0;
                for (var s = 10.0; s < path.Length - 10; s += 20)
                {
                    var (e, n) = path.PointAt(s);
                    var (tx, ty) = path.TangentAt(s);
                    var (nx, ny) = (-ty * side, tx * side);
                    probes++;
                    var (qe, qn) = (e + (nx * Spacing), n + (ny * Spacing));
                    if (paths.Where((_, j) => j != k).Any(o =>
                    {
                        var (oe, on) = o.PointAt(o.Project(qe, qn));
                        return Math.Sqrt(((oe - qe) * (oe - qe)) + ((on - qn) * (on - qn))) < 2.5;
                    }))
                    {
                        covered++;
                    }
                }

                if (probes == 0 || covered > 0.3 * probes)
                {
                    continue;
                }

                var points = new List<GeoPoint>();
                for (var s = 0.0; s <= path.Length + 1e-6; s += Math.Max(1, Math.Min(20, path.Length / 2)))
                {
                    var (e, n) = path.PointAt(Math.Min(s, path.Length));
                    var (tx, ty) = path.TangentAt(Math.Min(s, path.Length));
                    points.Add(frame.ToGeo(e + (-ty * side * Spacing), n + (tx * side * Spacing)));
                }

                phantoms.Add(new Track($"~{path.Track.Id}{(side > 0 ? "-left" : "-right")}", points));
            }
        }

        return yard with { Tracks = [.. yard.Tracks, .. phantoms] };
    }
}
