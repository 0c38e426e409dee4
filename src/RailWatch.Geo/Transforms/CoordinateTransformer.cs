using RailWatch.Geo.Native;
using RailWatch.Geo.Transforms;

namespace RailWatch.Geo;

/// <summary>
/// Transforms points between two CRSs (GIS axis order everywhere: EPSG:4326 is longitude, latitude).
/// Not thread-safe: create one per thread.
/// </summary>
public sealed class CoordinateTransformer : IDisposable
{
    private readonly SpatialReferenceHandle source;
    private readonly SpatialReferenceHandle target;
    private readonly CoordinateTransformationHandle transformation;
    private readonly double[] x = new double[1];
    private readonly double[] y = new double[1];
    private readonly int[] ok = new int[1];

    private CoordinateTransformer(SpatialReferenceHandle source, SpatialReferenceHandle target, CoordinateTransformationHandle transformation, string description)
    {
        this.source = source;
        this.target = target;
        this.transformation = transformation;
        Description = description;
    }

    /// <summary>"FROM → TO", for messages.</summary>
    public string Description { get; }

    /// <summary>A transformer between two CRS definitions ("EPSG:32652", WKT or PROJ strings).</summary>
    public static CoordinateTransformer Create(string fromCrs, string toCrs)
    {
        var from = SpatialReferences.Create(fromCrs);
        SpatialReferenceHandle? to = null;
        try
        {
            to = SpatialReferences.Create(toCrs);
            GdalError.Reset();
            var handle = NativeMethods.OCTNewCoordinateTransformation(from, to);
            if (handle == 0)
            {
                throw GdalError.InvalidArgument("cannot transform between the two CRSs", "no transformation between these CRSs", nameof(toCrs));
            }

            return new CoordinateTransformer(from, to, CoordinateTransformationHandle.Own(handle), $"{Short(fromCrs)} → {Short(toCrs)}");
        }
        catch
        {
            from.Dispose();
            to?.Dispose();
            throw;
        }
    }

    /// <summary>A transformer from WGS84 longitude/latitude into <paramref name="crs"/>.</summary>
    public static CoordinateTransformer FromWgs84(string crs) => Create(SpatialReferences.Wgs84, crs);

    /// <summary>A transformer from <paramref name="crs"/> to WGS84 longitude/latitude.</summary>
    public static CoordinateTransformer ToWgs84(string crs) => Create(crs, SpatialReferences.Wgs84);

    /// <summary>Transforms one point; throws <see cref="InvalidOperationException"/> where the point has no image in the target CRS.</summary>
    public (double X, double Y) Transform(double x, double y) =>
        TryTransform(x, y, out var result) ? result : throw new InvalidOperationException(FormattableString.Invariant($"cannot transform ({x}, {y}) {Description}"));

    public bool TryTransform(double x, double y, out (double X, double Y) result)
    {
        ObjectDisposedException.ThrowIf(transformation.IsClosed, this);
        this.x[0] = x;
        this.y[0] = y;
        ok[0] = 0;
        NativeMethods.OCTTransformEx(transformation, 1, this.x, this.y, 0, ok);
        GdalError.Reset();
        result = (this.x[0], this.y[0]);
        return ok[0] != 0 && double.IsFinite(result.X) && double.IsFinite(result.Y);
    }

    /// <summary>Transforms points in place; returns, per point, whether it transformed.</summary>
    public bool[] TransformMany(double[] xs, double[] ys)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        ObjectDisposedException.ThrowIf(transformation.IsClosed, this);
        if (xs.Length != ys.Length)
        {
            throw new ArgumentException("xs and ys must have the same length", nameof(ys));
        }

        var success = new int[xs.Length];
        if (xs.Length > 0)
        {
            NativeMethods.OCTTransformEx(transformation, xs.Length, xs, ys, 0, success);
            GdalError.Reset();
        }

        var result = new bool[xs.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            result[i] = success[i] != 0 && double.IsFinite(xs[i]) && double.IsFinite(ys[i]);
        }

        return result;
    }

    public void Dispose()
    {
        transformation.Dispose();
        source.Dispose();
        target.Dispose();
    }

    private static string Short(string crs) => crs.Length <= 40 ? crs : "WKT";
}
