namespace RailWatch.Store;

/// <summary>A car found on a chip: geographic position and, where a preview exists, its place on the preview in pixels.</summary>
public sealed record CarRow(string TrackId, double Lon, double Lat, double LengthMetres, double Score)
{
    public ChipCar? OnPreview { get; init; }
}
