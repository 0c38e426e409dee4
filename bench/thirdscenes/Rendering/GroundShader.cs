using RailWatch.ThirdScenes.Bench.Plan;
using RailWatch.ThirdScenes.Bench.Site;
using RailWatch.ThirdScenes.Bench.Layout;

namespace RailWatch.ThirdScenes.Bench.Rendering;

/// <summary>
/// The albedo of bare ground at a point: track beds (ballast of the scene's tone, concrete or wooden sleepers, rails
/// with polished heads on busy tracks, oil between the rails, weeds on little-used tracks), the yard floor between
/// them with puddles, paving beside the yard, fields and scrub elsewhere, and snow over it all with ploughed tracks.
/// </summary>
internal sealed class GroundShader
{
    private const double HalfGauge = 0.7175;
    private static readonly Rgbn Grass = new(0.06f, 0.11f, 0.05f, 0.42f);
    private static readonly Rgbn Straw = new(0.24f, 0.21f, 0.13f, 0.33f);
    private static readonly Rgbn Soil = new(0.22f, 0.18f, 0.12f, 0.27f);
    private static readonly Rgbn Scrub = new(0.04f, 0.07f, 0.035f, 0.3f);
    private static readonly Rgbn Asphalt = new(0.085f, 0.085f, 0.09f, 0.1f);
    private static readonly Rgbn Concrete = new(0.36f, 0.35f, 0.33f, 0.37f);
    private static readonly Rgbn Snow = new(0.8f, 0.82f, 0.86f, 0.68f);
    private static readonly Rgbn Water = new(0.03f, 0.04f, 0.05f, 0.02f);
    private static readonly Rgbn Weed = new(0.07f, 0.13f, 0.05f, 0.4f);
    private static readonly Rgbn RailSide = new(0.09f, 0.06f, 0.045f, 0.1f);
    private static readonly Rgbn RailHead = new(0.55f, 0.55f, 0.56f, 0.55f);

    private readonly ScenePlan plan;
    private readonly YardLayout yard;
    private readonly IReadOnlyList<GroundPatch> patches;
    private readonly GridIndex patchIndex;
    private readonly TrackLine[] lines;
    private readonly Rgbn ballast;
    private readonly Rgbn sleeper;
    private readonly Noise noise;

    public GroundShader(ScenePlan plan, YardLayout yard, IReadOnlyList<GroundPatch> patches, (double MinX, double MinY, double MaxX, double MaxY) area)
    {
        this.plan = plan;
        this.yard = yard;
        this.patches = patches;
        patchIndex = GridIndex.Of(patches, area, 10, p => p.Corners());
        lines = yard.Tracks.Where(t => t.Role != TrackRole.Ladder).ToArray();
        noise = new Noise(plan.Seed * 31);
        ballast = plan.Ground.Ballast switch
        {
            BallastTone.Light => new Rgbn(0.33f, 0.32f, 0.3f, 0.35f),
            BallastTone.Oily => new Rgbn(0.13f, 0.125f, 0.12f, 0.14f),
            _ => new Rgbn(0.27f, 0.21f, 0.16f, 0.29f),
        };
        sleeper = plan.Ground.Sleepers == SleeperKind.Concrete ? new Rgbn(0.46f, 0.45f, 0.43f, 0.47f) : new Rgbn(0.14f, 0.11f, 0.08f, 0.18f);
    }

    /// <param name="footprint">Size of the sample in metres: finer detail than this is averaged instead of drawn.</param>
    public Rgbn Albedo(double x, double y, double footprint)
    {
        var (s, d) = yard.Shape.Curvilinear(x, y);
        var inFloor = d > yard.FloorLow && d < yard.FloorHigh && s > -15 && s < yard.Shape.Length + 15;
        var paved = false;
        var albedo = inFloor ? Floor(x, y) : Surroundings(x, y, d, out paved);

        // The nearest track at this point: body tracks, main line, ladders.
        var best = double.PositiveInfinity;
        var along = 0.0;
        var use = 0.0;
        var index = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i];
            var dd = d - t.Offset;
            if (Math.Abs(dd) < Math.Abs(best) && s > t.Start - 0.5 && s < t.End + 0.5)
            {
                best = dd;
                along = s * yard.Shape.Stretch(t.Offset);
                use = t.Use;
                index = i;
            }
        }

        for (var k = 0; k < yard.Ladders.Count; k++)
        {
            var ladder = yard.Ladders[k];
            var distance = ladder.Distance(s, d);
            if (distance < Math.Abs(best))
            {
                var angle = Math.Atan(ladder.Tangent);
                best = (s - ladder.JoinS(d)) * Math.Sin(angle);
                along = (d - ladder.PivotD) / Math.Sin(angle);
                use = 0.8;
                index = 100 + k;
            }
        }

        if (Math.Abs(best) < 2.0)
        {
            albedo = Bed(x, y, best, along, use, index, albedo, footprint);
        }

        return plan.Weather.Snow ? Snowy(x, y, best, albedo, paved) : albedo;
    }

    private Rgbn Bed(double x, double y, double dd, double along, double use, int index, Rgbn floor, double footprint)
    {
        var a = Math.Abs(dd);
        var tone = 0.9f + (0.2f * noise.Cell(index, 7));
        var grain = 0.8f + (0.4f * noise.Cell((int)Math.Floor(x / 0.07), (int)Math.Floor(y / 0.07)));
        var bed = ballast.Scale(tone * (footprint < 0.2 ? grain : 1));
        if (plan.Ground.Ballast == BallastTone.Rusty)
        {
            bed = Rgbn.Mix(bed, new Rgbn(0.3f, 0.17f, 0.09f, 0.3f), (float)Math.Max(0, 0.5 - (Math.Abs(a - HalfGauge) * 0.6)));
        }

        if (a < 1.3)
        {
            var share = footprint < 0.2 ? ((along % 0.62) + 0.62) % 0.62 < 0.26 ? 1f : 0f : 0.42f;
            bed = Rgbn.Mix(bed, sleeper.Scale(tone), share);
        }

        if (a < HalfGauge)
        {
            var oil = (float)(use * 0.45 * noise.Fbm(along, dd, 2.5, 2));
            bed = bed.Scale(1 - oil);
        }

        var weeds = plan.Ground.Weeds * (1 - use);
        if (weeds > 0.05 && noise.Fbm(x, y, 1.2, 3) < weeds * 0.75)
        {
            bed = plan.Ground.Dry ? Straw : Weed;
        }

        // Rails: a dark rusty side with a shiny head on used tracks, anti-aliased by their share of the sample.
        var rail = Rgbn.Mix(RailSide, RailHead, (float)(use * 0.55));
        var cover = Coverage(dd, -HalfGauge, footprint) + Coverage(dd, HalfGauge, footprint);
        bed = Rgbn.Mix(bed, rail, (float)Math.Min(1, cover));
        return a < 1.7 ? bed : Rgbn.Mix(bed, floor, (float)((a - 1.7) / 0.3));
    }

    private static double Coverage(double dd, double centre, double footprint)
    {
        const double Half = 0.075;
        var low = Math.Max(dd - (footprint / 2), centre - Half);
        var high = Math.Min(dd + (footprint / 2), centre + Half);
        return high > low ? (high - low) / footprint : 0;
    }

    private Rgbn Floor(double x, double y)
    {
        var floor = Rgbn.Mix(ballast.Scale(0.75f), Soil, 0.45f);
        floor = floor.Scale(0.85f + (0.3f * noise.Fbm(x, y, 5, 3)));
        if (noise.Fbm(x + 500, y, 3, 3) < plan.Ground.Weeds * 0.6)
        {
            floor = plan.Ground.Dry ? Straw : Rgbn.Mix(floor, Grass, 0.7f);
        }

        if (plan.Weather.Puddles && noise.Fbm(x - 300, y + 200, 7, 3) > 0.68)
        {
            floor = Water;
        }

        return floor;
    }

    private Rgbn Surroundings(double x, double y, double d, out bool paved)
    {
        paved = false;
        foreach (var i in patchIndex.At(x, y))
        {
            var patch = patches[i];
            var (a, c) = patch.Local(x, y);
            if (Math.Abs(a) <= patch.HalfLength && Math.Abs(c) <= patch.HalfWidth)
            {
                paved = true;
                return Paving(patch, a, c, x, y);
            }
        }

        // Close to the yard: railway land of dirt, gravel and rough grass; further out, fields and woods in parcels.
        var fromYard = Math.Max(yard.FloorLow - d, d - yard.FloorHigh);
        var fine = 0.85f + (0.3f * noise.Fbm(x, y, 2.5, 2));
        var rough = Rough(x, y).Scale(fine);
        if (fromYard < 45)
        {
            return rough;
        }

        var parcel = Parcel(x, y);
        var blend = (float)Math.Clamp((fromYard - 45) / 25, 0, 1);
        return Rgbn.Mix(rough, parcel.Scale(fine), blend);
    }

    private Rgbn Rough(double x, double y)
    {
        var v = noise.Fbm(x + 1000, y, 18, 4);
        var grass = plan.Ground.Dry ? Straw : Rgbn.Mix(Grass, Straw, 0.35f);
        return v < 0.45f ? Rgbn.Mix(grass, Soil, v / 0.45f * 0.5f) : Rgbn.Mix(Soil, new Rgbn(0.26f, 0.24f, 0.21f, 0.29f), Math.Min(1, (v - 0.45f) * 4));
    }

    /// <summary>Fields in a rotated grid of parcels: crops, meadow, bare soil, woodland with lumpy crowns.</summary>
    private Rgbn Parcel(double x, double y)
    {
        var angle = noise.Cell(3, 3) * Math.PI;
        var (ca, sa) = (Math.Cos(angle), Math.Sin(angle));
        var u = (x * ca) + (y * sa);
        var v = (-x * sa) + (y * ca);
        var row = (int)Math.Floor(v / 90);
        var column = (int)Math.Floor((u / 140) + noise.Cell(row, 5));
        var kind = noise.Cell(column, row);
        var tone = 0.85f + (0.3f * noise.Cell(row, column));
        var edge = Math.Min(Math.Abs(v - ((row + 0.5) * 90)), 45) > 43.5;
        if (edge)
        {
            return Soil.Scale(0.8f);
        }

        if (kind < 0.3)
        {
            var lines = Math.Abs(Math.Sin(u * 1.2)) > 0.6 ? 1f : 0.85f;
            return (plan.Ground.Dry ? Straw : new Rgbn(0.08f, 0.16f, 0.06f, 0.5f)).Scale(tone * lines);
        }

        if (kind < 0.55)
        {
            return (plan.Ground.Dry ? Straw.Scale(0.9f) : Grass).Scale(tone);
        }

        if (kind < 0.75)
        {
            return Soil.Scale(tone);
        }

        var crowns = noise.Fbm(x, y, 3, 3);
        return Scrub.Scale(0.6f + (1.1f * crowns));
    }

    private Rgbn Paving(GroundPatch patch, double a, double c, double x, double y)
    {
        var wear = 0.9f + (0.2f * noise.Fbm(x, y, 3, 2));
        var paint = Rgbn.Gray(0.6f);
        return patch.Kind switch
        {
            PatchKind.Road when Math.Abs(c) < 0.08 && ((a % 9) + 9) % 9 < 3 => paint,
            PatchKind.Road when patch.HalfWidth - Math.Abs(c) < 0.35 && patch.HalfWidth - Math.Abs(c) > 0.2 => paint,
            PatchKind.Road => Asphalt.Scale(wear),
            PatchKind.Parking when Math.Abs(((a % 3.5) + 3.5) % 3.5) < 0.1 && Math.Abs(c) > patch.HalfWidth - 6 => paint,
            PatchKind.Parking => Asphalt.Scale(wear * 1.1f),
            PatchKind.Concrete when Math.Abs(((a % 5) + 5) % 5) < 0.05 => Concrete.Scale(0.7f),
            PatchKind.Concrete => Concrete.Scale(wear),
            PatchKind.Platform when patch.HalfWidth - Math.Abs(c) < 0.5 && patch.HalfWidth - Math.Abs(c) > 0.35 => new Rgbn(0.6f, 0.55f, 0.15f, 0.55f),
            PatchKind.Platform => Concrete.Scale(wear * 1.1f),
            _ => new Rgbn(0.28f, 0.25f, 0.21f, 0.3f).Scale(wear),
        };
    }

    private Rgbn Snowy(double x, double y, double dd, Rgbn albedo, bool paved)
    {
        var a = Math.Abs(dd);
        var drift = noise.Fbm(x, y, 4, 3);
        var cover = 0.75 + (0.25 * drift);
        if (a < 1.9)
        {
            // Ploughed tracks are mostly clear; elsewhere the rails melt through as dark lines.
            cover = plan.Weather.Ploughed ? (a < 1.4 ? 0.15 + (0.3 * drift) : 0.95) : Math.Abs(a - HalfGauge) < 0.1 ? 0.3 : cover;
        }
        else if (paved && drift < 0.6)
        {
            cover = 0.25; // cleared paving
        }

        return Rgbn.Mix(albedo, Snow, (float)Math.Clamp(cover, 0, 1));
    }
}
