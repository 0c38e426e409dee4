namespace RailWatch.Synth;

/// <summary>What an open or flat car carries.</summary>
internal enum CarLoad
{
    None,
    Coal,
    Ore,
    Scrap,
    Gravel,
    Timber,
    Containers,
}

/// <summary>A container on a flatcar: its extent along the car (metres from the car's centre), colour and height.</summary>
internal readonly record struct Container(double From, double To, Rgbn Colour, double Height);
