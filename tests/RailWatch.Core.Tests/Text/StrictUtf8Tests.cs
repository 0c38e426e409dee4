using RailWatch.Core.Text;

namespace RailWatch.Core.Tests.Text;

public sealed class StrictUtf8Tests
{
    [Test]
    public void TryDecode_ValidUtf8WithByteOrderMark_DropsTheMark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'C', (byte)'a', (byte)'f', 0xC3, 0xA9];

        Assert.That(StrictUtf8.TryDecode(bytes, out var text, out _), Is.True);
        Assert.That(text, Is.EqualTo("Caf\u00e9"));
    }

    [TestCase(new byte[] { (byte)'a', 0xE9 }, 1)]
    [TestCase(new byte[] { (byte)'a', (byte)'\n', (byte)'b', (byte)'\r', (byte)'\n', 0xC3 }, 3)]
    [TestCase(new byte[] { (byte)'\n', 0xC0, 0xAF }, 2)]
    [TestCase(new byte[] { (byte)'\n', (byte)'\n', 0xED, 0xA0, 0x80 }, 3)]
    [TestCase(new byte[] { (byte)'a', 0xEF, 0xBB, 0xBF, 0xFF }, 1)]
    public void TryDecode_InvalidBytes_FailsNamingTheLineOfTheFirst(byte[] bytes, int line)
    {
        Assert.That(StrictUtf8.TryDecode(bytes, out var text, out var invalidLine), Is.False);
        Assert.That(text, Is.Null);
        Assert.That(invalidLine, Is.EqualTo(line));
    }

    [Test]
    public void TryDecode_Empty_IsTheEmptyString()
    {
        Assert.That(StrictUtf8.TryDecode([], out var text, out _), Is.True);
        Assert.That(text, Is.Empty);
    }
}
