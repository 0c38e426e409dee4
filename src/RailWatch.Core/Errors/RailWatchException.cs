namespace RailWatch.Core.Errors;

/// <summary>
/// An error meant for the user: its message is one line that names the file, line or field and the problem,
/// and <see cref="ExitCode"/> is the documented exit code the CLI returns for it.
/// </summary>
public class RailWatchException : Exception
{
    public RailWatchException(string message, int exitCode, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    public RailWatchException() : this("RailWatch error", ExitCodes.Internal) { }

    public RailWatchException(string message) : this(message, ExitCodes.Internal) { }

    public RailWatchException(string message, Exception inner) : this(message, ExitCodes.Internal, inner) { }

    public int ExitCode { get; }
}

/// <summary>Input data is malformed, unreadable or inconsistent (exit 65).</summary>
public class BadDataException : RailWatchException
{
    public BadDataException(string message, Exception? inner = null) : base(message, ExitCodes.BadData, inner) { }

    public BadDataException() : this("bad data") { }

    public BadDataException(string message) : this(message, null) { }
}

/// <summary>The command line or configuration is wrong, or names something that does not exist (exit 2).</summary>
public sealed class UsageException : RailWatchException
{
    public UsageException(string message, Exception? inner = null) : base(message, ExitCodes.Usage, inner) { }

    public UsageException() : this("usage error") { }

    public UsageException(string message) : this(message, null) { }
}
