namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>A building: an oriented box with a flat or gabled roof (ridge along its length).</summary>
internal sealed record Building(double E, double N, double DirE, double DirN, double Length, double Width, double Height, Rgbn Roof, bool Gabled);

/// <summary>A tree crown, seen from above as a disc, from <see cref="CrownBase"/> up to <see cref="Height"/>.</summary>
internal sealed record Tree(double E, double N, double Radius, double Height, double CrownBase, Rgbn Crown);

/// <summary>A thin vertical pole: catenary mast or light mast.</summary>
internal sealed record Pole(double E, double N, double Size, double Height, Rgbn Colour);

/// <summary>A thin horizontal member in the air: a catenary portal beam, a cantilever arm, a lamp head.</summary>
internal sealed record Beam(double E0, double N0, double E1, double N1, double Width, double Bottom, double Top, Rgbn Colour);

/// <summary>A road along the bundle (at offset <see cref="Position"/>) or across it (at arc length <see cref="Position"/>).</summary>
internal sealed record Road(bool AlongBundle, double Position, double Width, Rgbn Surface);

internal enum CoverKind
{
    Grass,
    Field,
    Soil,
    GravelLot,
    Scrub,
    Paved,
}

/// <summary>The land around the yard: a patchwork of cells of different cover, each about <see cref="CellSize"/> across.</summary>
internal sealed record LandCover(double CellSize, int Seed, IReadOnlyList<(CoverKind Kind, double Weight)> Kinds);

internal sealed record Surroundings(
    IReadOnlyList<Building> Buildings,
    IReadOnlyList<Tree> Trees,
    IReadOnlyList<Pole> Poles,
    IReadOnlyList<Beam> Beams,
    IReadOnlyList<Road> Roads,
    LandCover Land);
