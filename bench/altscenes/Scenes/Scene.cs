using RailWatch.Core.Geometry;

namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>
/// Everything one seed draws: where the yard is on Earth (<see cref="Origin"/> is local (0, 0)), the image's grid,
/// the error of the georeference the image will claim, the yard, its cars, its surroundings and the look.
/// </summary>
internal sealed record Scene(
    int Seed,
    double Gsd,
    int Supersample,
    GeoPoint Origin,
    ImageWindow Window,
    (double East, double North) GeoError,
    YardLayout Layout,
    IReadOnlyList<Railcar> Cars,
    Surroundings Surroundings,
    SceneLook Look);
