using RailWatch.Vision.Model;

namespace RailWatch.Vision.Tests.Support;

/// <summary>The model the repository ships (models/railcar-counter, the manifest's current version).</summary>
internal static class ShippedModel
{
    private static readonly Lazy<CounterModel> Model = new(Load);

    public static CounterModel Current => Model.Value;

    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models", "railcar-counter");
                if (File.Exists(Path.Combine(candidate, ModelManifest.FileName)))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("models/railcar-counter/manifest.json not found above the test directory");
        }
    }

    private static CounterModel Load() => CounterModel.LoadCurrent(Directory);
}
