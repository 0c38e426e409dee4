using System.Text;
using RailWatch.Core.Errors;
using RailWatch.Stats.Io;

namespace RailWatch.Stats.Tests.Io;

public sealed class CountSeriesCsvTests
{
    private static IReadOnlyList<RailWatch.Core.Flags.CountObservation> Parse(string text) =>
        CountSeriesCsv.Parse(new StringReader(text), "counts.csv");

    [Test]
    public void Parse_FullColumns_ReadsIntervalFractionAndUtcTime()
    {
        var rows = Parse("yard,acquired,count,low,high,observed_fraction\ntumangang,2023-10-05T02:30:00+09:00,74,70,79,0.8\nkhasan,2023-10-06,,,,\n");

        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0].YardId, Is.EqualTo("tumangang"));
        Assert.That(rows[0].Acquired, Is.EqualTo(new DateTimeOffset(2023, 10, 4, 17, 30, 0, TimeSpan.Zero)));
        Assert.That((rows[0].Count, rows[0].Low, rows[0].High, rows[0].ObservedFraction), Is.EqualTo((74, 70, 79, 0.8)));
        Assert.That(rows[1].Count, Is.Null, "an empty count is 'not observed', never zero");
        Assert.That(rows[1].ObservedFraction, Is.EqualTo(1.0));
    }

    [Test]
    public void Parse_SourceColumn_NamesEachLooksSourceAndEmptyMeansNone()
    {
        var rows = Parse("yard,acquired,count,source\na,2023-01-01,5,planet-3m\na,2023-01-02,6,\n");

        Assert.That(rows.Select(r => r.Source), Is.EqualTo(new[] { "planet-3m", null }));
    }

    [Test]
    public void Parse_ThreeColumnsInAnyOrder_Accepted()
    {
        var rows = Parse("count,yard,acquired\n12,a,2023-01-01\n");

        Assert.That(rows.Single().Count, Is.EqualTo(12));
    }

    [Test]
    public void Parse_MissingValueMarkersOfRAndPandas_MeanNotObserved()
    {
        var rows = Parse("yard,acquired,count,low,high\na,2023-01-01,NA,NA,NA\na,2023-01-02,NaN,,\na,2023-01-03,null,,\na,2023-01-04,None,,\n");

        Assert.That(rows.Select(r => r.Count), Is.All.Null);
        Assert.That(rows[0].Low, Is.Null);
    }

    [Test]
    public void Parse_WholeNumbersWrittenWithAZeroFraction_AreRead()
    {
        var row = Parse("yard,acquired,count,low,high\na,2023-01-01,18.0,15.0,21.00\n").Single();

        Assert.That((row.Count, row.Low, row.High), Is.EqualTo((18, 15, 21)));
    }

    [TestCase("yard,acquired,count\na,2023-01-01,18.5\n", "counts.csv:2: count \"18.5\" is not a whole number")]
    [TestCase("yard,acquired,count\na,2023-01-01,-2.0\n", "counts.csv:2: count \"-2.0\" is negative")]
    [TestCase("yard,acquired,count\na,2023-01-01,5\na,2023-01-02,-3\n", "counts.csv:3: count \"-3\" is negative")]
    [TestCase("yard,acquired,count\na,2023-01-01,5\n\na,01/02/2023,4\n", "counts.csv:4: acquired \"01/02/2023\" is not an ISO 8601 date or time")]
    [TestCase("yard,acquired,count\na,2023-01-01,5\na,2023-01-01T00:00:00Z,4\n", "counts.csv:3: duplicate observation of yard \"a\" at 2023-01-01T00:00:00Z (first on line 2)")]
    [TestCase("yard,acquired,count\na,2023-01-01T06:30:00.25+02:00,5\na,2023-01-01T04:30:00.25Z,4\n", "counts.csv:3: duplicate observation of yard \"a\" at 2023-01-01T04:30:00.25Z (first on line 2)")]
    [TestCase("yard,acquired,count,count\na,2023-01-01,5,6\n", "counts.csv:1: the column \"count\" is named twice in the header")]
    [TestCase("yard,acquired,count\na,2023-01-01,5,9\n", "counts.csv:2: row has 4 fields, the header has 3")]
    [TestCase("yard,acquired,count\na,2023-01-01,five\n", "counts.csv:2: count \"five\" is not a whole number")]
    [TestCase("yard,acquired,count,observed_fraction\na,2023-01-01,5,1.5\n", "counts.csv:2: observed_fraction \"1.5\" is not in (0, 1]")]
    [TestCase("yard,acquired,count,low,high\na,2023-01-01,5,6,9\n", "counts.csv:2: count 5 is outside its interval [6, 9]")]
    [TestCase("yard,when,count\na,2023-01-01,5\n", "counts.csv:1: header lacks the column \"acquired\" (expected yard,acquired,count[,low,high,observed_fraction,source])")]
    [TestCase("", "counts.csv: empty file, expected a header yard,acquired,count[,low,high,observed_fraction,source]")]
    public void Parse_BadRow_ThrowsBadDataNamingFileAndLine(string text, string message)
    {
        Assert.That(
            () => Parse(text),
            Throws.TypeOf<BadDataException>()
                .With.Message.EqualTo(message)
                .And.Property(nameof(BadDataException.ExitCode)).EqualTo(ExitCodes.BadData));
    }

    [Test]
    public void Read_YardNameInLatin1_ThrowsBadDataNamingFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + "-latin1.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("yard,acquired,count\nkhasan,2023-01-01,5\nkhasan-caf\u00e9,2023-01-02,6\n"));
        try
        {
            var e = Assert.Throws<BadDataException>(() => CountSeriesCsv.Read(path));

            Assert.That(e!.Message, Is.EqualTo($"{Path.GetFileName(path)}:3: not valid UTF-8"));
            Assert.That(e.ExitCode, Is.EqualTo(ExitCodes.BadData));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Read_Utf8WithByteOrderMark_ReadsTheHeaderAndNonAsciiYards()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + "-bom.csv");
        File.WriteAllText(path, "yard,acquired,count\nkhasan-caf\u00e9,2023-01-02,6\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            Assert.That(CountSeriesCsv.Read(path).Single().YardId, Is.EqualTo("khasan-caf\u00e9"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Read_MissingFile_ThrowsUsage()
    {
        Assert.That(() => CountSeriesCsv.Read("/nonexistent/counts.csv"), Throws.TypeOf<UsageException>());
    }
}
