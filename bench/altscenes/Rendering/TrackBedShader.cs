using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>
/// Draws track over the ground: a darker, rust-stained ballast bed about 3 m wide, sleepers (2.6 m long, 0.6 m
/// apart) and two dark rails 1.435 m apart; for the bundle's tracks, the main lines beside it and the ladder.
/// </summary>
internal sealed class TrackBedShader
{
    private const double BedHalfWidth = 1.55;
    private const double SleeperHalfLength = 1.3;
    private const double SleeperPitch = 0.6;
    private const double SleeperWidth = 0.24;
    private const double RailOffset = 0.7175;
    private const double RailHalfWidth = 0.065;

    private static readonly Rgbn YardRail = new(0.10f, 0.075f, 0.06f, 0.11f);
    private static readonly Rgbn MainRail = new(0.22f, 0.22f, 0.23f, 0.22f);
    private static readonly Rgbn Concrete = new(0.40f, 0.39f, 0.37f, 0.41f);

    private readonly BundleCurve curve;
    private readonly ParallelTrack[] lines;
    private readonly bool[] isMain;
    private readonly double[] scales;
    private readonly LadderTrack? ladder;
    private readonly YardSurface surface;
    private readonly SnowCover snow;
    private readonly SnowLayer snowLayer;
    private readonly int seed;

    public TrackBedShader(YardLayout layout, SnowCover snow, int seed)
    {
        curve = layout.Curve;
        lines = [.. layout.AllParallel];
        isMain = [.. lines.Select(l => layout.MainLines.Contains(l))];
        scales = [.. lines.Select(l => curve.LengthScale(l.Offset))];
        ladder = layout.Ladder;
        surface = layout.Surface;
        this.snow = snow;
        snowLayer = new SnowLayer(seed + 40);
        this.seed = seed;
    }

    public Rgbn Overlay(Rgbn albedo, double s, double o, double step, double e, double n, int fx, int fy)
    {
        double ladderAlong = 0, ladderAcross = double.MaxValue;
        if (ladder is { } l)
        {
            ladderAlong = ((s - l.S0) * l.DirS) + ((o - l.O0) * l.DirO);
            ladderAcross = (-(s - l.S0) * l.DirO) + ((o - l.O0) * l.DirS);
            if (ladderAlong >= 0 && ladderAlong <= l.Length && Math.Abs(ladderAcross) < BedHalfWidth + 0.3)
            {
                albedo = BedAndSleepers(albedo, ladderAlong, ladderAcross, step, e, n, fx, fy, surface.Sleeper, -1);
            }
            else
            {
                ladderAcross = double.MaxValue;
            }
        }

        var k = Nearest(o);
        if (k >= 0)
        {
            var line = lines[k];
            var d = o - line.Offset;
            if (Math.Abs(d) < BedHalfWidth + 0.3 && s >= line.StartS && s <= line.EndS)
            {
                var along = s * scales[k];
                albedo = BedAndSleepers(albedo, along, d, step, e, n, fx, fy, isMain[k] ? Concrete : surface.Sleeper, k);
                albedo = Rails(albedo, d, step, isMain[k] ? MainRail : YardRail);
            }
        }

        return ladderAcross == double.MaxValue ? albedo : Rails(albedo, ladderAcross, step, YardRail);
    }

    private Rgbn BedAndSleepers(Rgbn albedo, double along, double d, double step, double e, double n, int fx, int fy, Rgbn sleeper, int lineIndex)
    {
        var edge = (float)Math.Clamp(((BedHalfWidth - Math.Abs(d)) / 0.3) + 0.5 + (0.3 * PositionNoise.Smooth(e / 1.5, n / 1.5, seed + 41)), 0, 1);
        var bed = surface.Gravel * surface.BedTint * (1 + (0.14f * PositionNoise.White(fx, fy, seed + 42)) + (0.1f * PositionNoise.Smooth(along / 1.5, d / 0.7, seed + 43)));
        if (Math.Abs(d) < 0.5)
        {
            bed *= 0.85f;
        }

        bed = snowLayer.Cover(bed, snow.Bed, e, n);
        albedo = Rgbn.Lerp(albedo, bed, edge);

        var sleeperCover = Coverage.Periodic(along, step / 2, SleeperPitch, SleeperWidth)
            * Coverage.Interval(d - (step / 2), d + (step / 2), -SleeperHalfLength, SleeperHalfLength);
        if (sleeperCover > 0)
        {
            var index = (int)Math.Floor(along / SleeperPitch);
            var colour = sleeper * (1 + (0.18f * PositionNoise.White(index, lineIndex, seed + 44)));
            colour = snowLayer.Cover(colour, snow.Sleepers, e, n);
            albedo = Rgbn.Lerp(albedo, colour, sleeperCover);
        }

        return albedo;
    }

    private static Rgbn Rails(Rgbn albedo, double d, double step, Rgbn rail)
    {
        var cover = Coverage.Interval(d - (step / 2), d + (step / 2), RailOffset - RailHalfWidth, RailOffset + RailHalfWidth)
            + Coverage.Interval(d - (step / 2), d + (step / 2), -RailOffset - RailHalfWidth, -RailOffset + RailHalfWidth);
        return cover > 0 ? Rgbn.Lerp(albedo, rail, Math.Min(1, cover)) : albedo;
    }

    /// <summary>Index of the parallel line nearest to offset o, or −1 when there is none.</summary>
    private int Nearest(double o)
    {
        int lo = 0, hi = lines.Length - 1;
        if (hi < 0)
        {
            return -1;
        }

        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (lines[mid].Offset < o)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && Math.Abs(lines[lo - 1].Offset - o) < Math.Abs(lines[lo].Offset - o) ? lo - 1 : lo;
    }
}
