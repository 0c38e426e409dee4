using RailWatch.Core.Geometry;

namespace RailWatch.Core.Labels;

/// <summary>The truth of one labelled scene as calibration and evaluation need it.</summary>
public sealed record SceneLabel(string Name, double GsdMetres, int VisibleCount, IReadOnlyList<GeoPoint> VisibleCarCentres)
{
    /// <summary>Cars that are partly visible (truth may count them either way); matches to them are neither hits nor false alarms.</summary>
    public IReadOnlyList<GeoPoint> AmbiguousCarCentres { get; init; } = [];

    /// <summary>Words describing the scene's conditions (season, sensor, clouds…), for reports.</summary>
    public string Conditions { get; init; } = string.Empty;

    /// <summary>Every car in the scene with its footprint, for training the classifiers (empty where unknown).</summary>
    public IReadOnlyList<LabelledCar> Cars { get; init; } = [];

    /// <summary>The image's true georeferencing error (east, north, metres): file position minus true position.</summary>
    public (double East, double North) TrueShiftMetres { get; init; }
}

/// <summary>One true car: the track it stands on, its centre in true WGS84 coordinates and its footprint.</summary>
public sealed record LabelledCar(string TrackId, GeoPoint Centre, double LengthMetres, double WidthMetres, bool Visible);
