using Microsoft.Data.Sqlite;
using RailWatch.Core.Flags;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;

namespace RailWatch.Store;

/// <summary>
/// The RailWatch SQLite store: yards, scenes, chips, observations, cars, baselines, flags, reviews, runs and scene
/// failures. Every public member is thread-safe (one lock around one connection). Writes about one yard × scene
/// happen in one transaction, so a process killed at any moment leaves either all of a scene or nothing of it.
/// </summary>
public sealed class RailWatchStore : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private bool _disposed;

    private RailWatchStore(string path, SqliteConnection connection, int schemaVersion, string chipDirectory)
    {
        Path = path;
        _connection = connection;
        SchemaVersion = schemaVersion;
        ChipDirectory = chipDirectory;
    }

    /// <summary>The store file (full path).</summary>
    public string Path { get; }

    /// <summary>The schema version of the open file (always <see cref="LatestSchemaVersion"/> once opened).</summary>
    public int SchemaVersion { get; }

    /// <summary>Full path of the chip folder, with a trailing separator.</summary>
    public string ChipDirectory { get; }

    /// <summary>The newest schema version this code knows.</summary>
    public static int LatestSchemaVersion => Migrator.LatestVersion;

    /// <summary>
    /// Opens (creating folders and file as needed) and migrates a store. A file written by a newer RailWatch throws
    /// <see cref="Core.Errors.UsageException"/>; a file that is not a SQLite database throws
    /// <see cref="Core.Errors.BadDataException"/>.
    /// </summary>
    public static RailWatchStore Open(string path, StoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new StoreOptions();
        var full = System.IO.Path.GetFullPath(path);
        var chips = ChipPaths.ResolveDirectory(full, options.ChipDirectory);
        var (connection, version) = StoreConnection.OpenAndMigrate(full, options);
        try
        {
            Directory.CreateDirectory(chips);
            return new RailWatchStore(full, connection, version, chips);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            connection.Dispose();
            throw new Core.Errors.UsageException($"{chips}: cannot create the store's chip folder: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void UpsertYard(Yard yard)
    {
        ArgumentNullException.ThrowIfNull(yard);
        Locked(c => YardsSql.Upsert(c, yard));
    }

    /// <summary>The yard as last upserted (read back from its stored GeoJSON), or null.</summary>
    public Yard? FindYard(string yardId) => Locked(c => YardsSql.Find(c, yardId));

    public IReadOnlyList<YardSummary> Yards() => Locked(YardsSql.Summaries);

    public long BeginRun(DateTimeOffset startedAt, string? configPath) => Locked(c => RunsSql.Begin(c, startedAt, configPath));

    public void FinishRun(long runId, DateTimeOffset finishedAt, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Locked(c => RunsSql.Finish(c, runId, finishedAt, summary));
    }

    /// <summary>Every run, oldest first.</summary>
    public IReadOnlyList<RunRow> Runs() => Locked(RunsSql.List);

    /// <summary>
    /// The runs of an existing store file, oldest first, read without creating, migrating or writing anything: null
    /// when there is no such file or it is not a RailWatch store (not a SQLite database, or one without its runs table).
    /// </summary>
    public static IReadOnlyList<RunRow>? ReadRuns(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return RunsSql.ReadExisting(System.IO.Path.GetFullPath(path));
    }

    /// <summary>True when this yard × scene is already stored (the nightly job skips it).</summary>
    public bool HasScene(string yardId, string provider, string sceneId) =>
        Locked(c => ScenesSql.HasObservation(c, yardId, provider, sceneId));

    /// <summary>
    /// Saves a yard × scene in ONE transaction: the scene row, the chip, the yard total, per-track counts and cars;
    /// clears the yard × scene's failure record. Returns false and changes nothing when it is already stored.
    /// </summary>
    public bool SaveObservation(SceneObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var chip = ChipPaths.Normalise(ChipDirectory, observation.Chip);
        return Locked(c => ObservationsSql.Save(c, observation, chip, CrashHook));
    }

    /// <summary>Records that a yard × scene failed (attempts + 1); never creates an observation.</summary>
    public void RecordFailure(string yardId, SceneRef scene, string error, long runId)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(error);
        Locked(c => ScenesSql.RecordFailure(c, yardId, scene, error, runId));
    }

    /// <summary>Yard × scene failures not yet followed by a success, by yard, acquisition, provider, scene id.</summary>
    public IReadOnlyList<SceneFailureRow> Failures() => Locked(ScenesSql.Failures);

    /// <summary>Replaces the yard's baseline rows with <paramref name="rows"/> (one transaction).</summary>
    public void SaveBaselines(string yardId, IEnumerable<BaselineRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        Locked(c => BaselinesSql.Replace(c, yardId, list));
    }

    /// <summary>The yard's baseline rows in time order.</summary>
    public IReadOnlyList<BaselineRow> Baselines(string yardId) => Locked(c => BaselinesSql.List(c, yardId));

    /// <summary>The observation listing; see docs/store.md for the columns and order.</summary>
    public IReadOnlyList<ObservationRow> Observations(ObservationQuery? query = null) =>
        Locked(c => ObservationsSql.List(c, query ?? new ObservationQuery()));

    /// <summary>
    /// The yard's totals per scene in time order, as the detector reads them: observations of scenes whose flag was
    /// dismissed are left out, and an analyst's corrected count replaces the counter's (with Low = High = it).
    /// </summary>
    public IReadOnlyList<CountObservation> Series(string yardId) => Locked(c => ObservationsSql.Series(c, yardId));

    /// <summary>
    /// Inserts new flags (keyed by yard, acquired, kind; existing ones are left untouched) in one transaction and
    /// returns how many were new. Each flag links to the scene observed for that yard at that time.
    /// </summary>
    public int SaveFlags(IEnumerable<Flag> flags, long runId)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var list = flags.ToList();
        return Locked(c => FlagsSql.Save(c, list, runId));
    }

    /// <summary>The flag listing; see docs/store.md for the columns and order.</summary>
    public IReadOnlyList<FlagRow> Flags(FlagQuery? query = null) =>
        Locked(c => FlagsSql.List(c, query ?? new FlagQuery()));

    public FlagDetail? FlagDetail(long flagId) => Locked(c => FlagsSql.Detail(c, flagId, ChipDirectory));

    /// <summary>Saves an analyst's decision; the latest review (by decision time) sets the flag's status.</summary>
    public long SaveReview(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return Locked(c => ReviewsSql.Save(c, review));
    }

    /// <summary>The flag's reviews, oldest first.</summary>
    public IReadOnlyList<Review> Reviews(long flagId) => Locked(c => ReviewsSql.List(c, flagId));

    /// <summary>A chip by id, for serving its files; null when unknown.</summary>
    public ChipRow? Chip(long chipId) => Locked(c => ChipsSql.Find(c, chipId, ChipDirectory));

    /// <summary>
    /// The store's whole content as text, each table in the order of its natural key, without row ids, run ids or run
    /// times: equal content dumps equal bytes (scene failures without their attempt counts).
    /// </summary>
    public string Dump() => Locked(StoreDump.Dump);

    /// <summary>PRAGMA integrity_check: "ok" for a sound file, otherwise SQLite's first problems.</summary>
    public string IntegrityCheck() => Locked(c => string.Join("; ", Db.Query(c, null, "PRAGMA integrity_check", r => r.GetString(0))));

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _connection.Dispose();
        }
    }

    /// <summary>Test seam: called inside SaveObservation's transaction after each step (crash-safety tests).</summary>
    internal Action<string>? CrashHook { get; set; }

    internal T Locked<T>(Func<SqliteConnection, T> action)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return action(_connection);
        }
    }

    private void Locked(Action<SqliteConnection> action) => Locked<bool>(c =>
    {
        action(c);
        return true;
    });
}
