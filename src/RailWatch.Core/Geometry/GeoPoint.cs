namespace RailWatch.Core.Geometry;

/// <summary>A WGS84 position in GeoJSON order: longitude then latitude, in degrees.</summary>
public readonly record struct GeoPoint(double Lon, double Lat)
{
    public bool IsInWgs84Range => Lon is >= -180 and <= 180 && Lat is >= -90 and <= 90 && double.IsFinite(Lon) && double.IsFinite(Lat);

    public override string ToString() => FormattableString.Invariant($"({Lon:F7}, {Lat:F7})");
}
