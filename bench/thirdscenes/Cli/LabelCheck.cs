using System.Globalization;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Geo;

namespace RailWatch.ThirdScenes.Bench.Cli;

/// <summary>
/// <c>check DIR</c>: reads every label file back with the project's readers (LabelFile, YardFile, GeoRaster) and, for
/// each scene, reports how far the car centres lie from their track's centre line, whether every visible car's centre
/// (moved by the georeference error) falls inside the image, and writes NAME-check.png: the image as read, with a
/// mark where each car should appear (yellow visible, red hidden). Exit 1 when a check fails.
/// </summary>
internal static class LabelCheck
{
    public static int Run(string directory)
    {
        IReadOnlyList<string> files;
        try
        {
            files = LabelFile.In(directory);
        }
        catch (RailWatch.Core.Errors.UsageException e)
        {
            Console.Error.WriteLine($"thirdscenes: {e.Message}");
            return 2;
        }

        var failed = 0;
        foreach (var file in files)
        {
            failed += CheckOne(file) ? 0 : 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} scenes checked, {failed} failed"));
        return failed == 0 ? 0 : 1;
    }

    private static bool CheckOne(string file)
    {
        var scene = LabelFile.Load(file);
        var yard = YardFile.Load(scene.YardPath);
        using var raster = GeoRaster.Open(scene.ImagePath);
        var image = raster.ReadAll();
        var (east, north) = scene.GeoreferenceErrorMetres;
        var worst = 0.0;
        var outside = 0;
        var planes = View(image);
        foreach (var car in scene.Cars)
        {
            var track = yard.Tracks.First(t => t.Id == car.TrackId);
            worst = Math.Max(worst, DistanceToTrack(track, car.Centre));
            var frame = new LocalMetricFrame(car.Centre);
            var (column, row) = image.Georeference.ToPixel(frame.ToGeo(east, north));
            var inside = column >= 0 && row >= 0 && column < image.Width && row < image.Height;
            if (car.Visible && !inside)
            {
                outside++;
            }

            var half = Math.Max(1.5, car.LengthMetres / 2 / image.GsdMetres);
            var (ax, ay) = Direction(track, car.Centre, image, frame, east, north);
            Mark(planes, image.Width, image.Height, column, row, ax * half, ay * half, car.Visible);
        }

        var stem = Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileName(file)[..^LabelFile.Extension.Length]);
        RasterWriter.WritePng(stem + "-check.png", new RasterImage(image.Width, image.Height, planes, [BandRole.Red, BandRole.Green, BandRole.Blue], image.Georeference));
        var ok = worst < 0.05 && outside == 0;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file)}: {scene.Cars.Count} cars, {scene.Cars.Count(c => c.Visible)} visible, {scene.AmbiguousCarCentres.Count} ambiguous; farthest centre from its track {worst:F3} m; visible centres outside the image {outside}; {image.Width}x{image.Height} px, {image.Bands.Count} bands  {(ok ? "ok" : "FAILED")}"));
        return ok;
    }

    private static double DistanceToTrack(Track track, GeoPoint centre)
    {
        var frame = new LocalMetricFrame(centre);
        var points = track.Points.Select(frame.ToMetres).ToList();
        var best = double.PositiveInfinity;
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (points[i - 1], points[i]);
            var (dx, dy) = (b.East - a.East, b.North - a.North);
            var t = Math.Clamp(-((a.East * dx) + (a.North * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
            var (ex, ey) = (a.East + (t * dx), a.North + (t * dy));
            best = Math.Min(best, Math.Sqrt((ex * ex) + (ey * ey)));
        }

        return best;
    }

    /// <summary>The track's direction at the car in image pixels (unit length).</summary>
    private static (double X, double Y) Direction(Track track, GeoPoint centre, RasterImage image, LocalMetricFrame frame, double east, double north)
    {
        var points = track.Points.Select(frame.ToMetres).ToList();
        var nearest = Enumerable.Range(1, points.Count - 1).MinBy(i => Math.Abs(points[i - 1].East + points[i].East) + Math.Abs(points[i - 1].North + points[i].North));
        var (dx, dy) = (points[nearest].East - points[nearest - 1].East, points[nearest].North - points[nearest - 1].North);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        var a = image.Georeference.ToPixel(frame.ToGeo(east, north));
        var b = image.Georeference.ToPixel(frame.ToGeo(east + (dx / length), north + (dy / length)));
        var (px, py) = (b.Column - a.Column, b.Row - a.Row);
        var norm = Math.Sqrt((px * px) + (py * py));
        return (px / norm, py / norm);
    }

    private static float[][] View(RasterImage image)
    {
        var indices = new[] { BandRole.Red, BandRole.Green, BandRole.Blue }.Select(r => image.Roles.ToList().IndexOf(r)).ToArray();
        var sources = indices.All(i => i >= 0) ? indices.Select(i => image.Bands[i]).ToArray() : [image.Bands[0], image.Bands[0], image.Bands[0]];
        var sample = sources.SelectMany(p => p.Where((_, i) => i % 5 == 0)).ToArray();
        Array.Sort(sample);
        var low = sample[(int)(0.005 * (sample.Length - 1))];
        var span = Math.Max(1e-3, sample[(int)(0.995 * (sample.Length - 1))] - low);
        return sources.Select(p => p.Select(v => (float)Math.Clamp(Math.Round((v - low) * 255 / span), 0, 255)).ToArray()).ToArray();
    }

    /// <summary>A line along the car's length through its centre, and a dot at the centre.</summary>
    private static void Mark(float[][] planes, int width, int height, double column, double row, double dx, double dy, bool visible)
    {
        var (r, g, b) = visible ? (255f, 230f, 0f) : (230f, 20f, 20f);
        var steps = (int)Math.Ceiling(Math.Max(Math.Abs(dx), Math.Abs(dy)) * 4) + 1;
        for (var i = -steps; i <= steps; i++)
        {
            var x = (int)Math.Floor(column + (dx * i / steps));
            var y = (int)Math.Floor(row + (dy * i / steps));
            if (x >= 0 && y >= 0 && x < width && y < height)
            {
                var k = (y * width) + x;
                (planes[0][k], planes[1][k], planes[2][k]) = (r, g, b);
            }
        }
    }
}
