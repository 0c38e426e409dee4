using RailWatch.Core.Geometry;

namespace RailWatch.AltScenes.Bench.Truth;

/// <summary>
/// One car as it truly is: length and width, centre in WGS84, the share of its footprint inside the image, the cloud opacity over its
/// centre, and whether it counts as visible (at least half inside and cloud opacity under 0.5).
/// </summary>
internal sealed record TruthCar(int Index, string TrackId, string Type, double LengthMetres, double WidthMetres, GeoPoint Center, double InsideShare, double CloudOpacity, bool Visible);

/// <summary>
/// What the counter should find: the visible cars, and the share of the tracks' centre-line length inside the image
/// and under cloud opacity below 0.5.
/// </summary>
internal sealed record SceneTruth(int VisibleCount, double ObservedFraction, double CloudShare, IReadOnlyList<TruthCar> Cars);
