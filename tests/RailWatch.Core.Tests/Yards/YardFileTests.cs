using System.Text;
using RailWatch.Core.Errors;
using RailWatch.Core.Yards;

namespace RailWatch.Core.Tests.Yards;

public sealed class YardFileTests
{
    private const string Source = "yards/test.geojson";

    private const string YardPolygon = """
        {"type":"Feature","properties":{"role":"yard","id":"Y1","name":"Test yard"},
         "geometry":{"type":"Polygon","coordinates":[[[130.0,42.0],[130.01,42.0],[130.01,42.005],[130.0,42.005],[130.0,42.0]]]}}
        """;

    private static string Track(string id, string coordinates) => $$$"""
        {"type":"Feature","properties":{"role":"track","id":"{{{id}}}"},
         "geometry":{"type":"LineString","coordinates":{{{coordinates}}}}}
        """;

    private static string Collection(params string[] features) =>
        $$$"""{"type":"FeatureCollection","features":[{{{string.Join(",", features)}}}]}""";

    private static readonly string GoodTrack = Track("T1", "[[130.001,42.001],[130.009,42.001]]");

    [Test]
    public void Parse_ValidFile_ReadsYardAndTracksInLonLatOrder()
    {
        var yard = YardFile.Parse(Collection(YardPolygon, GoodTrack, Track("T2", "[[130.001,42.002],[130.005,42.003],[130.009,42.002]]")), Source);

        Assert.Multiple(() =>
        {
            Assert.That(yard.Id, Is.EqualTo("Y1"));
            Assert.That(yard.Name, Is.EqualTo("Test yard"));
            Assert.That(yard.Polygon, Has.Count.EqualTo(4), "closing point dropped");
            Assert.That(yard.Tracks.Select(t => t.Id), Is.EqualTo(new[] { "T1", "T2" }));
            Assert.That(yard.Tracks[0].Points[0].Lon, Is.EqualTo(130.001));
            Assert.That(yard.Tracks[0].Points[0].Lat, Is.EqualTo(42.001));
        });
    }

    [Test]
    public void Track_LengthMetres_MatchesLocalDistance()
    {
        var yard = YardFile.Parse(Collection(YardPolygon, GoodTrack), Source);

        // 0.008° of longitude at 42.001°N is 0.008 × 111320 × cos(42.001°) ≈ 661.8 m.
        Assert.That(yard.Tracks[0].LengthMetres, Is.EqualTo(661.8).Within(0.5));
    }

    [Test]
    public void ToGeoJson_RoundTripsThroughParse()
    {
        var yard = YardFile.Parse(Collection(YardPolygon, GoodTrack), Source);

        var again = YardFile.Parse(YardFile.ToGeoJson(yard), Source);

        Assert.That(again.Tracks[0].Points, Is.EqualTo(yard.Tracks[0].Points));
        Assert.That(again.Polygon, Is.EqualTo(yard.Polygon));
    }

    [Test]
    public void Parse_RepeatedPositions_AreReadOnceInsteadOfMakingZeroLengthEdges()
    {
        // A doubled closing position and a vertex snapped twice, as digitising tools leave them: valid GeoJSON.
        var polygon = YardPolygon.Replace(
            "[[130.0,42.0],[130.01,42.0],[130.01,42.005],[130.0,42.005],[130.0,42.0]]",
            "[[130.0,42.0],[130.01,42.0],[130.01,42.0],[130.01,42.005],[130.0,42.005],[130.0,42.0],[130.0,42.0]]", StringComparison.Ordinal);

        var yard = YardFile.Parse(Collection(polygon, Track("T1", "[[130.001,42.001],[130.005,42.001],[130.005,42.001],[130.009,42.001]]")), Source);

        Assert.Multiple(() =>
        {
            Assert.That(yard.Polygon, Has.Count.EqualTo(4));
            Assert.That(yard.Tracks[0].Points, Has.Count.EqualTo(3));
        });
    }

    [TestCase("no yard", "no feature with properties.role \"yard\"")]
    [TestCase("two yards", "2 features with properties.role \"yard\"")]
    [TestCase("duplicate track ids", "duplicate track id \"T1\"")]
    [TestCase("track outside", "(id \"T9\"): track point (130.0500000, 42.0010000) lies outside the yard polygon")]
    [TestCase("self-intersecting", "the yard polygon intersects itself")]
    [TestCase("out of range", "is out of WGS84 range")]
    [TestCase("one-point track", "a track LineString needs at least 2 distinct points, it has 1")]
    [TestCase("one point twice", "a track LineString needs at least 2 distinct points, it has 1")]
    [TestCase("no tracks", "no feature with properties.role \"track\"")]
    [TestCase("not json", "not valid JSON")]
    public void Parse_InvalidFile_ThrowsBadDataNamingFileAndFeature(string fault, string expected)
    {
        var json = fault switch
        {
            "no yard" => Collection(GoodTrack),
            "two yards" => Collection(YardPolygon, YardPolygon, GoodTrack),
            "duplicate track ids" => Collection(YardPolygon, GoodTrack, GoodTrack),
            "track outside" => Collection(YardPolygon, Track("T9", "[[130.001,42.001],[130.05,42.001]]")),
            "self-intersecting" => Collection(YardPolygon.Replace(
                "[[130.0,42.0],[130.01,42.0],[130.01,42.005],[130.0,42.005],[130.0,42.0]]",
                "[[130.0,42.0],[130.01,42.005],[130.01,42.0],[130.0,42.005],[130.0,42.0]]", StringComparison.Ordinal), GoodTrack),
            "out of range" => Collection(YardPolygon, Track("T1", "[[130.001,42.001],[190.0,42.001]]")),
            "one-point track" => Collection(YardPolygon, Track("T1", "[[130.001,42.001]]")),
            "one point twice" => Collection(YardPolygon, Track("T1", "[[130.001,42.001],[130.001,42.001]]")),
            "no tracks" => Collection(YardPolygon),
            "not json" => "{\"type\": \"FeatureCollection\", \"features\": [",
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };

        var error = Assert.Throws<BadDataException>(() => YardFile.Parse(json, Source))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith(Source + ": "));
            Assert.That(error.Message, Does.Contain(expected));
            Assert.That(error.Message, Does.Not.Contain('\n'));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadData));
        });
    }

    [Test]
    public void Parse_TrackError_NamesTheFeature()
    {
        var json = Collection(YardPolygon, GoodTrack, Track("T2", "[[130.001,42.001]]"));

        var error = Assert.Throws<BadDataException>(() => YardFile.Parse(json, Source))!;

        Assert.That(error.Message, Does.Contain("feature #2 (id \"T2\")"));
    }

    [Test]
    public void Load_MissingFile_ThrowsUsageError()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".geojson");

        var error = Assert.Throws<UsageException>(() => YardFile.Load(path))!;

        Assert.That(error.Message, Is.EqualTo($"{path}: yard file not found"));
    }

    [Test]
    public void Load_ValidFile_RemembersItsPath()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".geojson");
        File.WriteAllText(path, Collection(YardPolygon, GoodTrack));
        try
        {
            Assert.That(YardFile.Load(path).SourcePath, Is.EqualTo(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_YardNameInLatin1_ThrowsBadDataNamingFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".geojson");
        var json = "\n\n" + Collection(YardPolygon.Replace("Test yard", "Caf\u00e9 yard", StringComparison.Ordinal), GoodTrack);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(json));
        try
        {
            var error = Assert.Throws<BadDataException>(() => YardFile.Load(path))!;

            Assert.That(error.Message, Is.EqualTo($"{path}:3: not valid UTF-8"));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadData));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_Utf8WithByteOrderMark_IsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".geojson");
        var json = Collection(YardPolygon.Replace("Test yard", "Caf\u00e9 yard", StringComparison.Ordinal), GoodTrack);
        File.WriteAllText(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            Assert.That(YardFile.Load(path).Name, Is.EqualTo("Caf\u00e9 yard"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
