using RailWatch.Cli.Infrastructure;

namespace RailWatch.Cli.Tests.Infrastructure;

public sealed class CliEnvironmentTests
{
    [TestCase("120", 120)]
    [TestCase("40", 40)]
    [TestCase(null, 160)]
    [TestCase("", 160)]
    [TestCase("wide", 160)]
    [TestCase("20", 160)]
    [TestCase("-100", 160)]
    public void RedirectedWidth_TakesTheShellsColumnsWhereSensible_Else160(string? columns, int expected)
    {
        Assert.That(CliEnvironment.RedirectedWidth(columns), Is.EqualTo(expected));
    }
}
