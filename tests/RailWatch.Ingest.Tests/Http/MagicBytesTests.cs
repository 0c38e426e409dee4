using RailWatch.Ingest.Http;

namespace RailWatch.Ingest.Tests.Http;

public sealed class MagicBytesTests
{
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "Png")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "Jpeg")]
    [TestCase(new byte[] { 0x49, 0x49, 0x2A, 0x00 }, "Tiff")]
    [TestCase(new byte[] { 0x4D, 0x4D, 0x00, 0x2A }, "Raster")]
    [TestCase(new byte[] { 0x49, 0x49, 0x2B, 0x00 }, "Tiff")]
    [TestCase(new byte[] { 0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20 }, "Jpeg2000")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB }, "Image")]
    [TestCase(new byte[] { (byte)' ', (byte)'{' }, "Json")]
    public void Check_RightSignature_Passes(byte[] head, string kind) => Assert.That(MagicBytes.Check(head, Enum.Parse<PayloadKind>(kind)), Is.Null);

    [TestCase(new byte[] { (byte)'<', (byte)'h', (byte)'t' }, "Png")]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "Tiff")]
    [TestCase(new byte[] { }, "Image")]
    [TestCase(new byte[] { (byte)'<' }, "Json")]
    public void Check_WrongSignature_SaysWhatWasExpected(byte[] head, string kind) =>
        Assert.That(MagicBytes.Check(head, Enum.Parse<PayloadKind>(kind)), Does.StartWith("body is not"));
}
