using RailWatch.Geo.Native;

namespace RailWatch.Geo.Tests.Opening;

public sealed class RemoteAccessTests
{
    [Test]
    public void For_RemoteWithAnIngestLikeAccess_GivesTheDefaultsOverriddenByExactlyTheseKeysAndValues()
    {
        var access = new RemoteAccess
        {
            MaxRetries = 4,
            RetryDelay = TimeSpan.FromMilliseconds(250),
            Timeout = TimeSpan.FromSeconds(30.2),
            UserAgent = "RailWatch/1.0",
            Headers = [new("Authorization", "Bearer s3cret"), new("X-Extra", "1")],
            AllowedExtensions = [".tif", ".tiff", ".TIF", ".TIFF", ".jp2", ".JP2", ".img"],
            UnsignedS3 = true,
        };

        var config = RemoteConfig.For(local: false, access);

        Assert.That(config, Is.EqualTo(new Dictionary<string, string>
        {
            ["GDAL_DISABLE_READDIR_ON_OPEN"] = "EMPTY_DIR",
            ["GDAL_HTTP_MAX_RETRY"] = "4",
            ["GDAL_HTTP_RETRY_DELAY"] = "0.25",
            ["GDAL_HTTP_TIMEOUT"] = "31",
            ["GDAL_HTTP_CONNECTTIMEOUT"] = "31",
            ["GDAL_HTTP_MERGE_CONSECUTIVE_RANGES"] = "YES",
            ["GDAL_HTTP_MULTIPLEX"] = "YES",
            ["GDAL_HTTP_USERAGENT"] = "RailWatch/1.0",
            ["CPL_VSIL_CURL_ALLOWED_EXTENSIONS"] = ".tif,.tiff,.TIF,.TIFF,.jp2,.JP2,.img",
            ["GDAL_HTTP_HEADERS"] = "Authorization: Bearer s3cret\r\nX-Extra: 1",
            ["AWS_NO_SIGN_REQUEST"] = "YES",
        }));
    }

    [Test]
    public void ToGdal_UnsetPropertiesGiveNoKeys()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RemoteConfig.ToGdal(new RemoteAccess()), Is.Empty);
            Assert.That(RemoteConfig.ToGdal(new RemoteAccess { AllowedExtensions = [], Headers = [] }), Is.Empty);
            Assert.That(RemoteConfig.For(local: false, null), Is.EqualTo(RemoteConfig.Defaults));
            Assert.That(RemoteConfig.For(local: true, null), Is.Empty);
        });
    }

    [Test]
    public void ToGdal_ClampsTheDelayToAMillisecondAndTheTimeoutToAWholeSecond()
    {
        var config = RemoteConfig.ToGdal(new RemoteAccess { RetryDelay = TimeSpan.Zero, Timeout = TimeSpan.FromMilliseconds(10) }).ToDictionary();

        Assert.Multiple(() =>
        {
            Assert.That(config["GDAL_HTTP_RETRY_DELAY"], Is.EqualTo("0.001"));
            Assert.That(config["GDAL_HTTP_TIMEOUT"], Is.EqualTo("1"));
            Assert.That(config["GDAL_HTTP_CONNECTTIMEOUT"], Is.EqualTo("1"));
        });
    }

    [Test]
    public void ToString_NamesHeadersWithoutTheirValues()
    {
        var text = new GeoOpenOptions { Remote = new RemoteAccess { Headers = [new("Authorization", "Bearer s3cret")] } }.ToString();

        Assert.That(text, Does.Contain("Authorization: ***").And.Not.Contain("s3cret"));
    }
}
