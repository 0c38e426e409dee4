using RailWatch.Core.Imaging;
using RailWatch.Geo.Native;
using RailWatch.Geo.Opening;

namespace RailWatch.Geo.Reading;

/// <summary>
/// Reads a box of pixels (which may stick out of the raster) into managed planes. Only the part inside the raster is
/// read, through GDALDatasetRasterIOEx on that window, so GDAL fetches only the blocks it covers; a reduced output
/// size makes GDAL read from overviews. Pixels outside the raster, nodata, masked or NaN are invalid.
/// </summary>
internal static unsafe class PixelReader
{
    private const int StripRows = 256;

    /// <param name="box">The requested box in whole native pixels (may extend beyond the raster).</param>
    /// <param name="scale">Native pixels per output pixel (1 or more).</param>
    public static RasterImage Read(
        DatasetHandle ds, string subject, RasterInfo info, CrsInfo crs, GeoTransform transform,
        (int X0, int Y0, int X1, int Y1) box, double scale, IReadOnlyList<int> bands, CancellationToken cancellationToken)
    {
        var width = info.Width;
        var height = info.Height;
        var outW = Math.Max(1, (int)Math.Round((box.X1 - box.X0) / scale));
        var outH = Math.Max(1, (int)Math.Round((box.Y1 - box.Y0) / scale));
        var sx = (double)(box.X1 - box.X0) / outW;
        var sy = (double)(box.Y1 - box.Y0) / outH;

        // Output pixels whose centre falls inside the raster.
        var ox0 = Math.Clamp((int)Math.Ceiling((-box.X0 / sx) - 0.5), 0, outW);
        var ox1 = Math.Clamp((int)Math.Ceiling(((width - box.X0) / sx) - 0.5), 0, outW);
        var oy0 = Math.Clamp((int)Math.Ceiling((-box.Y0 / sy) - 0.5), 0, outH);
        var oy1 = Math.Clamp((int)Math.Ceiling(((height - box.Y0) / sy) - 0.5), 0, outH);

        var planes = bands.Select(_ => new float[outW * outH]).ToArray();
        var valid = new bool[outW * outH];
        var bandMap = bands.ToArray();
        var masks = MaskPlan(ds, bandMap);
        var isFloat = bands.Any(b => info.Bands[b - 1].DataType.StartsWith("Float", StringComparison.Ordinal));
        var resample = scale > 1.0001 ? GdalConstants.ResampleAverage : GdalConstants.ResampleNearest;

        if (ox1 > ox0 && oy1 > oy0)
        {
            var bw = ox1 - ox0;
            var fx0 = Math.Clamp(box.X0 + (ox0 * sx), 0, width);
            var fx1 = Math.Clamp(box.X0 + (ox1 * sx), 0, width);
            for (var oy = oy0; oy < oy1; oy += StripRows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var oyEnd = Math.Min(oy1, oy + StripRows);
                var bh = oyEnd - oy;
                var fy0 = Math.Clamp(box.Y0 + (oy * sy), 0, height);
                var fy1 = Math.Clamp(box.Y0 + (oyEnd * sy), 0, height);
                var window = new Window(fx0, fy0, fx1, fy1, bw, bh);

                var buffer = new float[bandMap.Length * bw * bh];
                ReadData(ds, subject, window, bandMap, buffer, resample);
                var stripValid = ReadMask(subject, window, masks);
                for (var b = 0; b < bandMap.Length; b++)
                {
                    for (var r = 0; r < bh; r++)
                    {
                        Array.Copy(buffer, (b * bw * bh) + (r * bw), planes[b], ((oy + r) * outW) + ox0, bw);
                    }
                }

                for (var r = 0; r < bh; r++)
                {
                    for (var c = 0; c < bw; c++)
                    {
                        var ok = stripValid is null || stripValid[(r * bw) + c];
                        if (ok && isFloat)
                        {
                            for (var b = 0; b < bandMap.Length && ok; b++)
                            {
                                ok = !float.IsNaN(buffer[(b * bw * bh) + (r * bw) + c]);
                            }
                        }

                        valid[((oy + r) * outW) + ox0 + c] = ok;
                    }
                }
            }
        }

        var roles = bands.Select(b => info.Bands[b - 1].Role).ToList();
        var white = bands.Select(b => info.Bands[b - 1]).Where(b => b.Role != BandRole.Alpha).Select(b => b.WhiteLevel).DefaultIfEmpty(255).Max();
        var georeference = GridGeoreference.Create(crs, transform.Window(box.X0, box.Y0, sx, sy), outW, outH);
        return new RasterImage(outW, outH, planes, roles, georeference, valid.All(v => v) ? null : valid, white);
    }

    private readonly record struct Window(double X0, double Y0, double X1, double Y1, int BufferWidth, int BufferHeight)
    {
        public int XOff => (int)Math.Floor(X0);

        public int YOff => (int)Math.Floor(Y0);

        public int XSize => Math.Max(1, (int)Math.Ceiling(X1) - XOff);

        public int YSize => Math.Max(1, (int)Math.Ceiling(Y1) - YOff);

        public RasterIOExtraArg Extra(int resample)
        {
            var extra = RasterIOExtraArg.Create(resample);
            extra.FloatingPointWindowValidity = 1;
            extra.XOff = X0;
            extra.YOff = Y0;
            extra.XSize = X1 - X0;
            extra.YSize = Y1 - Y0;
            return extra;
        }
    }

    private static void ReadData(DatasetHandle ds, string subject, Window w, int[] bandMap, float[] buffer, int resample)
    {
        var extra = w.Extra(resample);
        var plane = (long)w.BufferWidth * w.BufferHeight * sizeof(float);
        GdalError.Reset();
        fixed (float* p = buffer)
        {
            var err = NativeMethods.GDALDatasetRasterIOEx(
                ds, GdalConstants.Read, w.XOff, w.YOff, w.XSize, w.YSize, (nint)p, w.BufferWidth, w.BufferHeight,
                GdalDataType.Float32, bandMap.Length, bandMap, sizeof(float), (long)w.BufferWidth * sizeof(float), plane, ref extra);
            GdalError.Check(err, subject, "reading pixels");
        }
    }

    /// <summary>Which mask bands decide validity: none (all valid), the one per-dataset mask, or one per band.</summary>
    private static nint[] MaskPlan(DatasetHandle ds, int[] bandMap)
    {
        var masks = new List<nint>();
        foreach (var index in bandMap)
        {
            var band = RasterSource.Band(ds, index);
            var flags = NativeMethods.GDALGetMaskFlags(band);
            if ((flags & GdalConstants.MaskAllValid) != 0)
            {
                continue;
            }

            masks.Add(NativeMethods.GDALGetMaskBand(band));
            if ((flags & GdalConstants.MaskPerDataset) != 0)
            {
                return [masks[^1]];
            }
        }

        return [.. masks];
    }

    private static bool[]? ReadMask(string subject, Window w, nint[] masks)
    {
        if (masks.Length == 0)
        {
            return null;
        }

        var n = w.BufferWidth * w.BufferHeight;
        var valid = Enumerable.Repeat(true, n).ToArray();
        var bytes = new byte[n];
        foreach (var mask in masks)
        {
            var extra = w.Extra(GdalConstants.ResampleNearest);
            GdalError.Reset();
            fixed (byte* p = bytes)
            {
                var err = NativeMethods.GDALRasterIOEx(
                    mask, GdalConstants.Read, w.XOff, w.YOff, w.XSize, w.YSize, (nint)p, w.BufferWidth, w.BufferHeight,
                    GdalDataType.Byte, 1, w.BufferWidth, ref extra);
                GdalError.Check(err, subject, "reading the validity mask");
            }

            for (var i = 0; i < n; i++)
            {
                valid[i] &= bytes[i] != 0;
            }
        }

        return valid;
    }
}
