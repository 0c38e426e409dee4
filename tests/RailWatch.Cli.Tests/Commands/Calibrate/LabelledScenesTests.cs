using RailWatch.Cli.Commands.Calibrate;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;

namespace RailWatch.Cli.Tests.Commands.Calibrate;

/// <summary>A labelled scene on disk, the sample series' 1 m image of the sample yard, read as calibrate reads it.</summary>
public class LabelledScenesTests
{
    private readonly TempFolders temp = new("rw-labelled-");

    [TearDown]
    public void DeleteTempFolders() => temp.Dispose();

    [Test]
    public void Feed_LabelledSampleScene_ReadsTheYardWindowAndLabelsItsCars()
    {
        var folder = LabelledSample.Folder(temp.Create());
        var scenes = LabelledScenes.Load(LabelFile.In(folder));
        var fed = new List<(RasterImage Image, string Yard, SceneLabel Label)>();
        var progress = new List<string>();

        scenes.Feed(_ => true, (image, yard, label) => fed.Add((image, yard.Id, label)), progress.Add, CancellationToken.None);

        Assert.That(fed, Has.Count.EqualTo(1));
        var (read, yardId, scene) = fed[0];
        Assert.Multiple(() =>
        {
            Assert.That(read.GsdMetres, Is.EqualTo(1.0).Within(0.01));
            Assert.That(yardId, Is.EqualTo("tumangang-like"));
            Assert.That(scene.Name, Is.EqualTo("sample"));
            Assert.That(scene.GsdMetres, Is.EqualTo(read.GsdMetres));
            Assert.That(scene.VisibleCount, Is.EqualTo(1));
            Assert.That(scene.Cars, Has.Count.EqualTo(2));
            Assert.That(scene.TrueShiftMetres, Is.EqualTo((2.0, -1.0)));
            Assert.That(progress, Is.EqualTo(new[] { "sample" }));
        });
    }

    [Test]
    public void Feed_SceneOutsideTheGsdFilter_IsReadButNotHandedOn()
    {
        var scenes = LabelledScenes.Load(LabelFile.In(LabelledSample.Folder(temp.Create())));
        var fed = 0;

        scenes.Feed(gsd => gsd <= 0.5, (_, _, _) => fed++, _ => { }, CancellationToken.None);

        Assert.That(fed, Is.Zero);
    }
}
