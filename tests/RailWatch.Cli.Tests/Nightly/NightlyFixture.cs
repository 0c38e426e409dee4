using RailWatch.Core.Yards;
using RailWatch.Synth;

namespace RailWatch.Cli.Tests.Nightly;

/// <summary>
/// A small world for end-to-end runs of the nightly job: a generated yard, a folder of rendered scenes (coarse, so
/// they render and count fast) with a late surge, and a config that points at them.
/// </summary>
internal sealed class NightlyFixture : IDisposable
{
    public const int SceneCount = 10;

    public NightlyFixture()
    {
        Root = Directory.CreateTempSubdirectory("rw-nightly-").FullName;
        ScenesFolder = Path.Combine(Root, "scenes");
        Directory.CreateDirectory(ScenesFolder);
        var yard = YardGenerator.Generate(new YardLayoutOptions
        {
            Seed = 4242,
            Id = "e2e-yard",
            Name = "End-to-end test yard",
            BodyTracks = 4,
            MinTrackLengthMetres = 250,
            MaxTrackLengthMetres = 320,
            CurveRadiusMetres = 0,
        });
        YardPath = Path.Combine(Root, "yard.geojson");
        File.WriteAllText(YardPath, YardFile.ToGeoJson(yard));

        var start = new DateTimeOffset(2023, 9, 1, 2, 30, 0, TimeSpan.Zero);
        for (var i = 0; i < SceneCount; i++)
        {
            var acquired = start.AddDays(4 * i);
            var scene = SceneRenderer.Render(yard, new SceneOptions
            {
                Seed = 7000 + i,
                GsdMetres = 1.0,
                CarCount = i < SceneCount - 2 ? 8 + (i % 3) : 40,
                Acquired = acquired,
                Clutter = false,
                MarginMetres = 40,
            });
            SceneWriter.Write(scene, Path.Combine(ScenesFolder, $"e2e_{acquired:yyyyMMdd'T'HHmmss'Z'}.tif"));
        }

        ConfigPath = WriteConfig(Root, ScenesFolder);
    }

    public string Root { get; }

    public string ScenesFolder { get; }

    public string YardPath { get; }

    public string ConfigPath { get; }

    public string NewStorePath() => Path.Combine(Root, "stores", Guid.NewGuid().ToString("N"), "railwatch.db");

    /// <summary>A fresh folder named after <paramref name="purpose"/> holding a copy of the scenes (in its "scenes"), for a test to alter.</summary>
    public (string Folder, string Scenes) CopyOfScenes(string purpose)
    {
        var folder = Path.Combine(Root, purpose + "-" + Guid.NewGuid().ToString("N"));
        var scenes = Path.Combine(folder, "scenes");
        Directory.CreateDirectory(scenes);
        foreach (var file in Directory.GetFiles(ScenesFolder))
        {
            File.Copy(file, Path.Combine(scenes, Path.GetFileName(file)));
        }

        return (folder, scenes);
    }

    /// <summary>A config over <paramref name="scenes"/> with the fixture's yard, written into <paramref name="folder"/>.</summary>
    public string WriteConfig(string folder, string scenes)
    {
        var path = Path.Combine(folder, "railwatch.json");
        File.WriteAllText(path, $$"""
            {
              "store": {"path": "default.db"},
              "yards": [{{System.Text.Json.JsonSerializer.Serialize(YardPath)}}],
              "sources": [{"name": "scenes", "type": "folder", "path": {{System.Text.Json.JsonSerializer.Serialize(scenes)}}, "pattern": "*.tif"}],
              "run": {"parallelism": 2}
            }
            """);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed process may still hold a file for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
