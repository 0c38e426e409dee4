using System.Globalization;
using Microsoft.Data.Sqlite;
using RailWatch.Core.Errors;

namespace RailWatch.Store;

/// <summary>Opens the store file with the pragmas the crash-safety argument relies on (docs/store.md), then migrates.</summary>
internal static class StoreConnection
{
    public static (SqliteConnection Connection, int Version) OpenAndMigrate(string fullPath, StoreOptions options, int? targetVersion = null)
    {
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"{fullPath}: cannot create the store's folder: {e.Message}", e);
            }
        }

        if (Directory.Exists(fullPath))
        {
            throw new UsageException($"{fullPath}: is a folder, not a store file");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            var busyMs = ((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            Db.Execute(connection, null, $"PRAGMA busy_timeout = {busyMs}");
            Db.Execute(connection, null, "PRAGMA journal_mode = WAL");
            Db.Execute(connection, null, "PRAGMA synchronous = FULL");
            Db.Execute(connection, null, "PRAGMA foreign_keys = ON");
            var version = Migrator.Migrate(connection, fullPath, targetVersion);
            return (connection, version);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            connection.Dispose();
            throw new BadDataException($"{fullPath}: not a RailWatch store (not a SQLite database, or corrupt): {e.Message}", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 14 or 8)
        {
            connection.Dispose();
            throw new UsageException($"{fullPath}: cannot open the store for writing: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
