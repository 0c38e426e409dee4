using System.Globalization;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Geo.Native;
using RailWatch.Geo.Transforms;

namespace RailWatch.Geo.Opening;

/// <summary>Reads a <see cref="RasterInfo"/> from an opened source.</summary>
internal static class RasterInfoReader
{
    private const int FootprintPointsPerEdge = 16;

    public static RasterInfo Read(string path, RasterSource source)
    {
        var ds = source.Dataset;
        var width = NativeMethods.GDALGetRasterXSize(ds);
        var height = NativeMethods.GDALGetRasterYSize(ds);
        var datasetMetadata = RasterSource.Metadata(source.File.DangerousGetHandle());
        var bands = ReadBands(ds, datasetMetadata);

        double? gsd = null;
        IReadOnlyList<GeoPoint> footprint = [];
        GeoBounds? bounds = null;
        if (source.Crs is { } crs)
        {
            gsd = GridGeoreference.Create(crs, source.Transform, width, height).GsdMetres;
            footprint = Footprint(crs, source.Transform, width, height);
            bounds = footprint.Count > 0 ? GeoBounds.Of(footprint) : null;
        }

        GdalError.Reset();
        return new RasterInfo
        {
            Path = path,
            Driver = source.Driver,
            Width = width,
            Height = height,
            Crs = source.Crs,
            Transform = source.Transform,
            Bands = bands,
            GsdMetres = gsd is { } g && double.IsFinite(g) ? g : null,
            FootprintWgs84 = footprint,
            BoundsWgs84 = bounds,
            Metadata = datasetMetadata,
            GeoreferencingMethod = source.Method,
        };
    }

    /// <summary>The outline of a grid in WGS84: points along its four edges, counter-clockwise on the ground for north-up grids.</summary>
    public static List<GeoPoint> Footprint(CrsInfo crs, GeoTransform transform, int width, int height)
    {
        // Pixel rows grow southwards, so walking (0,H) → (W,H) → (W,0) → (0,0) is counter-clockwise on the ground.
        var ring = Footprints.Ring(0, height, width, 0, FootprintPointsPerEdge);
        var xs = new double[ring.Count];
        var ys = new double[ring.Count];
        for (var i = 0; i < ring.Count; i++)
        {
            (xs[i], ys[i]) = transform.ToWorld(ring[i].X, ring[i].Y);
        }

        using var toWgs84 = CoordinateTransformer.ToWgs84(crs.Wkt);
        var ok = toWgs84.TransformMany(xs, ys);
        var points = new List<GeoPoint>(ring.Count);
        for (var i = 0; i < ring.Count; i++)
        {
            if (ok[i])
            {
                points.Add(new GeoPoint(xs[i], ys[i]));
            }
        }

        return points;
    }

    private static List<BandInfo> ReadBands(DatasetHandle ds, Dictionary<string, string> datasetMetadata)
    {
        var count = NativeMethods.GDALGetRasterCount(ds);
        var raw = new List<(nint Band, GdalColorInterp Interp, string? Description)>();
        for (var i = 1; i <= count; i++)
        {
            var band = RasterSource.Band(ds, i);
            raw.Add((band, NativeMethods.GDALGetRasterColorInterpretation(band), RasterSource.Description(band)));
        }

        var roles = BandRoles.Refine(raw.Select(b => BandRoles.FromInterpretation(b.Interp, b.Description)).ToList());
        var result = new List<BandInfo>(count);
        for (var i = 0; i < count; i++)
        {
            var band = raw[i].Band;
            var type = NativeMethods.GDALGetRasterDataType(band);
            var noData = NativeMethods.GDALGetRasterNoDataValue(band, out var hasNoData);
            NativeMethods.GDALGetBlockSize(band, out var bw, out var bh);
            result.Add(new BandInfo(
                i + 1,
                roles[i],
                NativeMethods.Str(NativeMethods.GDALGetColorInterpretationName(raw[i].Interp)) ?? "Undefined",
                NativeMethods.Str(NativeMethods.GDALGetDataTypeName(type)) ?? "Unknown",
                hasNoData != 0 ? noData : null,
                raw[i].Description,
                bw,
                bh,
                NativeMethods.GDALGetOverviewCount(band))
            {
                WhiteLevel = WhiteLevel(band, type, datasetMetadata),
            });
        }

        return result;
    }

    private static double WhiteLevel(nint band, GdalDataType type, Dictionary<string, string> datasetMetadata)
    {
        if (Number(NativeMethods.Str(NativeMethods.GDALGetMetadataItem(band, "WHITE_LEVEL", null))) is { } bandWhite)
        {
            return bandWhite;
        }

        if (datasetMetadata.TryGetValue("WHITE_LEVEL", out var text) && Number(text) is { } datasetWhite)
        {
            return datasetWhite;
        }

        if (type != GdalDataType.Byte
            && Number(NativeMethods.Str(NativeMethods.GDALGetMetadataItem(band, "NBITS", "IMAGE_STRUCTURE"))) is { } bits and > 0 and < 32)
        {
            return Math.Pow(2, bits) - 1;
        }

        var scale = NativeMethods.GDALGetRasterScale(band, out var hasScale);
        if (hasScale != 0 && scale is > 0 and < 1)
        {
            return Math.Round(1 / scale);
        }

        return type switch
        {
            GdalDataType.Byte => 255,
            GdalDataType.UInt16 or GdalDataType.UInt32 or GdalDataType.Int32 => 65535,
            GdalDataType.Int16 => 32767,
            _ => 1,
        };
    }

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
