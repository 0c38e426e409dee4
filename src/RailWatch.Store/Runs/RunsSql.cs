using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace RailWatch.Store;

internal static class RunsSql
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static long Begin(SqliteConnection c, DateTimeOffset startedAt, string? configPath) =>
        (long)Db.Scalar(c, null, "INSERT INTO runs (started_at, config_path) VALUES ($at, $config) RETURNING id",
            ("$at", StoreTime.ToText(startedAt)), ("$config", configPath))!;

    public static void Finish(SqliteConnection c, long runId, DateTimeOffset finishedAt, RunSummary summary)
    {
        var n = Db.Execute(c, null, "UPDATE runs SET finished_at = $at, summary_json = $summary WHERE id = $id",
            ("$at", StoreTime.ToText(finishedAt)), ("$summary", JsonSerializer.Serialize(summary, Json)), ("$id", runId));
        if (n == 0)
        {
            throw new InvalidOperationException($"run {runId} does not exist; call BeginRun first");
        }
    }

    public static IReadOnlyList<RunRow> List(SqliteConnection c) =>
        Db.Query(c, null, "SELECT id, started_at, finished_at, config_path, summary_json FROM runs ORDER BY id", r =>
            new RunRow(r.GetInt64(0), r.Time(1), r.NullableTime(2), r.NullableString(3),
                r.IsDBNull(4) ? null : JsonSerializer.Deserialize<RunSummary>(r.GetString(4), Json)));

    /// <summary>The runs of the store file at <paramref name="fullPath"/> without migrating it; null when it is not a RailWatch store.</summary>
    public static IReadOnlyList<RunRow>? ReadExisting(string fullPath)
    {
        if (!File.Exists(fullPath))
        {
            return null;
        }

        // ReadWrite without Create: a WAL file may need its -shm made to be read; nothing here writes a row.
        var builder = new SqliteConnectionStringBuilder { DataSource = fullPath, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ConnectionString);
            connection.Open();
            var hasRuns = Db.Scalar(connection, null, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs'") is not null;
            return hasRuns ? List(connection) : null;
        }
        catch (Exception e) when (e is SqliteException or FormatException or JsonException)
        {
            return null;
        }
    }

    public static void RequireExists(SqliteConnection c, SqliteTransaction? t, long runId)
    {
        if (Db.Scalar(c, t, "SELECT 1 FROM runs WHERE id = $id", ("$id", runId)) is null)
        {
            throw new InvalidOperationException($"run {runId} does not exist; call BeginRun first");
        }
    }
}
