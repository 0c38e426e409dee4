namespace RailWatch.Ingest.Http;

/// <summary>What a download must be; its first bytes are checked so an error page or a corrupt body never becomes a chip.</summary>
internal enum PayloadKind
{
    Any,
    Json,
    Png,
    Jpeg,

    /// <summary>PNG, JPEG, WebP, GIF or TIFF: a map tile.</summary>
    Image,
    Tiff,
    Jpeg2000,

    /// <summary>TIFF or JPEG 2000.</summary>
    Raster,
}

internal static class MagicBytes
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] TiffLe = [0x49, 0x49, 0x2A, 0x00];
    private static readonly byte[] TiffBe = [0x4D, 0x4D, 0x00, 0x2A];
    private static readonly byte[] BigTiffLe = [0x49, 0x49, 0x2B, 0x00];
    private static readonly byte[] BigTiffBe = [0x4D, 0x4D, 0x00, 0x2B];
    private static readonly byte[] Jp2 = [0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20];
    private static readonly byte[] J2k = [0xFF, 0x4F, 0xFF, 0x51];
    private static readonly byte[] Gif = "GIF8"u8.ToArray();
    private static readonly byte[] Riff = "RIFF"u8.ToArray();

    /// <summary>Null when <paramref name="head"/> fits <paramref name="kind"/>, else what is wrong.</summary>
    public static string? Check(ReadOnlySpan<byte> head, PayloadKind kind)
    {
        bool ok = kind switch
        {
            PayloadKind.Any => true,
            PayloadKind.Json => IsJson(head),
            PayloadKind.Png => head.StartsWith(Png),
            PayloadKind.Jpeg => head.StartsWith(Jpeg),
            PayloadKind.Tiff => IsTiff(head),
            PayloadKind.Jpeg2000 => head.StartsWith(Jp2) || head.StartsWith(J2k),
            PayloadKind.Raster => IsTiff(head) || head.StartsWith(Jp2) || head.StartsWith(J2k),
            PayloadKind.Image => head.StartsWith(Png) || head.StartsWith(Jpeg) || head.StartsWith(Gif) || IsTiff(head)
                || (head.StartsWith(Riff) && head.Length >= 12 && head[8..12].SequenceEqual("WEBP"u8)),
            _ => false,
        };
        return ok ? null : $"body is not {Describe(kind)} (starts with {Hex(head)})";
    }

    public static string Describe(PayloadKind kind) => kind switch
    {
        PayloadKind.Json => "JSON",
        PayloadKind.Png => "a PNG image",
        PayloadKind.Jpeg => "a JPEG image",
        PayloadKind.Image => "a PNG/JPEG/WebP/GIF/TIFF image",
        PayloadKind.Tiff => "a TIFF",
        PayloadKind.Jpeg2000 => "a JPEG 2000 file",
        PayloadKind.Raster => "a TIFF or JPEG 2000 raster",
        _ => "data",
    };

    private static bool IsTiff(ReadOnlySpan<byte> head) =>
        head.StartsWith(TiffLe) || head.StartsWith(TiffBe) || head.StartsWith(BigTiffLe) || head.StartsWith(BigTiffBe);

    private static bool IsJson(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b is (byte)'{' or (byte)'[';
        }

        return false;
    }

    private static string Hex(ReadOnlySpan<byte> head) =>
        head.IsEmpty ? "nothing" : Convert.ToHexString(head[..Math.Min(8, head.Length)]);
}
