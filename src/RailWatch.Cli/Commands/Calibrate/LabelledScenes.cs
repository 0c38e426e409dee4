using RailWatch.Cli.Commands.Count;
using RailWatch.Core.Errors;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.Vision;
using RailWatch.Vision.Calibration;

namespace RailWatch.Cli.Commands.Calibrate;

/// <summary>
/// The labelled scenes of a folder (<see cref="LabelFile"/>): every label and yard file is read and every image
/// opened before any training or counting starts, and each image is read as <c>railwatch count</c> reads it (the
/// yard's window with the same margin), so the classifiers learn from what counting will see.
/// </summary>
internal sealed class LabelledScenes
{
    private readonly List<(string Name, LabelledScene Scene, Yard Yard)> scenes = [];

    public int Count => scenes.Count;

    /// <summary>Reads the label files <paramref name="files"/> and their yards, and opens their images.</summary>
    public static LabelledScenes Load(IEnumerable<string> files)
    {
        var set = new LabelledScenes();
        foreach (var file in files)
        {
            var scene = LabelFile.Load(file);
            if (!File.Exists(scene.ImagePath))
            {
                throw new BadDataException($"{file}: image {scene.ImagePath} not found");
            }

            // Opened now (the header only) so that an unreadable image stops the run before anything is trained.
            using (GeoRaster.Open(scene.ImagePath))
            {
            }

            set.scenes.Add((Path.GetFullPath(file), scene, YardFile.Load(scene.YardPath)));
        }

        return set;
    }

    /// <summary>Counts every scene with <paramref name="counter"/> (at its true shift when <paramref name="atTrueShift"/>) and scores the count against its labels (scenes in parallel, results in file order).</summary>
    public List<SceneOutcome> CountWith(RailcarCounter counter, IProgress<string> progress, CancellationToken ct, bool atTrueShift = false) =>
        SceneRunner.CountAll(scenes.Count, Read, counter, progress, ct, atTrueShift);

    /// <summary>Reads each scene in turn and hands those whose GSD passes <paramref name="includeGsd"/> to <paramref name="add"/> with their label.</summary>
    public void Feed(Func<double, bool> includeGsd, Action<RasterImage, Yard, SceneLabel> add, Action<string> progress, CancellationToken ct)
    {
        for (var i = 0; i < scenes.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var (image, yard, label) = Read(i, ct);
            if (includeGsd(image.GsdMetres))
            {
                add(image, yard, label);
                progress(label.Name);
            }
        }
    }

    /// <summary>The yard's window of scene <paramref name="index"/>'s image, read as <c>count</c> reads it, with the scene's label.</summary>
    private (RasterImage Image, Yard Yard, SceneLabel Label) Read(int index, CancellationToken ct)
    {
        var (file, scene, yard) = scenes[index];
        RasterImage image;
        using (var raster = GeoRaster.Open(scene.ImagePath, cancellationToken: ct))
        {
            try
            {
                image = raster.ReadWindow(yard.Bounds, new ReadWindowOptions { MarginMetres = CountCommand.WindowMarginMetres }, ct);
            }
            catch (BadDataException e)
            {
                // An image that misses its yard, say: the label file is what the user has to mend.
                throw new BadDataException($"{file}: {e.Message}", e);
            }
        }

        var name = Path.GetFileName(file)[..^LabelFile.Extension.Length];
        return (image, yard, scene.ToSceneLabel(name, image.GsdMetres));
    }
}
