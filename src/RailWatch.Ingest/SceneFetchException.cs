using RailWatch.Core.Errors;

namespace RailWatch.Ingest;

/// <summary>
/// A scene (or a search page) could not be fetched after the retries: the server kept failing, the download was
/// truncated or corrupt, or the raster could not be read. The message is one line naming the scene and the reason,
/// with every secret redacted. The nightly job records the scene as failed and goes on (exit 1 for the run).
/// </summary>
public sealed class SceneFetchException : RailWatchException
{
    public SceneFetchException(string message, Exception? inner = null)
        : base(message, ExitCodes.PartialFailure, inner)
    {
    }

    public SceneFetchException()
        : this("scene fetch failed")
    {
    }

    public SceneFetchException(string message)
        : this(message, null)
    {
    }
}
