using System.Text.Json;

namespace RailWatch.Ingest.Tests.Support;

/// <summary>Builds sources the way the nightly job does: from a JSON entry of the config's "sources" array.</summary>
internal static class Sources
{
    public static ISceneSource FromJson(string json, IngestContext context, string? configPath = null)
    {
        using var doc = JsonDocument.Parse(json);
        return SourceConfig.Create(doc.RootElement.Clone(), configPath ?? Path.Combine(context.CacheDirectory, "railwatch.json"), context, 0);
    }

    public static async Task<List<Core.Scenes.SceneRef>> ListAsync(IAsyncEnumerable<Core.Scenes.SceneRef> scenes)
    {
        var list = new List<Core.Scenes.SceneRef>();
        await foreach (var s in scenes)
        {
            list.Add(s);
        }

        return list;
    }

    public static void Dispose(ISceneSource source) => (source as IDisposable)?.Dispose();
}
