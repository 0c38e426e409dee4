using System.Globalization;
using System.Text;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Flags;

namespace RailWatch.Cli.Commands.Detect;

/// <summary>The <c>detect</c> command's output: JSON <c>{"flags":[...]}</c> or CSV with stable columns.</summary>
internal static class DetectOutput
{
    public const string CsvHeader = "yard,acquired,count,expected,upper,p_value,kind,method,reason";

    public static string Json(IReadOnlyList<Flag> flags) => CliJson.Serialize(new FlagList(flags.Select(Row).ToList()));

    public static string Csv(IReadOnlyList<Flag> flags)
    {
        var text = new StringBuilder(CsvHeader).Append('\n');
        foreach (var r in flags.Select(Row))
        {
            text.Append(Quote(r.Yard)).Append(',')
                .Append(r.Acquired).Append(',')
                .Append(r.Count.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(r.Expected.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(r.Upper.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(r.PValue.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(r.Kind).Append(',')
                .Append(Quote(r.Method)).Append(',')
                .Append(Quote(r.Reason)).Append('\n');
        }

        return text.ToString();
    }

    private static FlagRow Row(Flag f) => new(
        f.YardId,
        f.Acquired.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        f.Count,
        Math.Round(f.Expected, 2),
        Math.Round(f.Upper, 2),
        f.PValue,
        f.Kind.ToString().ToLowerInvariant(),
        f.Method,
        f.Reason);

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    internal sealed record FlagList(IReadOnlyList<FlagRow> Flags);

    internal sealed record FlagRow(
        string Yard, string Acquired, int Count, double Expected, double Upper, double PValue, string Kind, string Method, string Reason);
}
