namespace RailWatch.ThirdScenes.Bench.Cars;

internal enum CarKind
{
    Boxcar,
    CoveredHopper,
    TankCar,
    Gondola,
    ContainerFlat,
    Coach,
}

internal enum GondolaLoad
{
    Empty,
    Coal,
    Ore,
    Scrap,
}

/// <summary>Sizes of each kind of car: body length, width and height ranges in metres.</summary>
internal static class CarSizes
{
    public static (double Low, double High) Length(CarKind kind) => kind switch
    {
        CarKind.Boxcar => (14, 19),
        CarKind.CoveredHopper => (12, 19),
        CarKind.TankCar => (10, 18),
        CarKind.Gondola => (10, 16),
        CarKind.ContainerFlat => (13, 20),
        _ => (22, 25),
    };

    public static (double Low, double High) Height(CarKind kind) => kind switch
    {
        CarKind.Boxcar => (4.0, 4.5),
        CarKind.CoveredHopper => (4.1, 4.5),
        CarKind.TankCar => (3.7, 4.3),
        CarKind.Gondola => (3.0, 3.6),
        CarKind.ContainerFlat => (3.8, 4.2),
        _ => (4.0, 4.3),
    };
}
