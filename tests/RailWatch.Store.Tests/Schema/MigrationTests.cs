using Microsoft.Data.Sqlite;
using RailWatch.Core.Errors;
using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Schema;

public class MigrationTests
{
    private static SqliteConnection Raw(string path)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        c.Open();
        return c;
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void CreateAtVersion(string path, int version)
    {
        var (connection, reached) = StoreConnection.OpenAndMigrate(path, new StoreOptions(), version);
        connection.Dispose();
        Assert.That(reached, Is.EqualTo(version));
    }

    [Test]
    public void Open_NewPathInMissingFolder_CreatesFileChipFolderAndLatestSchema()
    {
        using var temp = new TempStore();
        var path = temp.PathOf("nested/deeper/night.db");

        using var store = RailWatchStore.Open(path);

        Assert.That(File.Exists(path), Is.True);
        Assert.That(store.SchemaVersion, Is.EqualTo(RailWatchStore.LatestSchemaVersion));
        Assert.That(store.ChipDirectory, Is.EqualTo(temp.PathOf("nested/deeper/night.chips") + Path.DirectorySeparatorChar));
        Assert.That(Directory.Exists(store.ChipDirectory), Is.True);
    }

    [Test]
    public void Open_ChipDirectoryOption_UsesIt()
    {
        using var temp = new TempStore();
        using var store = RailWatchStore.Open(temp.StorePath, new StoreOptions { ChipDirectory = temp.PathOf("chips-here") });

        Assert.That(store.ChipDirectory, Is.EqualTo(temp.PathOf("chips-here") + Path.DirectorySeparatorChar));
    }

    [Test]
    public void Open_SetsWalFullSyncForeignKeysAndBusyTimeout()
    {
        using var temp = new TempStore();
        using var store = RailWatchStore.Open(temp.StorePath, new StoreOptions { BusyTimeout = TimeSpan.FromSeconds(7) });

        var pragmas = store.Locked(c => (
            Journal: Convert.ToString(Scalar(c, "PRAGMA journal_mode"), System.Globalization.CultureInfo.InvariantCulture),
            Sync: Convert.ToInt64(Scalar(c, "PRAGMA synchronous"), System.Globalization.CultureInfo.InvariantCulture),
            Keys: Convert.ToInt64(Scalar(c, "PRAGMA foreign_keys"), System.Globalization.CultureInfo.InvariantCulture),
            Busy: Convert.ToInt64(Scalar(c, "PRAGMA busy_timeout"), System.Globalization.CultureInfo.InvariantCulture)));

        Assert.That(pragmas.Journal, Is.EqualTo("wal"));
        Assert.That(pragmas.Sync, Is.EqualTo(2), "synchronous=FULL");
        Assert.That(pragmas.Keys, Is.EqualTo(1));
        Assert.That(pragmas.Busy, Is.EqualTo(7000));
    }

    [Test]
    public void Open_Version0FileWithForeignTable_MigratesAndKeepsTheTable()
    {
        using var temp = new TempStore();
        using (var raw = Raw(temp.StorePath))
        {
            Exec(raw, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')");
            Assert.That(Convert.ToInt64(Scalar(raw, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture), Is.Zero);
        }

        using var store = RailWatchStore.Open(temp.StorePath);

        Assert.That(store.SchemaVersion, Is.EqualTo(RailWatchStore.LatestSchemaVersion));
        Assert.That(store.Locked(c => Scalar(c, "SELECT text FROM notes")), Is.EqualTo("kept"));
    }

    [Test]
    public void Migrator_Scripts_AreNumberedOneToLatest()
    {
        Assert.That(Migrator.All.Select(s => s.Version), Is.EqualTo(Enumerable.Range(1, RailWatchStore.LatestSchemaVersion)));
        Assert.That(RailWatchStore.LatestSchemaVersion, Is.GreaterThanOrEqualTo(3));
    }

    [TestCase(1)]
    [TestCase(2)]
    public void Open_OlderVersionWithData_MigratesToLatestKeepingEveryRow(int version)
    {
        using var temp = new TempStore();
        CreateAtVersion(temp.StorePath, version);
        using (var raw = Raw(temp.StorePath))
        {
            // Rows written the way the code of that version wrote them.
            Exec(raw, """
                INSERT INTO yards (id, name, description, geojson, track_count, source_path)
                    VALUES ('old', 'Old yard', NULL, '{"type":"FeatureCollection","features":[]}', 2, NULL);
                INSERT INTO runs (id, started_at) VALUES (1, '2024-12-31T23:00:00Z');
                INSERT INTO scenes (id, provider, scene_id, acquired, href) VALUES (1, 'folder', 'S1', '2025-01-01T00:00:00Z', '/s1.tif');
                INSERT INTO observations (id, yard_id, scene_ref, run_id, image, algorithm, model_version, gsd_m, shift_east_m, shift_north_m,
                    observed_fraction, count, low, high) VALUES (1, 'old', 1, 1, '/s1.tif', 'a', 'v', 0.5, 0, 0, 1.0, 17, 15, 20);
                INSERT INTO chips (observation_id, geotiff_path, preview_path, preview_width, preview_height) VALUES (1, 'old/S1.tif', NULL, 0, 0);
                """);
            if (version >= 2)
            {
                Exec(raw, """
                    INSERT INTO flags (id, yard_id, acquired, kind, count, expected, upper, p_value, method, reason, observation_id, run_id)
                        VALUES (1, 'old', '2025-01-01T00:00:00Z', 'spike', 17, 8, 12, 0.001, 'm', 'r', 1, 1);
                    INSERT INTO reviews (flag_id, decision, reviewer, decided_at, corrected_count) VALUES (1, 'accepted', 'ana', '2025-01-02T00:00:00Z', 16);
                    """);
            }
        }

        using var store = RailWatchStore.Open(temp.StorePath);

        Assert.That(store.SchemaVersion, Is.EqualTo(RailWatchStore.LatestSchemaVersion));
        var total = store.Observations(new ObservationQuery { IncludeTracks = false }).Single();
        Assert.That((total.YardId, total.SceneId, total.Count), Is.EqualTo(("old", "S1", (int?)17)));
        Assert.That(total.CorrectedCount, Is.EqualTo(version >= 2 ? 16 : null));
        // What the later versions added works on the migrated file.
        store.RecordFailure("old", Samples.Scene("S2", Samples.Day0), "timeout", 1);
        Assert.That(store.Failures(), Has.Count.EqualTo(1));
    }

    [Test]
    public void Open_FileFromNewerVersion_ThrowsUsageNamingFileAndBothVersions()
    {
        using var temp = new TempStore();
        using (RailWatchStore.Open(temp.StorePath))
        {
        }

        var newer = RailWatchStore.LatestSchemaVersion + 4;
        using (var raw = Raw(temp.StorePath))
        {
            Exec(raw, $"PRAGMA user_version = {newer}");
        }

        var e = Assert.Throws<UsageException>(() => RailWatchStore.Open(temp.StorePath));

        Assert.That(e.Message, Does.Contain(temp.StorePath));
        Assert.That(e.Message, Does.Contain($"version {newer}"));
        Assert.That(e.Message, Does.Contain($"version {RailWatchStore.LatestSchemaVersion}"));
        Assert.That(e.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void Open_NotASqliteFile_ThrowsBadDataNamingFile()
    {
        using var temp = new TempStore();
        File.WriteAllText(temp.StorePath, "this is a text file, not a database, and it is long enough to have a header");

        var e = Assert.Throws<BadDataException>(() => RailWatchStore.Open(temp.StorePath));

        Assert.That(e.Message, Does.StartWith(temp.StorePath));
    }

    [Test]
    public void Open_MigrationThatFailsMidway_LeavesThePreviousVersionAndNoPartOfIt()
    {
        using var temp = new TempStore();
        CreateAtVersion(temp.StorePath, 1);
        using (var raw = Raw(temp.StorePath))
        {
            // Migration 2 creates baselines, flags, reviews: a stray "reviews" table makes its third statement fail.
            Exec(raw, "CREATE TABLE reviews (x INTEGER)");
        }

        Assert.Throws<BadDataException>(() => RailWatchStore.Open(temp.StorePath));

        using var check = Raw(temp.StorePath);
        Assert.That(Convert.ToInt64(Scalar(check, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(1));
        Assert.That(Scalar(check, "SELECT name FROM sqlite_master WHERE name IN ('baselines', 'flags')"), Is.Null);
    }

    [Test]
    public void Open_TwiceAtLatest_ChangesNothing()
    {
        using var temp = new TempStore();
        string dump;
        using (var store = RailWatchStore.Open(temp.StorePath))
        {
            var run = Samples.Prepare(store);
            store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 12, run));
            dump = store.Dump();
        }

        using var again = RailWatchStore.Open(temp.StorePath);

        Assert.That(again.Dump(), Is.EqualTo(dump));
    }
}
