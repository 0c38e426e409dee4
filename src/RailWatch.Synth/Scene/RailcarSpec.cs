namespace RailWatch.Synth;

/// <summary>The size and look of one railcar, drawn from <see cref="CarCatalog"/>.</summary>
internal sealed record RailcarSpec
{
    public required CarType Type { get; init; }

    public required double Length { get; init; }

    public required double Width { get; init; }

    public required double Height { get; init; }

    public double DeckHeight { get; init; } = 1.3;

    public required Rgbn Body { get; init; }

    public Rgbn LoadColour { get; init; }

    public CarLoad Load { get; init; }

    public IReadOnlyList<Container> Containers { get; init; } = [];

    public required int Seed { get; init; }

    /// <summary>Amplitude of grime and rust streaks (0–0.4).</summary>
    public double Dirt { get; init; }

    /// <summary>Snow on the roof or load (0: none, 1: covered).</summary>
    public double Snow { get; init; }

    public double Gloss { get; init; }

    public int Variant { get; init; }

    public int Heaps { get; init; } = 2;
}
