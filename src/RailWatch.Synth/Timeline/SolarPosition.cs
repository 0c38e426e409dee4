using RailWatch.Core.Geometry;

namespace RailWatch.Synth;

/// <summary>Approximate sun position (declination and hour angle; within about a degree), enough for shadows.</summary>
public static class SolarPosition
{
    /// <summary>Sun azimuth (degrees clockwise from north) and elevation (degrees) at a place and time.</summary>
    public static (double AzimuthDegrees, double ElevationDegrees) At(GeoPoint place, DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var n = utc.DayOfYear;
        var decl = 23.44 * Math.Sin(2 * Math.PI * (284 + n) / 365.0) * Math.PI / 180;
        var solarHours = utc.TimeOfDay.TotalHours + (place.Lon / 15);
        var h = 15 * (solarHours - 12) * Math.PI / 180;
        var phi = place.Lat * Math.PI / 180;
        var sinEl = (Math.Sin(phi) * Math.Sin(decl)) + (Math.Cos(phi) * Math.Cos(decl) * Math.Cos(h));
        var el = Math.Asin(Math.Clamp(sinEl, -1, 1)) * 180 / Math.PI;
        var az = (Math.Atan2(Math.Sin(h), (Math.Cos(h) * Math.Sin(phi)) - (Math.Tan(decl) * Math.Cos(phi))) * 180 / Math.PI) + 180;
        return (((az % 360) + 360) % 360, el);
    }
}
