namespace RailWatch.Synth;

/// <summary>
/// Rolling stock and beds beyond the catalogue's usual looks: paint of any tone from near-black to pale grey with a
/// slight tint, often one paint for a whole cut, plain roofs with little grime, and ballast up to fresh, bright
/// granite. Dark cars on light beds, which the catalogue's paints and beds rarely pair, are common.
/// </summary>
internal sealed class StockVariety(Random rng)
{
    /// <summary>The ground of the scene with its ballast and yard bed redrawn from dark to bright.</summary>
    public GroundStyle Ground(GroundStyle ground)
    {
        var tone = (float)(0.28 + (rng.NextDouble() * 0.42));
        var scale = tone / Math.Max(0.05f, Luminance(ground.Ballast));
        return ground with { Ballast = ground.Ballast * scale, YardBed = ground.YardBed * scale };
    }

    /// <summary>The cut repainted: one paint for all its cars half the time, else one per car; grime reduced.</summary>
    public List<RailcarSpec> Restyle(List<RailcarSpec> cut)
    {
        var shared = rng.NextDouble() < 0.5 ? Paint() : (Rgbn?)null;
        var plain = rng.NextDouble() < 0.5;
        return [.. cut.Select(spec => spec.Type == CarType.Locomotive ? spec : spec with
        {
            Body = shared ?? Paint(),
            Dirt = plain ? spec.Dirt * 0.25 : spec.Dirt,
        })];
    }

    /// <summary>A tone from near-black to pale grey (dark ones most often) with a slight warm or cool tint.</summary>
    private Rgbn Paint()
    {
        var u = rng.NextDouble();
        var tone = u < 0.45 ? 0.04 + (rng.NextDouble() * 0.16) : u < 0.75 ? 0.2 + (rng.NextDouble() * 0.25) : 0.45 + (rng.NextDouble() * 0.35);
        var warm = (float)((rng.NextDouble() - 0.5) * 0.3);
        var t = (float)tone;
        return Rgbn.Rgb(t * (1 + warm), t, t * (1 - warm));
    }

    private static float Luminance(Rgbn c) => (c.R + c.G + c.B) / 3;
}
