using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Unicode;

namespace RailWatch.Core.Text;

/// <summary>
/// Strict UTF-8 decoding of input files: a byte sequence that is not UTF-8 is an error (never silently U+FFFD), and
/// the caller learns the line of the first bad byte to name it. A leading UTF-8 byte order mark is skipped.
/// </summary>
public static class StrictUtf8
{
    /// <summary>The problem named after <c>FILE:LINE:</c> in every error raised for such a file.</summary>
    public const string Problem = "not valid UTF-8";

    /// <summary>
    /// Decodes <paramref name="bytes"/> (skipping a UTF-8 BOM); false, with the 1-based line (counted by
    /// <c>\n</c>) that holds the first byte that is not UTF-8, when they are not.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, out int invalidLine)
    {
        var body = bytes.StartsWith(Preamble) ? bytes[Preamble.Length..] : bytes;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == OperationStatus.Done)
            {
                text = new string(chars, 0, written);
                invalidLine = 0;
                return true;
            }

            text = null;
            invalidLine = body[..read].Count((byte)'\n') + 1;
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// Reads a whole file as strict UTF-8. A file that cannot be read, or is not UTF-8, raises the exception that
    /// <paramref name="error"/> makes of the one-line message (<c>LABEL: cannot read WHAT: …</c>, <c>LABEL:LINE: not
    /// valid UTF-8</c>) and the I/O exception, if any: each reader chooses its exit code.
    /// </summary>
    public static string ReadFile(string path, string label, string what, Func<string, Exception?, Exception> error)
    {
        ArgumentNullException.ThrowIfNull(error);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw error($"{label}: cannot read {what}: {e.Message}", e);
        }

        return TryDecode(bytes, out var text, out var badLine) ? text : throw error($"{label}:{badLine}: {Problem}", null);
    }

    private static ReadOnlySpan<byte> Preamble => [0xEF, 0xBB, 0xBF];
}
