using RailWatch.Core.Errors;

namespace RailWatch.Geo.Native;

/// <summary>
/// The one place where GDAL's error state becomes an exception. GDAL keeps its last error per thread, so
/// <see cref="Reset"/> before a call and <see cref="Fail"/> after a failing one see only that thread's error.
/// </summary>
internal static class GdalError
{
    public static void Reset() => NativeMethods.CPLErrorReset();

    /// <summary>GDAL's own message for the last failure on this thread, or <paramref name="fallback"/>.</summary>
    public static string LastMessage(string fallback)
    {
        var message = NativeMethods.Str(NativeMethods.CPLGetLastErrorMsg());
        return string.IsNullOrWhiteSpace(message) ? fallback : OneLine(message);
    }

    /// <summary>A <see cref="GdalException"/> "SUBJECT: GDAL's message".</summary>
    public static GdalException Fail(string subject, string fallback)
    {
        var number = NativeMethods.CPLGetLastErrorNo();
        var message = WithoutName(LastMessage(fallback), subject);
        Reset();
        return new GdalException($"{subject}: {message}", number);
    }

    /// <summary>
    /// An <see cref="ArgumentException"/> "PREFIX: GDAL's message" for user input GDAL rejected (a CRS it cannot
    /// parse): the caller's mistake, not a failure of GDAL.
    /// </summary>
    public static ArgumentException InvalidArgument(string prefix, string fallback, string parameterName)
    {
        var message = LastMessage(fallback);
        Reset();
        return new ArgumentException($"{prefix}: {message}", parameterName);
    }

    /// <summary>GDAL often starts its message with the file name, which our message already leads with.</summary>
    private static string WithoutName(string message, string subject)
    {
        foreach (var name in new[] { "/vsicurl/" + subject, subject })
        {
            foreach (var prefix in new[] { $"`{name}' ", $"'{name}' ", $"{name}, ", $"{name}: " })
            {
                if (message.StartsWith(prefix, StringComparison.Ordinal) && message.Length > prefix.Length)
                {
                    return message[prefix.Length..];
                }
            }
        }

        return message;
    }

    public static void Check(GdalErr result, string subject, string what)
    {
        if (result >= GdalErr.Failure)
        {
            throw Fail(subject, what + " failed");
        }
    }

    /// <summary>Throws when GDAL returned NULL, or when a call that returned a value left a failure behind.</summary>
    public static nint CheckHandle(nint handle, string subject, string what)
    {
        if (handle == 0)
        {
            throw Fail(subject, what + " failed");
        }

        return handle;
    }

    /// <summary>Throws when the last call on this thread reported a failure although it returned normally.</summary>
    public static void ThrowIfFailed(string subject, string what)
    {
        if (NativeMethods.CPLGetLastErrorType() >= (int)GdalErr.Failure)
        {
            throw Fail(subject, what + " failed");
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
