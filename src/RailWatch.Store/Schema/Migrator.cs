using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using RailWatch.Core.Errors;

namespace RailWatch.Store;

/// <summary>
/// Brings a store file to the latest schema: PRAGMA user_version is the version; migration N (embedded script
/// Schema/Migrations/NNNN_*.sql) takes a file from N−1 to N and runs in its own IMMEDIATE transaction together with
/// setting user_version = N, so a crash mid-migration leaves the file at N−1 and the next open retries.
/// </summary>
internal static class Migrator
{
    private const string ResourcePrefix = "RailWatch.Store.Migrations.";

    private static readonly Lazy<IReadOnlyList<(int Version, string Name, string Sql)>> Scripts = new(LoadScripts);

    public static int LatestVersion => Scripts.Value.Count;

    public static IReadOnlyList<(int Version, string Name, string Sql)> All => Scripts.Value;

    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        Convert.ToInt32(Db.Scalar(connection, transaction, "PRAGMA user_version"), CultureInfo.InvariantCulture);

    /// <summary>Migrates to <paramref name="target"/> (default latest); returns the resulting version.</summary>
    public static int Migrate(SqliteConnection connection, string path, int? target = null)
    {
        var goal = target ?? LatestVersion;
        var found = ReadVersion(connection);
        if (found > LatestVersion)
        {
            throw Newer(path, found);
        }

        foreach (var (version, name, sql) in Scripts.Value)
        {
            if (version > goal)
            {
                break;
            }

            using var transaction = connection.BeginTransaction(deferred: false);

            // Read again under the write lock: another process may have migrated meanwhile.
            var current = ReadVersion(connection, transaction);
            if (current > LatestVersion)
            {
                throw Newer(path, current);
            }

            if (current >= version)
            {
                continue;
            }

            try
            {
                Db.Execute(connection, transaction, sql);
                Db.Execute(connection, transaction, $"PRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)}");
                transaction.Commit();
            }
            catch (SqliteException e)
            {
                throw new BadDataException($"{path}: schema migration {name} failed: {e.Message}", e);
            }
        }

        return ReadVersion(connection);
    }

    private static UsageException Newer(string path, int found) =>
        new($"{path}: store schema version {found} is newer than this RailWatch supports (version {LatestVersion}); use a newer RailWatch");

    private static List<(int, string, string)> LoadScripts()
    {
        var assembly = typeof(Migrator).Assembly;
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[ResourcePrefix.Length..];
            var version = int.Parse(name.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            if (version != scripts.Count + 1)
            {
                throw new InvalidOperationException($"migration scripts are not numbered 1..N: found {name} after version {scripts.Count}");
            }

            using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"missing resource {resource}");
            using var reader = new StreamReader(stream);
            scripts.Add((version, name, reader.ReadToEnd()));
        }

        return scripts;
    }
}
