using RailWatch.Core.Errors;
using RailWatch.Vision.Model;

namespace RailWatch.Vision.Tests.Model;

public class ModelManifestTests
{
    [Test]
    public void LoadCurrent_ManifestNamesAVersion_LoadsThatVersionsModel()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"rw-models-{Guid.NewGuid():N}");
        try
        {
            new CounterModel { TrainNeutralProbability = 0.25 }.Save(Path.Combine(folder, "v1", CounterModel.FileName));
            new CounterModel { TrainNeutralProbability = 0.4 }.Save(Path.Combine(folder, "v2", CounterModel.FileName));
            new ModelManifest { Current = "v2" }.Save(Path.Combine(folder, ModelManifest.FileName));

            var model = CounterModel.LoadCurrent(folder);

            Assert.That(model.TrainNeutralProbability, Is.EqualTo(0.4));
            Assert.That(model.Directory, Is.EqualTo(Path.Combine(folder, "v2")));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Test]
    public void LoadCurrent_NoManifest_IsAUsageErrorNamingIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"rw-models-{Guid.NewGuid():N}");

        Assert.That(() => CounterModel.LoadCurrent(folder), Throws.TypeOf<UsageException>().With.Message.Contains(Path.Combine(folder, ModelManifest.FileName)));
    }

    [Test]
    public void Load_NotJson_IsBadDataNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rw-manifest-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ current: ");
        try
        {
            Assert.That(() => ModelManifest.Load(path), Throws.TypeOf<BadDataException>().With.Message.Contains(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
