using System.Text.Json;
using RailWatch.Core.Text;

namespace RailWatch.Core.Tests.Text;

public sealed class JsonProblemTests
{
    [TestCase("{\n \"a\": ,\n}", "not valid JSON at line 2, column 7: ',' is an invalid start of a value")]
    [TestCase("{\n \"a\": 1,\n", "not valid JSON at line 3, column 1: Expected start of a property name or value, but instead reached end of data")]
    [TestCase("{\n \"a\": {\"b\": 1}\n", "not valid JSON at line 3, column 1: an object or array is not closed")]
    [TestCase("", "the file is empty (no JSON in it)")]
    [TestCase("   \n", "the file is empty (no JSON in it)")]
    public void Describe_ParseError_OneLineWithOneBasedLineAndColumnAndNoReaderSuffix(string json, string expected)
    {
        JsonException? exception = null;
        try
        {
            JsonDocument.Parse(json).Dispose();
        }
        catch (JsonException e)
        {
            exception = e;
        }

        Assert.That(exception, Is.Not.Null, "the text must not parse");
        Assert.That(JsonProblem.Describe(exception!), Is.EqualTo(expected));
    }
}
