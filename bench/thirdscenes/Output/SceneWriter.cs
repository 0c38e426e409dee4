using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.ThirdScenes.Bench.Cli;
using RailWatch.ThirdScenes.Bench.Layout;
using RailWatch.ThirdScenes.Bench.Plan;

namespace RailWatch.ThirdScenes.Bench.Output;

/// <summary>
/// Writes a scene as third-SEED.tif (on an EPSG:4326 grid that places every point at its true position plus the
/// georeference error), third-SEED-yard.geojson (true centre lines) and third-SEED.labels.json (true car centres),
/// with --preview also third-SEED.png and third-SEED-truth.png.
/// </summary>
internal static class SceneWriter
{
    public static void Write(string directory, MadeScene scene, bool preview)
    {
        Directory.CreateDirectory(directory);
        var stem = FormattableString.Invariant($"third-{scene.Plan.Seed}");
        var product = scene.Product;
        var georeference = Georeference(scene);
        var image = new RasterImage(product.Grid.Width, product.Grid.Height, product.Bands, product.Roles, georeference, whiteLevel: product.WhiteLevel);
        var options = new GeoTiffWriteOptions
        {
            DataType = product.Bits > 8 ? RasterDataType.UInt16 : RasterDataType.Byte,
            Compression = product.Compression == Compression.Jpeg ? "JPEG" : "DEFLATE",
            JpegQuality = product.Compression == Compression.Jpeg ? product.JpegQuality : null,
            Metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["TIFFTAG_IMAGEDESCRIPTION"] = "bench/thirdscenes synthetic rail-yard scene",
            },
        };
        RasterWriter.WriteGeoTiff(Path.Combine(directory, stem + ".tif"), image, options);
        var yard = YardGeo.ToYard(scene.Layout, scene.Frame, scene.Plan.Seed);
        File.WriteAllText(Path.Combine(directory, stem + "-yard.geojson"), YardFile.ToGeoJson(yard));
        if (preview)
        {
            var view = PreviewPainter.View(product);
            PreviewPainter.Write(Path.Combine(directory, stem + ".png"), image, view);
            PreviewPainter.Write(Path.Combine(directory, stem + "-truth.png"), image, PreviewPainter.Outline(view, scene, georeference));
        }

        var cars = scene.Cars.Select(c => new LabelledCar(c.Car.TrackId, Centre(scene, c.Car), c.Car.Length, c.Car.Width, c.Visible)).ToList();
        var label = new LabelledScene(stem + ".tif", stem + "-yard.geojson", cars)
        {
            GeoreferenceErrorMetres = scene.GeoreferenceError,
            AmbiguousCarCentres = [.. scene.Cars.Where(c => c.Ambiguous).Select(c => Centre(scene, c.Car))],
        };

        // Written last: a folder holds a scene's label only once its image and yard are complete.
        LabelFile.Write(Path.Combine(directory, stem + LabelFile.Extension), label);
    }

    public static GeoPoint Centre(MadeScene scene, Cars.Railcar car) => scene.Frame.ToGeo(car.X, car.Y);

    /// <summary>
    /// The file's grid: north-up in longitude and latitude (the local frame is linear in both, so this is exact), its
    /// top-left corner placed where the true corner is plus the georeference error.
    /// </summary>
    public static GridGeoreference Georeference(MadeScene scene)
    {
        var grid = scene.Product.Grid;
        var (east, north) = scene.GeoreferenceError;
        var origin = scene.Frame.ToGeo(grid.Left + east, grid.Top + north);
        var right = scene.Frame.ToGeo(grid.Left + east + grid.Gsd, grid.Top + north);
        var down = scene.Frame.ToGeo(grid.Left + east, grid.Top + north - grid.Gsd);
        var transform = new GeoTransform(origin.Lon, right.Lon - origin.Lon, 0, origin.Lat, 0, down.Lat - origin.Lat);
        return GridGeoreference.Create("EPSG:4326", transform, grid.Width, grid.Height);
    }
}
