using System.Text.Json;
using RailWatch.Core.Labels;

namespace RailWatch.Cli.Tests.Commands.Calibrate;

/// <summary>Labelled scenes on disk made of the sample series' 1 m image of the sample yard.</summary>
internal static class LabelledSample
{
    public const string Image = "tumangang-like_20230907T013600Z_pan16-1m.tif";
    public const string Yard = "tumangang-like.geojson";

    /// <summary>Writes sample.labels.json into <paramref name="folder"/>, naming the sample image and yard by rooted paths: one visible car and one hidden, and a georeference error of (2, −1) m.</summary>
    public static string Folder(string folder)
    {
        var root = TestRepository.Root();
        var label = new LabelledScene(
            Path.Combine(root, "samples", "series", Image),
            Path.Combine(root, "samples", "yards", Yard),
            [
                new LabelledCar("lead", new(130.59173583, 42.41852825), 15.6, 3.2, Visible: false),
                new LabelledCar("lead", new(130.59193583, 42.41857825), 15.6, 3.2, Visible: true),
            ])
        {
            GeoreferenceErrorMetres = (2.0, -1.0),
        };
        LabelFile.Write(Path.Combine(folder, "sample" + LabelFile.Extension), label);
        return folder;
    }

    /// <summary>
    /// Writes sample.labels.json into <paramref name="folder"/> from the image's own truth file: every car with its
    /// track, centre, size and visibility (hidden cars still partly clear are ambiguous) and the true georeference
    /// error. Returns the folder and the truth's visible count.
    /// </summary>
    public static (string Folder, int Visible) FromTruth(string folder)
    {
        var series = Path.Combine(TestRepository.Root(), "samples", "series");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(series, Path.ChangeExtension(Image, ".truth.json"))));
        var root = truth.RootElement;
        var cars = new List<LabelledCar>();
        var ambiguous = new List<Core.Geometry.GeoPoint>();
        foreach (var track in root.GetProperty("tracks").EnumerateArray())
        {
            foreach (var car in track.GetProperty("cars").EnumerateArray())
            {
                var centre = car.GetProperty("center");
                var point = new Core.Geometry.GeoPoint(centre[0].GetDouble(), centre[1].GetDouble());
                var visible = car.GetProperty("visible").GetBoolean();
                cars.Add(new LabelledCar(track.GetProperty("id").GetString()!, point, car.GetProperty("length_m").GetDouble(), car.GetProperty("width_m").GetDouble(), visible));
                if (!visible && car.GetProperty("clear_fraction").GetDouble() > 0)
                {
                    ambiguous.Add(point);
                }
            }
        }

        var error = root.GetProperty("geolocation_error");
        var label = new LabelledScene(Path.Combine(series, Image), Path.Combine(TestRepository.Root(), "samples", "yards", Yard), cars)
        {
            GeoreferenceErrorMetres = (error.GetProperty("east_m").GetDouble(), error.GetProperty("north_m").GetDouble()),
            AmbiguousCarCentres = ambiguous,
        };
        LabelFile.Write(Path.Combine(folder, "sample" + LabelFile.Extension), label);
        return (folder, root.GetProperty("visible_count").GetInt32());
    }
}
