using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RailWatch.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace RailWatch.Cli.Tests.Commands.Detect;

public sealed class DetectCommandTests
{
    private string root = null!;

    [SetUp]
    public void SetUp()
    {
        root = Path.Combine(Path.GetTempPath(), "rw-detect-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(root, recursive: true);

    [Test]
    public async Task Detect_SurgeAsJson_PrintsFlagsWithAllFields()
    {
        var path = Write("counts.csv", SurgeSeries());

        var (code, stdout, stderr) = await Run("detect", "--series", path, "--format", "json");

        Assert.That(code, Is.Zero, stderr);
        var flags = JsonNode.Parse(stdout)!["flags"]!.AsArray();
        Assert.That(flags, Is.Not.Empty);
        var first = flags[0]!;
        Assert.That(first["yard"]!.GetValue<string>(), Is.EqualTo("tumangang"));
        Assert.That(first["acquired"]!.GetValue<string>(), Does.Match(@"^2023-\d\d-\d\dT\d\d:\d\d:\d\dZ$"));
        Assert.That(first["count"]!.GetValue<int>(), Is.GreaterThan(40));
        Assert.That(first["expected"]!.GetValue<double>(), Is.LessThan(35));
        Assert.That(first["upper"]!.GetValue<double>(), Is.LessThan(first["count"]!.GetValue<int>()));
        Assert.That(first["p_value"]!.GetValue<double>(), Is.InRange(0.0, 0.05));
        Assert.That(first["kind"]!.GetValue<string>(), Is.AnyOf("spike", "sustained"));
        Assert.That(first["method"]!.GetValue<string>(), Does.StartWith("nb-"));
        Assert.That(first["reason"]!.GetValue<string>(), Does.Contain("expected"));
    }

    [Test]
    public async Task Detect_AsCsv_PrintsStableHeaderAndOneRowPerFlag()
    {
        var path = Write("counts.csv", SurgeSeries());

        var (code, stdout, stderr) = await Run("detect", "--series", path, "--format", "csv");
        var (_, json, _) = await Run("detect", "--series", path);

        Assert.That(code, Is.Zero, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("yard,acquired,count,expected,upper,p_value,kind,method,reason"));
        Assert.That(lines, Has.Length.EqualTo(JsonNode.Parse(json)!["flags"]!.AsArray().Count + 1));
        Assert.That(lines[1], Does.StartWith("tumangang,2023-"));
    }

    [Test]
    public async Task Detect_NegativeCount_Exits65NamingLineAndPrintsNothing()
    {
        var path = Write("counts.csv", "yard,acquired,count\na,2023-01-01,4\na,2023-01-02,7\na,2023-01-03,-3\n");

        var (code, stdout, stderr) = await Run("detect", "--series", path);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr.Trim(), Is.EqualTo("railwatch: counts.csv:4: count \"-3\" is negative"));
        Assert.That(stdout, Is.Empty);
    }

    [TestCase("a,2023-02-30,4", "counts.csv:3: acquired \"2023-02-30\" is not an ISO 8601 date or time")]
    [TestCase("a,2023-01-01,9", "counts.csv:3: duplicate observation of yard \"a\" at 2023-01-01T00:00:00Z (first on line 2)")]
    [TestCase("a,2023-01-02", "counts.csv:3: row has 2 fields, the header has 3")]
    public async Task Detect_BadRow_Exits65WithLineAndProblem(string row, string message)
    {
        var path = Write("counts.csv", $"yard,acquired,count\na,2023-01-01,4\n{row}\n");

        var (code, stdout, stderr) = await Run("detect", "--series", path, "--format", "csv");

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr.Trim(), Is.EqualTo("railwatch: " + message));
        Assert.That(stdout, Is.Empty);
    }

    [Test]
    public async Task Detect_YardNameInLatin1_Exits65NamingLineAndPrintsNothing()
    {
        var path = Path.Combine(root, "latin1.csv");
        await File.WriteAllBytesAsync(path, Encoding.Latin1.GetBytes("yard,acquired,count\nkhasan,2023-01-01,4\ntumangang-caf\u00e9,2023-01-02,7\n"));

        var (code, stdout, stderr) = await Run("detect", "--series", path);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr.Trim(), Is.EqualTo("railwatch: latin1.csv:3: not valid UTF-8"));
        Assert.That(stdout, Is.Empty);
    }

    [Test]
    public async Task Detect_MissingFile_Exits2()
    {
        var (code, _, stderr) = await Run("detect", "--series", Path.Combine(root, "none.csv"));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("none.csv: file not found"));
    }

    [Test]
    public async Task Detect_SeriesIsAFolder_Exits2SayingSo()
    {
        var (code, _, stderr) = await Run("detect", "--series", root);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr.Trim(), Is.EqualTo($"railwatch: {root}: a folder, not a series CSV file"));
    }

    [Test]
    public async Task Detect_WithoutSeries_Exits2()
    {
        var (code, _, stderr) = await Run("detect");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--series"));
    }

    [TestCase("--false-alarms-per-year", "NaN", "must be a positive number, not NaN")]
    [TestCase("--false-alarms-per-year", "Infinity", "must be a positive number, not Infinity")]
    [TestCase("--false-alarms-per-year", "-Infinity", "must be a positive number, not -Infinity")]
    [TestCase("--false-alarms-per-year", "0", "must be a positive number, not 0")]
    [TestCase("--false-alarms-per-year", "-2", "must be a positive number, not -2")]
    [TestCase("--false-alarms-per-year", "400", "must be at most 365 (one false alarm a day), not 400")]
    [TestCase("--spike-false-alarms-per-year", "NaN", "must be a positive number, not NaN")]
    [TestCase("--spike-false-alarms-per-year", "Infinity", "must be a positive number, not Infinity")]
    [TestCase("--spike-false-alarms-per-year", "0", "must be a positive number, not 0")]
    [TestCase("--spike-false-alarms-per-year", "-0.5", "must be a positive number, not -0.5")]
    [TestCase("--spike-false-alarms-per-year", "365.5", "must be at most 365 (one false alarm a day), not 365.5")]
    public async Task Detect_RateNotPositiveFiniteOrAboveOnePerDay_Exits2WithOneLineNamingTheOption(string option, string value, string problem)
    {
        var path = Write("counts.csv", SurgeSeries());

        var (code, stdout, stderr) = await Run("detect", "--series", path, $"{option}={value}");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr.TrimEnd(), Is.EqualTo($"railwatch: {option} {problem}"));
        Assert.That(stdout, Is.Empty);
    }

    [TestCase("--false-alarms-per-year")]
    [TestCase("--spike-false-alarms-per-year")]
    public async Task Detect_RateOfOnePerDay_IsTheLargestAccepted(string option)
    {
        var path = Write("counts.csv", SurgeSeries());

        var (code, stdout, stderr) = await Run("detect", "--series", path, option, "365");

        Assert.That(code, Is.Zero, stderr);
        Assert.That(JsonNode.Parse(stdout)!["flags"]!.AsArray(), Is.Not.Empty);
    }

    /// <summary>About 20 cars every few days through 2022, then over 70 from late September 2023.</summary>
    private static string SurgeSeries()
    {
        var rng = new Random(4);
        var text = new StringBuilder("yard,acquired,count,low,high,observed_fraction\n");
        var start = new DateTime(2022, 1, 3, 2, 0, 0, DateTimeKind.Utc);
        for (var day = 0; day < 660; day += 2 + rng.Next(0, 4))
        {
            var mean = day < 630 ? 20 : 72;
            var count = Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean * 1.5) * Normal(rng))));
            text.Append(CultureInfo.InvariantCulture, $"tumangang,{start.AddDays(day):yyyy-MM-ddTHH:mm:ssZ},{count},{Math.Max(0, count - 2)},{count + 2},1\n");
        }

        return text.ToString();
    }

    private static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private string Write(string name, string text)
    {
        var path = Path.Combine(root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 400;
        var error = new StringWriter();
        var code = await RailWatchApp.RunAsync(args, new CliEnvironment(console, error, TimeProvider.System));
        return (code, console.Output, error.ToString());
    }
}
