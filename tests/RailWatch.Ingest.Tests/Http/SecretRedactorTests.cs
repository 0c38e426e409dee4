using RailWatch.Ingest.Http;

namespace RailWatch.Ingest.Tests.Http;

public sealed class SecretRedactorTests
{
    [Test]
    public void Redact_LiteralAndUrlEncodedSecret_AreMasked()
    {
        var redactor = new SecretRedactor(["a/b+c=d"]);

        Assert.That(redactor.Redact("key a/b+c=d and a%2Fb%2Bc%3Dd"), Is.EqualTo("key *** and ***"));
    }

    [Test]
    public void Redact_SasSignatureAndTokenParameters_AreMasked()
    {
        var text = "https://x.blob.core.windows.net/c/f.tif?sv=2020&sig=abc%3D&skoid=123 https://t/?token=zzz&x=1";

        var redacted = SecretRedactor.None.Redact(text);

        Assert.That(redacted, Does.Not.Contain("abc%3D").And.Not.Contain("zzz").And.Not.Contain("skoid=123"));
        Assert.That(redacted, Does.Contain("sv=2020").And.Contain("x=1"));
    }
}
