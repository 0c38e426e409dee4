using RailWatch.Core.Counting;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.Ingest;
using RailWatch.Store;
using RailWatch.Vision;

namespace RailWatch.Cli.Nightly;

/// <summary>
/// One scene of one yard, start to end: fetch the yard's chip, count the railcars on it, write a PNG preview at the chip's resolution for
/// review, and store everything in one transaction. Nothing is stored unless every step succeeded.
/// </summary>
internal sealed class ScenePipeline(RailWatchStore store, RailcarCounter counter, double marginMetres, StageClock clock)
{
    public async Task<YardCount> ProcessAsync(ISceneSource source, SceneRef scene, Yard yard, long runId, CancellationToken cancellationToken)
    {
        var stem = ChipName(scene);
        var folder = Path.Combine(store.ChipDirectory, SafeName(yard.Id));
        Directory.CreateDirectory(folder);
        var chipPath = Path.Combine(folder, stem + ".tif");
        var previewPath = Path.Combine(folder, stem + ".png");

        var chip = await clock.MeasureAsync("fetch_chip", () => source.FetchChipAsync(scene, yard, chipPath, cancellationToken)).ConfigureAwait(false);
        var image = clock.Measure("read_chip", () =>
        {
            using var raster = GeoRaster.Open(chip.Path, cancellationToken: cancellationToken);
            return raster.ReadWindow(yard.Bounds, new ReadWindowOptions { MarginMetres = marginMetres }, cancellationToken);
        });
        var count = clock.Measure("count", () => counter.Count(image, yard, ct: cancellationToken) with { Image = chip.Path });
        clock.Measure("preview", () =>
        {
            RasterWriter.WritePng(previewPath, image, new PngWriteOptions { TransparentInvalid = true }, cancellationToken);
            return true;
        });
        var cars = count.Cars.Select(car => OnPreview(car, count.ShiftMetres, yard, image.Georeference)).ToList();
        var stored = scene with
        {
            GsdMetres = chip.GsdMetres,
            Sensor = scene.Sensor ?? chip.Sensor,
            Source = scene.Source ?? source.Name,
        };
        clock.Measure("store", () => store.SaveObservation(new SceneObservation(
            yard.Id,
            stored,
            new ChipFiles(chip.Path, previewPath, image.Width, image.Height, cars),
            count,
            runId)));
        return count;
    }

    /// <summary>A file name for a scene's chip that is stable across runs and safe on any file system.</summary>
    internal static string ChipName(SceneRef scene) => SafeName($"{scene.Provider}_{scene.SceneId}");

    internal static string SafeName(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        var safe = new string(chars).Trim('.');
        return safe.Length <= 120 ? safe : safe[..80] + "_" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..16];
    }

    /// <summary>
    /// Where a car found by the counter lies on the preview: its true centre moved by the registration shift back
    /// into the image's own (misregistered) georeference, with the track's direction there.
    /// </summary>
    private static ChipCar OnPreview(CarDetection car, (double East, double North) shift, Yard yard, IPixelGeoreference georeference)
    {
        var frame = new LocalMetricFrame(car.Center);
        var inImage = frame.ToGeo(shift.East, shift.North);
        var (column, row) = georeference.ToPixel(inImage);
        var track = yard.Tracks.FirstOrDefault(t => t.Id == car.TrackId);
        var angle = 0.0;
        if (track is not null)
        {
            var (a, b) = NearestSegment(track, car.Center, frame);
            var (c0, r0) = georeference.ToPixel(a);
            var (c1, r1) = georeference.ToPixel(b);
            angle = Math.Atan2(r1 - r0, c1 - c0) * 180 / Math.PI;
        }

        return new ChipCar(column, row, angle, car.LengthMetres / georeference.GsdMetres);
    }

    private static (GeoPoint A, GeoPoint B) NearestSegment(Track track, GeoPoint p, LocalMetricFrame frame)
    {
        var best = (track.Points[0], track.Points[1]);
        var bestDistance = double.PositiveInfinity;
        for (var i = 1; i < track.Points.Count; i++)
        {
            var (ax, ay) = frame.ToMetres(track.Points[i - 1]);
            var (bx, by) = frame.ToMetres(track.Points[i]);
            var dx = bx - ax;
            var dy = by - ay;
            var length2 = (dx * dx) + (dy * dy);
            var t = length2 == 0 ? 0 : Math.Clamp(-((ax * dx) + (ay * dy)) / length2, 0, 1);
            var ex = ax + (t * dx);
            var ey = ay + (t * dy);
            var distance = (ex * ex) + (ey * ey);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = (track.Points[i - 1], track.Points[i]);
            }
        }

        return best;
    }
}
