using RailWatch.Core.Errors;
using RailWatch.Web.Security;
using RailWatch.Web.Server;

namespace RailWatch.Web.Tests.Security;

public sealed class BindingPolicyTests
{
    [TestCase("http://127.0.0.1:5080")]
    [TestCase("http://127.0.0.2:80/")]
    [TestCase("http://localhost:5080")]
    [TestCase("http://[::1]:5080")]
    public void IsLoopback_LoopbackUrl_True(string url) => Assert.That(BindingPolicy.IsLoopback(url), Is.True);

    [TestCase("http://0.0.0.0:5080")]
    [TestCase("http://*:5080")]
    [TestCase("http://+:5080")]
    [TestCase("http://192.168.1.20:5080")]
    [TestCase("http://[::]:5080")]
    [TestCase("http://railwatch.example.org:80")]
    public void IsLoopback_OtherAddress_False(string url) => Assert.That(BindingPolicy.IsLoopback(url), Is.False);

    [Test]
    public void Validate_NonLoopbackWithoutToken_ThrowsUsageNamingTheUrlAndTheToken()
    {
        var e = Assert.Throws<UsageException>(() => BindingPolicy.Validate(new ReviewServerOptions { Urls = ["http://0.0.0.0:5080"] }));
        Assert.That(e!.Message, Does.Contain("0.0.0.0").And.Contain("RAILWATCH_WEB_TOKEN"));
        Assert.That(e.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Validate_NonLoopbackWithToken_Accepted() =>
        Assert.DoesNotThrow(() => BindingPolicy.Validate(new ReviewServerOptions { Urls = ["http://0.0.0.0:5080"], Token = "s3cret-token" }));

    [Test]
    public void Validate_NotAnHttpUrl_ThrowsUsage() =>
        Assert.Throws<UsageException>(() => BindingPolicy.Validate(new ReviewServerOptions { Urls = ["127.0.0.1:5080"] }));
}
