using RailWatch.ThirdScenes.Bench.Plan;

namespace RailWatch.ThirdScenes.Bench.Layout;

/// <summary>Draws a yard: 3–14 body tracks 4.5–5.0 m apart, 300–900 m long, straight or on a gentle curve, with ladders and a main line sometimes.</summary>
internal static class YardDrawer
{
    /// <summary>Images stay under about this many pixels: a long diagonal yard at fine resolution is drawn shorter.</summary>
    private const double MaxPixels = 6e6;

    public static YardLayout Draw(int seed, double gsd)
    {
        var random = RandomDraws.Stream(seed, 2);
        var length = random.Uniform(300, 900);
        var curvature = random.Chance(0.4) ? (random.Chance(0.5) ? 1 : -1) / random.Uniform(400, 2500) : 0;
        // Yards run every way, but images are north-up: most are drawn near an axis so the image is not mostly fields.
        var heading = random.Chance(0.6) ? (random.Next(4) * Math.PI / 2) + random.Uniform(-0.4, 0.4) : random.Uniform(0, 2 * Math.PI);
        while (length > 300 && ((Math.Abs(length * Math.Cos(heading)) + 240) * (Math.Abs(length * Math.Sin(heading)) + 240)) / (gsd * gsd) > MaxPixels)
        {
            length -= 20;
        }

        var shape = new YardShape(heading, length, curvature);
        var count = random.Next(3, 15);
        var offsets = new double[count];
        for (var i = 1; i < count; i++)
        {
            offsets[i] = offsets[i - 1] + random.Uniform(4.5, 5.0);
        }

        var middle = offsets[^1] / 2;
        for (var i = 0; i < count; i++)
        {
            offsets[i] -= middle;
        }

        var ladders = new List<Ladder>();
        var span = offsets[^1] - offsets[0];
        var tangent = Math.Tan(random.Uniform(8, 12) * Math.PI / 180);
        var ladderStart = random.Chance(0.55) && span / tangent < 0.4 * length;
        var ladderEnd = random.Chance(0.25) && span / tangent < 0.3 * length;
        if (ladderStart)
        {
            var pivotLow = random.Chance(0.5);
            ladders.Add(new Ladder(random.Uniform(5, 30), pivotLow ? offsets[0] : offsets[^1], pivotLow ? offsets[^1] : offsets[0], 1, tangent));
        }

        if (ladderEnd)
        {
            var pivotLow = random.Chance(0.5);
            ladders.Add(new Ladder(length - random.Uniform(5, 30), pivotLow ? offsets[0] : offsets[^1], pivotLow ? offsets[^1] : offsets[0], -1, tangent));
        }

        var tracks = new List<TrackLine>();
        for (var i = 0; i < count; i++)
        {
            var start = ladders.FirstOrDefault(l => l.Direction > 0) is { } a ? a.JoinS(offsets[i]) : random.Uniform(0, 25);
            var end = ladders.FirstOrDefault(l => l.Direction < 0) is { } b ? b.JoinS(offsets[i]) : length - random.Uniform(0, 25);
            var use = random.Chance(0.2) ? random.Uniform(0, 0.3) : random.Uniform(0.4, 1);
            tracks.Add(new TrackLine(FormattableString.Invariant($"T{i + 1}"), TrackRole.Body, offsets[i], start, end, use));
        }

        // The pivot tracks also run out to the yard's ends: they are the leads the ladders branch from.
        foreach (var ladder in ladders)
        {
            var index = tracks.FindIndex(t => t.Offset == ladder.PivotD);
            var pivot = tracks[index];
            tracks[index] = ladder.Direction > 0 ? pivot with { Start = 0 } : pivot with { End = length };
        }

        var id = 1;
        foreach (var ladder in ladders)
        {
            var far = ladder.JoinS(ladder.FarD);
            tracks.Add(new TrackLine(FormattableString.Invariant($"L{id++}"), TrackRole.Ladder, double.NaN, Math.Min(ladder.PivotS, far), Math.Max(ladder.PivotS, far), 0.8));
        }

        if (random.Chance(0.45))
        {
            var side = random.Chance(0.5) ? 1 : -1;
            var offset = side > 0 ? offsets[^1] + random.Uniform(6, 12) : offsets[0] - random.Uniform(6, 12);
            tracks.Add(new TrackLine("M1", TrackRole.Main, offset, -20, length + 20, 1));
        }

        var all = tracks.Where(t => t.Role != TrackRole.Ladder).Select(t => t.Offset).ToList();
        return new YardLayout(shape, tracks, ladders, all.Min() - 3.5, all.Max() + 3.5);
    }
}
