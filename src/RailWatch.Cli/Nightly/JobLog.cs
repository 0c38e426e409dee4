using System.Text.Json;
using System.Text.Json.Nodes;

namespace RailWatch.Cli.Nightly;

/// <summary>
/// The nightly job's log: one JSON object per line (timestamp, level, event and its fields), written to stderr when
/// no terminal shows progress bars. Secrets never reach it: sources redact them before they report.
/// </summary>
public sealed class JobLog
{
    private readonly TextWriter? writer;
    private readonly TimeProvider time;
    private readonly Lock gate = new();

    public JobLog(TextWriter? writer, TimeProvider time)
    {
        this.writer = writer;
        this.time = time;
    }

    /// <summary>Warnings and errors as one-line text, for a terminal that shows progress bars instead of the log.</summary>
    public event Action<string>? Problem;

    public void Info(string name, params (string Key, object? Value)[] fields) => Write("info", name, fields);

    public void Warn(string name, params (string Key, object? Value)[] fields)
    {
        Write("warn", name, fields);
        Problem?.Invoke($"{name}: {string.Join(", ", fields.Select(f => $"{f.Key}={f.Value}"))}");
    }

    private void Write(string level, string name, (string Key, object? Value)[] fields)
    {
        if (writer is null)
        {
            return;
        }

        var line = new JsonObject
        {
            ["ts"] = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["level"] = level,
            ["event"] = name,
        };
        foreach (var (key, value) in fields)
        {
            line[key] = value switch
            {
                null => null,
                // Times as everywhere else in the CLI's output: UTC with Z, fractions only where there are any.
                DateTimeOffset t => Core.Text.UtcTime.Format(t),
                _ => JsonSerializer.SerializeToNode(value),
            };
        }

        lock (gate)
        {
            writer.WriteLine(line.ToJsonString());
        }
    }
}
