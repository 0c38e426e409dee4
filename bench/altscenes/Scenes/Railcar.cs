namespace RailWatch.AltScenes.Bench.Scenes;

internal enum CarType
{
    Boxcar,
    Tank,
    Hopper,
    Flat,
    Gondola,
}

/// <summary>What an open car (gondola or open hopper) carries, seen from above.</summary>
internal enum OpenLoad
{
    Empty,
    Coal,
    Scrap,
    Stone,
}

/// <summary>A container on a flatcar: centre along the car (metres from the car's centre), length, colour, top height.</summary>
internal sealed record Container(double Along, double Length, Rgbn Colour, double Top);

/// <summary>
/// One railcar standing on a yard track. Position in local metres (true), direction of the car's long axis, body
/// dimensions, and what its top looks like.
/// </summary>
internal sealed record Railcar
{
    public required int Index { get; init; }

    public required string TrackId { get; init; }

    public required CarType Type { get; init; }

    public required double CentreE { get; init; }

    public required double CentreN { get; init; }

    public required double DirE { get; init; }

    public required double DirN { get; init; }

    public required double Length { get; init; }

    public required double Width { get; init; }

    /// <summary>Height of the car's top above the rails (a flatcar's deck).</summary>
    public required double Height { get; init; }

    public required Rgbn Body { get; init; }

    public required Rgbn Roof { get; init; }

    public bool SnowOnRoof { get; init; }

    /// <summary>Hoppers only: a closed roof with a hatch line (true) or an open top (false).</summary>
    public bool Covered { get; init; } = true;

    public OpenLoad Load { get; init; }

    /// <summary>Depth of an open car's load below its rim.</summary>
    public double InteriorDepth { get; init; }

    public IReadOnlyList<Container> Containers { get; init; } = [];

    /// <summary>Seeds the car's own grime and panel pattern.</summary>
    public int PatternSeed { get; init; }
}
