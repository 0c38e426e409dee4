using System.Text.Json;
using RailWatch.AltScenes.Bench.Scenes;
using RailWatch.AltScenes.Bench.Truth;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;
using RailWatch.Geo;

namespace RailWatch.AltScenes.Bench.Output;

/// <summary>
/// What --write leaves per seed: the labelled scene (<see cref="LabelledSceneFiles"/>: alt-SEED.tif, the image as
/// delivered with its erroneous georeference, alt-SEED-yard.geojson and alt-SEED.labels.json, which
/// `bench/vision featuregap` reads), alt-SEED.png (a view of the image), alt-SEED-truth.png (with the truth and the
/// counter's cars drawn on it) and alt-SEED-truth.json (the truth with each car's type, share inside and cloud).
/// </summary>
internal static class SceneFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string directory, Scene scene, RasterImage image, Yard yard, SceneTruth truth, IReadOnlyList<GeoPoint> found)
    {
        LabelledSceneFiles.Write(directory, scene, image, yard, truth);
        var stem = Path.Combine(directory, $"alt-{scene.Seed}");
        var preview = PreviewImage.Render(image);
        WritePng(stem + ".png", image, preview);
        WritePng(stem + "-truth.png", image, PreviewImage.Annotate(preview, scene, truth, found));
        File.WriteAllText(stem + "-truth.json", JsonSerializer.Serialize(Describe(scene, image, truth), Indented));
    }

    /// <summary>
    /// The image on an EPSG:4326 grid: the local metric frame is linear in longitude and latitude, so its delivered
    /// georeference is exactly an affine transform of them.
    /// </summary>
    internal static RasterImage AsGeographicGrid(RasterImage image)
    {
        var origin = image.Georeference.ToGeo(0, 0);
        var right = image.Georeference.ToGeo(1, 0);
        var down = image.Georeference.ToGeo(0, 1);
        var grid = GridGeoreference.Create("EPSG:4326", new GeoTransform(origin.Lon, right.Lon - origin.Lon, 0, origin.Lat, 0, down.Lat - origin.Lat), image.Width, image.Height);
        return new RasterImage(image.Width, image.Height, image.Bands, image.Roles, grid, image.Valid, image.WhiteLevel);
    }

    /// <summary>An interleaved 8-bit RGB view written as a PNG by the project's GDAL writer.</summary>
    private static void WritePng(string path, RasterImage image, byte[] rgb)
    {
        var planes = Enumerable.Range(0, 3).Select(band =>
        {
            var plane = new float[image.Width * image.Height];
            for (var k = 0; k < plane.Length; k++)
            {
                plane[k] = rgb[(3 * k) + band];
            }

            return plane;
        }).ToArray();
        var view = new RasterImage(image.Width, image.Height, planes, [BandRole.Red, BandRole.Green, BandRole.Blue], image.Georeference, whiteLevel: 255);
        RasterWriter.WritePng(path, view);
    }

    private static object Describe(Scene scene, RasterImage image, SceneTruth truth)
    {
        var topLeft = image.Georeference.ToGeo(0, 0);
        return new
        {
            seed = scene.Seed,
            gsd_metres = scene.Gsd,
            width = image.Width,
            height = image.Height,
            bands = image.Roles.Select(r => r.ToString()).ToArray(),
            white_level = image.WhiteLevel,
            declared_top_left = new[] { topLeft.Lon, topLeft.Lat },
            declared_gsd_metres = image.GsdMetres,
            georeference_error_metres = new[] { Math.Round(scene.GeoError.East, 2), Math.Round(scene.GeoError.North, 2) },
            look = scene.Look.Label,
            sun_elevation_deg = Math.Round(scene.Look.Light.ElevationDeg, 1),
            sun_azimuth_deg = Math.Round(scene.Look.Light.AzimuthDeg, 1),
            cloud_share = Math.Round(truth.CloudShare, 3),
            visible_cars = truth.VisibleCount,
            observed_fraction = Math.Round(truth.ObservedFraction, 4),
            cars = truth.Cars.Select(c => new
            {
                index = c.Index,
                track = c.TrackId,
                type = c.Type,
                length_metres = c.LengthMetres,
                center = new[] { c.Center.Lon, c.Center.Lat },
                inside_share = c.InsideShare,
                cloud_opacity = c.CloudOpacity,
                visible = c.Visible,
            }),
        };
    }
}
