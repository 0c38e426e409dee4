namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>Draws a yard: how many tracks, how far apart and how long, its heading and bend, its ladder and ground.</summary>
internal static class YardLayoutDrawer
{
    private static readonly Rgbn[] Gravels =
    [
        new(0.34f, 0.33f, 0.31f, 0.36f), // light grey
        new(0.38f, 0.35f, 0.29f, 0.39f), // beige
        new(0.27f, 0.23f, 0.18f, 0.30f), // brownish
        new(0.30f, 0.30f, 0.29f, 0.32f), // mid grey
    ];

    public static YardLayout Draw(Random rng)
    {
        var trackCount = rng.Next(3, 15);
        var length = rng.Uniform(250, 900);
        var heading = rng.Uniform(0, 2 * Math.PI);
        var curvature = rng.Chance(0.35) ? (rng.Chance(0.5) ? 1 : -1) / rng.Uniform(600, 2000) : 0;
        var curve = new BundleCurve(heading, curvature);

        var baseSpacing = rng.Uniform(4.45, 5.1);
        var offsets = new double[trackCount];
        for (var i = 1; i < trackCount; i++)
        {
            offsets[i] = offsets[i - 1] + Math.Clamp(baseSpacing + rng.Normal(0, 0.12), 4.4, 5.2);
        }

        var mid = offsets[^1] / 2;
        for (var i = 0; i < trackCount; i++)
        {
            offsets[i] -= mid;
        }

        var starts = offsets.Select(_ => (-length / 2) + rng.Uniform(0, 25)).ToArray();
        var ends = offsets.Select(_ => (length / 2) - rng.Uniform(0, 25)).ToArray();
        var ladder = rng.Chance(0.55) ? DrawLadder(rng, offsets, length, starts, ends) : null;

        var tracks = offsets.Select((o, i) => new ParallelTrack($"t{i + 1:D2}", o, starts[i], ends[i])).ToList();
        var mainLines = new List<ParallelTrack>();
        if (rng.Chance(0.4))
        {
            var side = rng.Chance(0.5) ? 1 : -1;
            var o = (side > 0 ? offsets[^1] : offsets[0]) + (side * rng.Uniform(6.5, 11));
            var count = rng.Next(1, 3);
            for (var k = 0; k < count; k++)
            {
                mainLines.Add(new ParallelTrack($"main{k + 1}", o + (side * k * 4.5), (-length / 2) - 3000, (length / 2) + 3000));
            }
        }

        var gravel = rng.Pick(Gravels) * rng.UniformF(0.85, 1.12);
        var bedTint = new Rgbn(rng.UniformF(0.55, 0.75), rng.UniformF(0.5, 0.65), rng.UniformF(0.45, 0.6), 0.6f);
        var sleeper = rng.Chance(0.6) ? new Rgbn(0.11f, 0.085f, 0.065f, 0.14f) : new Rgbn(0.40f, 0.39f, 0.37f, 0.41f);
        var surface = new YardSurface(gravel, bedTint, sleeper, rng.Chance(0.3) ? rng.Uniform(0.05, 0.4) : 0, rng.Uniform(3.5, 9));
        return new YardLayout(curve, tracks, mainLines, ladder, surface);
    }

    /// <summary>
    /// A ladder at one end: each track starts where the diagonal meets it, so the starts step along the bundle.
    /// Null when the angle the ladder needs to fit in under half the yard is steeper than 12°.
    /// </summary>
    private static LadderTrack? DrawLadder(Random rng, double[] offsets, double length, double[] starts, double[] ends)
    {
        var width = offsets[^1] - offsets[0];
        var angle = rng.Uniform(5, 12) * Math.PI / 180;
        var minAngle = Math.Atan(width / (0.45 * length));
        angle = Math.Max(angle, minAngle);
        if (angle > 12 * Math.PI / 180)
        {
            return null;
        }

        var atStart = rng.Chance(0.5);
        var fromLeft = rng.Chance(0.5);
        var endS = atStart ? -length / 2 : length / 2;
        var inward = atStart ? 1.0 : -1.0;
        var lead = 40.0;
        for (var i = 0; i < offsets.Length; i++)
        {
            var across = fromLeft ? offsets[^1] - offsets[i] : offsets[i] - offsets[0];
            var s = endS + (inward * across / Math.Tan(angle));
            if (atStart)
            {
                starts[i] = s;
            }
            else
            {
                ends[i] = s;
            }
        }

        var dirS = inward * Math.Cos(angle);
        var dirO = (fromLeft ? -1 : 1) * Math.Sin(angle);
        var firstO = fromLeft ? offsets[^1] : offsets[0];
        return new LadderTrack(endS - (dirS * lead), firstO - (dirO * lead), dirS, dirO, lead + (width / Math.Sin(angle)) + 25);
    }
}
