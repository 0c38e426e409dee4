using System.Globalization;
using RailWatch.Core.Imaging;
using RailWatch.Geo.Native;
using RailWatch.Geo.Opening;

namespace RailWatch.Geo.Warping;

/// <summary>
/// Resamples a raster onto a target grid with GDAL's warper (the gdalwarp library entry point, GDALWarp) into an
/// in-memory dataset with an alpha band: source nodata, masks and alpha are honoured, pixels the source does not
/// cover come back invalid, and overviews are used when the target is coarser.
/// </summary>
internal static unsafe class Warper
{
    public static RasterImage Warp(DatasetHandle source, string subject, RasterInfo info, TargetGrid grid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (!grid.Transform.IsNorthUp || grid.Transform.PixelWidth <= 0 || grid.Transform.PixelHeight >= 0)
        {
            throw new ArgumentException("the target grid must be north-up (no rotation, positive pixel width, negative pixel height)", nameof(grid));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(grid.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(grid.Height);
        cancellationToken.ThrowIfCancellationRequested();

        var t = grid.Transform;
        var (right, bottom) = t.ToWorld(grid.Width, grid.Height);
        string[] args =
        [
            "-of", "MEM",
            "-t_srs", grid.Crs,
            "-te", N(t.OriginX), N(bottom), N(right), N(t.OriginY),
            "-ts", N(grid.Width), N(grid.Height),
            "-r", "bilinear",
            "-dstalpha",
            "-et", "0.05",
            "-wo", "SAMPLE_GRID=YES",
        ];

        using var argv = new StringList(args);
        using var progress = new GdalProgress(cancellationToken);
        var options = NativeMethods.GDALWarpAppOptionsNew(argv.Pointer, 0);
        if (options == 0)
        {
            throw GdalError.Fail(subject, "invalid warp options");
        }

        DatasetHandle result;
        var added = false;
        try
        {
            NativeMethods.GDALWarpAppOptionsSetProgress(options, GdalProgress.Function, progress.Data);
            source.DangerousAddRef(ref added);
            var sources = source.DangerousGetHandle();
            GdalError.Reset();
            var warped = NativeMethods.GDALWarp(string.Empty, 0, 1, ref sources, options, out _);
            if (cancellationToken.IsCancellationRequested)
            {
                if (warped != 0)
                {
                    DatasetHandle.Own(warped).Dispose();
                }

                cancellationToken.ThrowIfCancellationRequested();
            }

            result = DatasetHandle.Own(GdalError.CheckHandle(warped, subject, "warping"));
        }
        finally
        {
            if (added)
            {
                source.DangerousRelease();
            }

            NativeMethods.GDALWarpAppOptionsFree(options);
        }

        using (result)
        {
            return ReadWarped(result, subject, info, grid);
        }
    }

    private static RasterImage ReadWarped(DatasetHandle ds, string subject, RasterInfo info, TargetGrid grid)
    {
        var count = NativeMethods.GDALGetRasterCount(ds);
        var w = grid.Width;
        var h = grid.Height;
        var buffer = new float[count * w * h];
        int[] bandMap = [.. Enumerable.Range(1, count)];
        var extra = RasterIOExtraArg.Create(GdalConstants.ResampleNearest);
        GdalError.Reset();
        fixed (float* p = buffer)
        {
            var err = NativeMethods.GDALDatasetRasterIOEx(
                ds, GdalConstants.Read, 0, 0, w, h, (nint)p, w, h, GdalDataType.Float32, count, bandMap,
                sizeof(float), (long)w * sizeof(float), (long)w * h * sizeof(float), ref extra);
            GdalError.Check(err, subject, "reading the warped pixels");
        }

        // gdalwarp drops a source alpha band (it becomes the validity) and appends the destination alpha last.
        var sourceBands = info.Bands.Where(b => b.Role != BandRole.Alpha).ToList();
        if (sourceBands.Count != count - 1)
        {
            sourceBands = [.. info.Bands.Take(count - 1)];
        }

        var planes = new List<float[]>(count - 1);
        for (var b = 0; b < count - 1; b++)
        {
            planes.Add(buffer.AsSpan(b * w * h, w * h).ToArray());
        }

        var alpha = buffer.AsSpan((count - 1) * w * h, w * h);
        var valid = new bool[w * h];
        var all = true;
        for (var i = 0; i < valid.Length; i++)
        {
            valid[i] = alpha[i] > 0;
            all &= valid[i];
        }

        var white = sourceBands.Select(b => b.WhiteLevel).DefaultIfEmpty(255).Max();
        return new RasterImage(w, h, planes, sourceBands.Select(b => b.Role).ToList(), grid.Georeference(), all ? null : valid, white);
    }

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
