using RailWatch.Core.Errors;

namespace RailWatch.Geo;

/// <summary>GDAL could not open, read or write a raster; the message is "PATH: GDAL's own message" (exit 65).</summary>
public sealed class GdalException : BadDataException
{
    public GdalException(string message, int gdalErrorNumber)
        : base(message) => GdalErrorNumber = gdalErrorNumber;

    public GdalException()
        : this("GDAL error", 0)
    {
    }

    public GdalException(string message)
        : this(message, 0)
    {
    }

    public GdalException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>GDAL's CPLErrorNum (e.g. 4 for "open failed"), 0 when unknown.</summary>
    public int GdalErrorNumber { get; }
}
