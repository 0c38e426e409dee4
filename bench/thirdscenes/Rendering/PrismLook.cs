namespace RailWatch.ThirdScenes.Bench.Rendering;

/// <summary>What a surface reflects and how it faces the light: albedo, the share of direct sun it gets (cosine of
/// incidence, 0 when it faces away or is self-shadowed) and the share of sky it sees.</summary>
internal readonly record struct Surface(Rgbn Albedo, float Direct, float Sky);

/// <summary>How one prism looks: its top in its own along/across metres, and its walls.</summary>
internal abstract class PrismLook
{
    public abstract Surface Top(Prism prism, double along, double across, SunView sun);

    /// <summary>A wall's albedo at a point: <paramref name="position"/> metres along the wall, <paramref name="height"/> above the prism's base.</summary>
    public abstract Rgbn Wall(Prism prism, Face face, double position, double height);
}
