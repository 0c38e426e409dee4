using System.Text;
using Microsoft.Data.Sqlite;
using RailWatch.Core.Counting;
using RailWatch.Core.Flags;

namespace RailWatch.Store;

internal static class ObservationsSql
{
    private const string InsertSql = """
        INSERT INTO observations (yard_id, scene_ref, run_id, image, algorithm, model_version, gsd_m, shift_east_m, shift_north_m,
            observed_fraction, count, low, high)
        VALUES ($yard, $scene, $run, $image, $algorithm, $model, $gsd, $east, $north, $fraction, $count, $low, $high)
        RETURNING id
        """;

    private const string InsertTrackSql = """
        INSERT INTO track_counts (observation_id, track_id, count, low, high, observed_fraction)
        VALUES ($observation, $track, $count, $low, $high, $fraction)
        """;

    private const string InsertCarSql = """
        INSERT INTO cars (observation_id, seq, track_id, lon, lat, length_m, score, x_px, y_px, angle_deg, length_px)
        VALUES ($observation, $seq, $track, $lon, $lat, $length, $score, $x, $y, $angle, $lengthPx)
        """;

    // Columns of ObservationRow, then the observation id, then the provider again for ordering ties.
    private static readonly string TotalsSelect = $"""
        SELECT o.yard_id, s.provider, s.scene_id, s.acquired, '*', o.count, o.low, o.high, o.observed_fraction, o.gsd_m, s.sensor,
            o.algorithm, o.model_version, {SqlText.CorrectedCount("o.id")}, 0 AS track_order, o.id
        FROM observations o JOIN scenes s ON s.id = o.scene_ref
        """;

    private const string TracksSelect = """
        SELECT o.yard_id, s.provider, s.scene_id, s.acquired, t.track_id, t.count, t.low, t.high, t.observed_fraction, o.gsd_m, s.sensor,
            o.algorithm, o.model_version, NULL, 1 AS track_order, o.id
        FROM track_counts t JOIN observations o ON o.id = t.observation_id JOIN scenes s ON s.id = o.scene_ref
        """;

    private const string ListOrder = " ORDER BY 1, 4, 3, 2, 15, 5";

    private static readonly string SeriesSql = $"""
        SELECT s.acquired, o.count, o.low, o.high, o.observed_fraction, {SqlText.CorrectedCount("o.id")} AS corrected, o.gsd_m
        FROM observations o JOIN scenes s ON s.id = o.scene_ref
        WHERE o.yard_id = $yard AND (NOT {SqlText.Dismissed("o.id")} OR corrected IS NOT NULL)
        ORDER BY s.acquired, s.provider, s.scene_id
        """;

    private const string CarsSql = """
        SELECT track_id, lon, lat, length_m, score, x_px, y_px, angle_deg, length_px
        FROM cars WHERE observation_id = $observation ORDER BY seq
        """;

    public static bool Save(SqliteConnection c, SceneObservation observation, ChipFiles chip, Action<string>? hook)
    {
        Validate(observation, chip);
        var count = observation.Count;
        var scene = observation.Scene;
        using var t = c.BeginTransaction(deferred: false);
        YardsSql.RequireExists(c, t, observation.YardId);
        RunsSql.RequireExists(c, t, observation.RunId);
        if (ScenesSql.HasObservation(c, t, observation.YardId, scene.Provider, scene.SceneId))
        {
            return false;
        }

        var sceneRef = ScenesSql.Ensure(c, t, scene);
        hook?.Invoke("scene");
        var id = (long)Db.Scalar(c, t, InsertSql,
            ("$yard", observation.YardId), ("$scene", sceneRef), ("$run", observation.RunId), ("$image", count.Image),
            ("$algorithm", count.Algorithm), ("$model", count.ModelVersion), ("$gsd", count.GsdMetres),
            ("$east", count.ShiftMetres.East), ("$north", count.ShiftMetres.North), ("$fraction", count.ObservedFraction),
            ("$count", count.Total.Count), ("$low", count.Total.Low), ("$high", count.Total.High))!;
        hook?.Invoke("observation");
        foreach (var track in count.Tracks)
        {
            Db.Execute(c, t, InsertTrackSql, ("$observation", id), ("$track", track.TrackId), ("$count", track.Estimate.Count),
                ("$low", track.Estimate.Low), ("$high", track.Estimate.High), ("$fraction", track.ObservedFraction));
        }

        hook?.Invoke("tracks");
        for (var i = 0; i < count.Cars.Count; i++)
        {
            var car = count.Cars[i];
            var onPreview = chip.CarsOnPreview.Count > 0 ? chip.CarsOnPreview[i] : null;
            Db.Execute(c, t, InsertCarSql, ("$observation", id), ("$seq", i), ("$track", car.TrackId), ("$lon", car.Center.Lon),
                ("$lat", car.Center.Lat), ("$length", car.LengthMetres), ("$score", car.Score), ("$x", onPreview?.X), ("$y", onPreview?.Y),
                ("$angle", onPreview?.AngleDeg), ("$lengthPx", onPreview?.LengthPx));
        }

        hook?.Invoke("cars");
        ChipsSql.Insert(c, t, id, chip);
        hook?.Invoke("chip");
        Db.Execute(c, t, ScenesSql.ClearFailureSql, ("$yard", observation.YardId), ("$provider", scene.Provider), ("$scene", scene.SceneId));
        hook?.Invoke("commit");
        t.Commit();
        return true;
    }

    public static IReadOnlyList<ObservationRow> List(SqliteConnection c, ObservationQuery query)
    {
        var (where, parameters) = Filter(query.YardId, query.Since);
        var sql = new StringBuilder(TotalsSelect).Append(where);
        if (query.IncludeTracks)
        {
            sql.Append(" UNION ALL ").Append(TracksSelect).Append(where);
        }

        sql.Append(ListOrder);
        return Db.Query(c, null, sql.ToString(), ReadRow, parameters);
    }

    /// <summary>The total row first, then the tracks, of one observation.</summary>
    public static IReadOnlyList<ObservationRow> ForObservation(SqliteConnection c, long observationId)
    {
        const string where = " WHERE o.id = $observation";
        var sql = TotalsSelect + where + " UNION ALL " + TracksSelect + where + ListOrder;
        return Db.Query(c, null, sql, ReadRow, ("$observation", observationId));
    }

    public static IReadOnlyList<CarRow> Cars(SqliteConnection c, long observationId) =>
        Db.Query(c, null, CarsSql, r => new CarRow(r.GetString(0), r.GetDouble(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4))
        {
            OnPreview = r.IsDBNull(5) ? null : new ChipCar(r.GetDouble(5), r.GetDouble(6), r.GetDouble(7), r.GetDouble(8)),
        }, ("$observation", observationId));

    public static IReadOnlyList<CountObservation> Series(SqliteConnection c, string yardId) =>
        Db.Query(c, null, SeriesSql, r =>
        {
            var corrected = r.NullableInt(5);
            var source = CountSource.OfGsd(r.GetDouble(6));
            return corrected is { } n
                ? new CountObservation(yardId, r.Time(0), n) { Low = n, High = n, ObservedFraction = r.GetDouble(4), Source = source }
                : new CountObservation(yardId, r.Time(0), r.NullableInt(1)) { Low = r.NullableInt(2), High = r.NullableInt(3), ObservedFraction = r.GetDouble(4), Source = source };
        }, ("$yard", yardId));

    private static ObservationRow ReadRow(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.Time(3), r.GetString(4), r.NullableInt(5), r.NullableInt(6), r.NullableInt(7),
        r.GetDouble(8), r.GetDouble(9), r.NullableString(10), r.GetString(11), r.GetString(12), r.NullableInt(13));

    private static (string Where, (string, object?)[] Parameters) Filter(string? yardId, DateTimeOffset? since)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object?)>();
        if (yardId is not null)
        {
            clauses.Add("o.yard_id = $yard");
            parameters.Add(("$yard", yardId));
        }

        if (since is { } s)
        {
            clauses.Add("s.acquired >= $since");
            parameters.Add(("$since", StoreTime.ToText(s)));
        }

        return (clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", clauses), parameters.ToArray());
    }

    private static void Validate(SceneObservation observation, ChipFiles chip)
    {
        var count = observation.Count;
        ArgumentException.ThrowIfNullOrWhiteSpace(observation.YardId);
        ArgumentException.ThrowIfNullOrWhiteSpace(observation.Scene.Provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(observation.Scene.SceneId);
        if (!string.Equals(count.YardId, observation.YardId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the count is of yard \"{count.YardId}\", the observation of yard \"{observation.YardId}\"", nameof(observation));
        }

        if (chip.CarsOnPreview.Count != 0 && chip.CarsOnPreview.Count != count.Cars.Count)
        {
            throw new ArgumentException($"{chip.CarsOnPreview.Count} cars on the preview for {count.Cars.Count} cars counted; give one per car or none", nameof(observation));
        }

        var duplicate = count.Tracks.GroupBy(t => t.TrackId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"track \"{duplicate.Key}\" is counted twice", nameof(observation));
        }

        if (count.Tracks.Any(t => t.TrackId == ObservationRow.TotalTrack))
        {
            throw new ArgumentException($"track id \"{ObservationRow.TotalTrack}\" is reserved for the yard total", nameof(observation));
        }

        if (!double.IsFinite(count.GsdMetres) || !double.IsFinite(count.ObservedFraction))
        {
            throw new ArgumentException("GSD and observed fraction must be finite numbers", nameof(observation));
        }
    }
}
