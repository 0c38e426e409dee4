using RailWatch.Core.Geometry;

namespace RailWatch.Core.Counting;

/// <summary>One railcar found on a track, its centre in true WGS84 coordinates (after registration).</summary>
public sealed record CarDetection(string TrackId, GeoPoint Center, double LengthMetres, double Score);
