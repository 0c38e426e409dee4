using RailWatch.AltScenes.Bench.Scenes;
using RailWatch.AltScenes.Bench.Truth;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Geo;

namespace RailWatch.AltScenes.Bench.Output;

/// <summary>
/// What --labels leaves per seed, the labelled scene <c>railwatch calibrate --train-labelled</c> reads: alt-SEED.tif,
/// alt-SEED-yard.geojson and alt-SEED.labels.json. Hidden cars with any part inside the image are ambiguous, as the
/// bench's own scoring treats them.
/// </summary>
internal static class LabelledSceneFiles
{
    public static void Write(string directory, Scene scene, RasterImage image, Yard yard, SceneTruth truth)
    {
        Directory.CreateDirectory(directory);
        var stem = $"alt-{scene.Seed}";
        // 16-bit sensors (white level above 255) are written as 16-bit; bytes would clip them to white.
        var type = image.WhiteLevel > byte.MaxValue ? RasterDataType.UInt16 : RasterDataType.Byte;
        RasterWriter.WriteGeoTiff(Path.Combine(directory, stem + ".tif"), SceneFiles.AsGeographicGrid(image), new GeoTiffWriteOptions { DataType = type });
        File.WriteAllText(Path.Combine(directory, stem + "-yard.geojson"), YardFile.ToGeoJson(yard));
        var cars = truth.Cars.Select(c => new LabelledCar(c.TrackId, c.Center, c.LengthMetres, c.WidthMetres, c.Visible)).ToList();
        var label = new LabelledScene(stem + ".tif", stem + "-yard.geojson", cars)
        {
            GeoreferenceErrorMetres = scene.GeoError,
            AmbiguousCarCentres = [.. truth.Cars.Where(c => !c.Visible && c.InsideShare > 0).Select(c => c.Center)],
        };

        // Written last: a folder holds a scene's label only once its image and yard are complete.
        LabelFile.Write(Path.Combine(directory, stem + LabelFile.Extension), label);
    }
}
