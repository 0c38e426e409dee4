using RailWatch.Cli.Tests.Nightly;

namespace RailWatch.Cli.Tests.Commands.CommandLine;

/// <summary>
/// The program's command line as a whole: every command's help prints (help text is Spectre markup, where square
/// brackets that are not escaped as <c>[[ ]]</c> make <c>--help</c> fail), and an option no command knows stops it.
/// </summary>
public sealed class CommandLineTests
{
    [TestCase(new[] { "detect", "--series", "x.csv", "--false-alarms-per-year", "abc" }, "railwatch: --false-alarms-per-year: 'abc' is not a number")]
    [TestCase(new[] { "detect", "--series", "x.csv", "--false-alarms-per-year=abc" }, "railwatch: --false-alarms-per-year: 'abc' is not a number")]
    [TestCase(new[] { "synth", "--gsd", "fine", "--out", "x" }, "railwatch: --gsd: 'fine' is not a number")]
    [TestCase(new[] { "count", "x.tif", "--yard", "y.geojson", "--format", "csv" }, "railwatch: --format: 'csv' is not a valid value. Valid values are 'Text', 'Json'")]
    public async Task Option_ValueOfTheWrongType_Exit2NamingTheOptionAndWhatItWants(string[] args, string expected)
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync(args);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr.Trim(), Is.EqualTo(expected));
    }

    [Test]
    public async Task Version_PrintsTheProgramsVersion()
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync("--version");

        Assert.That(code, Is.Zero, stderr);
        Assert.That(stdout.Trim(), Does.StartWith("0.1.0"));
    }

    [Test]
    public async Task Help_OfTheProgram_ListsEveryCommand()
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync("--help");

        Assert.That(code, Is.Zero, stderr);
        Assert.That(CommandNames(stdout), Is.SupersetOf(new[] { "demo", "run", "count", "detect", "calibrate", "evaluate" }));
    }

    [Test]
    public async Task Help_OfEachCommand_PrintsItsUsage()
    {
        var (_, listing, _) = await CliRunner.RunAsync("--help");
        var names = CommandNames(listing);
        Assert.That(names, Is.Not.Empty);

        foreach (var name in names)
        {
            var (code, stdout, stderr) = await CliRunner.RunAsync(name, "--help");

            Assert.That(code, Is.Zero, $"railwatch {name} --help: {stderr}");
            Assert.That(stdout, Does.Contain("USAGE:").And.Contain($"railwatch {name}"), $"railwatch {name} --help");
        }
    }

    [Test]
    public async Task Help_OfDetect_ShowsTheOptionalColumnsInBrackets()
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync("detect", "--help");

        Assert.That(code, Is.Zero, stderr);
        Assert.That(stdout, Does.Contain("count[,low,high,observed_fraction,source]"));
    }

    [TestCase("detect", "--series", "counts.csv", "--fromat", "csv")]
    [TestCase("count", "scene.tif", "--yard", "yard.geojson", "--fromat", "json")]
    [TestCase("calibrate", "--seed", "1-24")]
    public async Task UnknownOption_StopsWithUsageExitCodeNamingIt(params string[] args)
    {
        var (code, _, stderr) = await CliRunner.RunAsync(args);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("Unknown option").And.Contain(args[^2].TrimStart('-')));
    }

    /// <summary>The names in the COMMANDS section of the program's help (a wrapped description's lines are indented further).</summary>
    private static List<string> CommandNames(string help) =>
        help.Split('\n')
            .SkipWhile(line => !line.StartsWith("COMMANDS:", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(line => line.Length == 0 || line[0] == ' ')
            .Where(line => line.Length > 4 && line.StartsWith("    ", StringComparison.Ordinal) && line[4] != ' ')
            .Select(line => line.TrimStart().Split(' ', 2)[0])
            .ToList();
}
