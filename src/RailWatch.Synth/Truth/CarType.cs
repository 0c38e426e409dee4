namespace RailWatch.Synth;

/// <summary>Railcar types the renderer draws, each with its own size range and look.</summary>
public enum CarType
{
    /// <summary>Closed car, flat ribbed roof, 15–17 m.</summary>
    Boxcar,

    /// <summary>Cylindrical tank, 12–18 m, shaded like a cylinder.</summary>
    TankCar,

    /// <summary>Open-top gondola or ore car, 12–15 m, empty or loaded (coal, ore, scrap, timber, gravel).</summary>
    Gondola,

    /// <summary>Covered or open hopper, 12–15 m.</summary>
    Hopper,

    /// <summary>Flatcar, 13–19 m, empty or carrying containers.</summary>
    Flatcar,

    /// <summary>Locomotive, 18–22 m.</summary>
    Locomotive,
}
