namespace RailWatch.Core.Geometry;

/// <summary>A longitude/latitude bounding box in WGS84 degrees.</summary>
public readonly record struct GeoBounds(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    public static GeoBounds Of(IEnumerable<GeoPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        double minLon = double.PositiveInfinity, minLat = double.PositiveInfinity;
        double maxLon = double.NegativeInfinity, maxLat = double.NegativeInfinity;
        foreach (var p in points)
        {
            minLon = Math.Min(minLon, p.Lon);
            minLat = Math.Min(minLat, p.Lat);
            maxLon = Math.Max(maxLon, p.Lon);
            maxLat = Math.Max(maxLat, p.Lat);
        }

        if (double.IsInfinity(minLon))
        {
            throw new ArgumentException("no points", nameof(points));
        }

        return new GeoBounds(minLon, minLat, maxLon, maxLat);
    }

    public GeoPoint Center => new((MinLon + MaxLon) / 2, (MinLat + MaxLat) / 2);

    /// <summary>This box grown by <paramref name="metres"/> on every side.</summary>
    public GeoBounds Expand(double metres)
    {
        var dLat = metres / LocalMetricFrame.MetresPerDegreeLatitude;
        var dLon = metres / (LocalMetricFrame.MetresPerDegreeLatitude * Math.Cos(Center.Lat * Math.PI / 180));
        return new GeoBounds(MinLon - dLon, MinLat - dLat, MaxLon + dLon, MaxLat + dLat);
    }

    public bool Intersects(GeoBounds other) =>
        MinLon <= other.MaxLon && other.MinLon <= MaxLon && MinLat <= other.MaxLat && other.MinLat <= MaxLat;

    public IReadOnlyList<GeoPoint> Corners =>
        [new(MinLon, MinLat), new(MaxLon, MinLat), new(MaxLon, MaxLat), new(MinLon, MaxLat)];
}
