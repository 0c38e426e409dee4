using RailWatch.Core.Errors;
using RailWatch.Store;

namespace RailWatch.Cli.Commands.Listing;

/// <summary>The <c>--yard</c> of a listing: a yard the store holds, so that a mistyped id is not read as "nothing yet".</summary>
internal static class YardFilter
{
    public static string? Checked(RailWatchStore store, string? yardId, string storePath)
    {
        if (yardId is null || store.FindYard(yardId) is not null)
        {
            return yardId;
        }

        var known = store.Yards().Select(y => y.YardId).Order(StringComparer.Ordinal).ToList();
        var list = known.Count == 0 ? "it holds none" : $"it holds {string.Join(", ", known.Take(10))}{(known.Count > 10 ? ", …" : string.Empty)}";
        throw new UsageException($"--yard {yardId}: no such yard in {storePath} ({list})");
    }
}
