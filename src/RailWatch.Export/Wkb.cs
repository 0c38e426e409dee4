using System.Buffers.Binary;
using RailWatch.Core.Geometry;

namespace RailWatch.Export;

/// <summary>Well-Known Binary (ISO/OGC), little-endian.</summary>
public static class Wkb
{
    public static byte[] Point(GeoPoint p)
    {
        var bytes = new byte[21];
        bytes[0] = 1; // little-endian
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1), 1); // wkbPoint
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(5), p.Lon);
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(13), p.Lat);
        return bytes;
    }
}
