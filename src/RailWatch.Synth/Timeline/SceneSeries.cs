using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RailWatch.Core.Errors;
using RailWatch.Core.Yards;

namespace RailWatch.Synth;

/// <summary>
/// One yard over time: daily chances of an overpass per sensor, persistent weather (cloud gaps, undelivered
/// overcast scenes), seasons from the calendar (snow in winter), the sun from the date, and a scripted surge in
/// the number of cars. Writes the scenes, their truth and an index (<c>series.json</c>, <c>series.csv</c>).
/// </summary>
public static class SceneSeries
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The scenes the series will hold, without rendering them.</summary>
    public static IReadOnlyList<SeriesEntry> Plan(Yard yard, SeriesOptions options)
    {
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var rng = new Random(options.Seed);
        var centre = yard.Bounds.Center;
        var prefix = options.FilePrefix ?? yard.Id;
        var entries = new List<SeriesEntry>();
        var weather = 0;
        var noise = 0.0;

        // Snow lies from an onset in late November or December (drawn once per series) with occasional thaws.
        var snowOnset = new DateTime(options.Start.Year, 11, 15, 0, 0, 0, DateTimeKind.Utc).AddDays(rng.Next(30));
        for (var day = 0; day < options.Days; day++)
        {
            var date = options.Start.AddDays(day);
            weather = NextWeather(weather, date, rng);
            noise = (0.6 * noise) + (0.4 * ((rng.NextDouble() * 2) - 1));
            var cloud = weather switch
            {
                0 => rng.NextDouble() * 0.12,
                1 => 0.1 + (rng.NextDouble() * 0.55),
                _ => 0.55 + (rng.NextDouble() * 0.45),
            };
            var planned = PlannedCars(options, day, noise, out var inSurge);
            var seasonDraw = rng.NextDouble();
            var order = options.Sensors.ToArray();
            rng.Shuffle(order);
            foreach (var profile in order)
            {
                var imaged = rng.NextDouble() < profile.DailyProbability;
                var sceneSeed = rng.Next();
                if (!imaged || cloud > options.MaxCloudCover)
                {
                    continue;
                }

                var acquired = date.AddMinutes(Math.Round((rng.NextDouble() - 0.5) * 80));
                var (az, el) = SolarPosition.At(centre, acquired);
                var sceneRng = new Random(sceneSeed);
                var sensorCloud = Math.Clamp(cloud + ((sceneRng.NextDouble() - 0.5) * 0.1), 0, 1);
                var options1 = new SceneOptions
                {
                    Seed = sceneSeed,
                    GsdMetres = profile.GsdMetres,
                    Sensor = profile.Sensor,
                    Season = SeasonFor(acquired, seasonDraw, snowOnset),
                    Crs = sceneRng.NextDouble() < 0.8 ? OutputCrs.Utm : sceneRng.NextDouble() < 0.5 ? OutputCrs.WebMercator : OutputCrs.Wgs84,
                    CarCount = planned,
                    CloudCover = Math.Round(sensorCloud < 0.05 ? 0 : sensorCloud, 3),
                    Haze = Math.Round(sceneRng.NextDouble() * (weather == 0 ? 0.15 : 0.3), 3),
                    NoiseSigma = profile.NoiseSigma,
                    JpegQuality = profile.JpegQuality,
                    GeolocationErrorMetres = Math.Round(sceneRng.NextDouble() * profile.MaxGeolocationErrorMetres, 2),
                    SunAzimuthDegrees = Math.Round(az, 1),
                    SunElevationDegrees = Math.Round(Math.Max(8, el), 1),
                    NodataEdgeFraction = sceneRng.NextDouble() < 0.15 ? Math.Round(0.05 + (sceneRng.NextDouble() * 0.35), 3) : 0,
                    Gain = Math.Round(0.85 + (sceneRng.NextDouble() * 0.3), 3),
                    Offset = Math.Round((sceneRng.NextDouble() - 0.5) * 0.04, 4),
                    BlurPixels = Math.Round(0.4 + (sceneRng.NextDouble() * 0.4), 2),
                    Catenary = false,
                    MarginMetres = options.MarginMetres,
                    Acquired = acquired,
                };
                entries.Add(new SeriesEntry
                {
                    File = FileName(prefix, acquired, profile),
                    Acquired = acquired,
                    SensorName = profile.Name,
                    Options = options1,
                    PlannedCars = planned,
                    InSurge = inSurge,
                });
                if (options.OneScenePerDay)
                {
                    break;
                }
            }
        }

        return entries;
    }

    /// <summary>Renders and writes every planned scene into <paramref name="directory"/>, then the index. Returns the entries with their true counts.</summary>
    public static IReadOnlyList<SeriesEntry> Generate(
        Yard yard, SeriesOptions options, string directory, IProgress<(int Done, int Total, string File)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var plan = Plan(yard, options);
        Directory.CreateDirectory(directory);
        var done = new List<SeriesEntry>(plan.Count);
        for (var i = 0; i < plan.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = plan[i];
            var scene = SceneRenderer.Render(yard, entry.Options, cancellationToken);
            var write = entry.Options.Sensor == SensorKind.Rgb8 && options.JpegCompressionQuality is { } q
                ? new SceneWriteOptions { Compression = "JPEG", JpegQuality = q }
                : new SceneWriteOptions();
            SceneWriter.Write(scene, Path.Combine(directory, entry.File), write, cancellationToken);
            done.Add(entry with
            {
                TotalCount = scene.Truth.TotalCount,
                VisibleCount = scene.Truth.VisibleCount,
                ObservedFraction = scene.Truth.ObservedFraction,
                CloudFraction = scene.Truth.CloudFraction,
            });
            progress?.Report((i + 1, plan.Count, entry.File));
        }

        WriteIndex(yard, options, directory, done);
        return done;
    }

    /// <summary>Writes <c>series.json</c> and <c>series.csv</c> (stable columns) for written entries.</summary>
    public static void WriteIndex(Yard yard, SeriesOptions options, string directory, IReadOnlyList<SeriesEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(entries);
        var index = new
        {
            YardId = yard.Id,
            YardName = yard.Name,
            options.Seed,
            options.Start,
            options.Days,
            options.BaselineCars,
            options.SurgeDay,
            options.SurgeRampDays,
            options.SurgeCars,
            Scenes = entries.Select(e => new
            {
                e.File,
                Truth = Path.GetFileNameWithoutExtension(e.File) + ".truth.json",
                e.Acquired,
                Sensor = e.Options.Sensor,
                e.SensorName,
                GsdM = e.Options.GsdMetres,
                e.Options.Season,
                e.Options.Crs,
                CloudCover = e.CloudFraction,
                e.PlannedCars,
                e.TotalCount,
                e.VisibleCount,
                e.ObservedFraction,
                GeolocationErrorM = e.Options.GeolocationErrorMetres,
                e.InSurge,
            }),
        };
        SceneWriter.WriteText(Path.Combine(directory, "series.json"), JsonSerializer.Serialize(index, JsonOptions) + "\n");
        var csv = new StringBuilder("file,acquired,sensor,sensor_name,gsd_m,season,crs,cloud_cover,planned_cars,total_count,visible_count,observed_fraction,geolocation_error_m,in_surge\n");
        foreach (var e in entries)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{e.File},{e.Acquired.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ},{Snake(e.Options.Sensor)},{e.SensorName},{e.Options.GsdMetres},{Snake(e.Options.Season)},{Snake(e.Options.Crs)},")
                .Append(CultureInfo.InvariantCulture, $"{e.CloudFraction},{e.PlannedCars},{e.TotalCount},{e.VisibleCount},{e.ObservedFraction},{e.Options.GeolocationErrorMetres},{(e.InSurge ? "true" : "false")}\n");
        }

        SceneWriter.WriteText(Path.Combine(directory, "series.csv"), csv.ToString());
    }

    /// <summary>The scripted count: baseline with slow day-to-day drift, then a ramp to the surge level.</summary>
    internal static int PlannedCars(SeriesOptions o, int day, double noise, out bool inSurge)
    {
        inSurge = o.SurgeDay is { } s && day >= s;
        double level = o.BaselineCars;
        if (o.SurgeDay is { } start && day >= start)
        {
            var t = o.SurgeRampDays <= 0 ? 1 : Math.Min(1, (day - start + 1) / (double)o.SurgeRampDays);
            level = o.BaselineCars + ((o.SurgeCars - o.BaselineCars) * t);
        }

        return Math.Max(0, (int)Math.Round(level * (1 + (0.15 * noise))));
    }

    /// <summary>Ground cover at ~42° N in a continental climate: green to mid-October, brown to late November, snow after.</summary>
    internal static Season SeasonFor(DateTimeOffset date, double draw, DateTime snowOnset)
    {
        var d = date.UtcDateTime;
        var onset = new DateTime(d.Month >= 7 ? d.Year : d.Year - 1, snowOnset.Month, snowOnset.Day, 0, 0, 0, DateTimeKind.Utc);
        return d.Month switch
        {
            6 or 7 or 8 or 9 => Season.Summer,
            10 => d.Day < 15 ? Season.Summer : Season.Autumn,
            11 or 12 or 1 or 2 => d >= onset || d.Month is 1 or 2 ? (draw < 0.9 ? Season.Winter : Season.Autumn) : Season.Autumn,
            3 => draw < 0.5 ? Season.Winter : Season.Autumn,
            _ => Season.Autumn,
        };
    }

    private static int NextWeather(int state, DateTimeOffset date, Random rng)
    {
        // Persistent weather; the summer monsoon is cloudier than the dry continental winter.
        var wet = date.UtcDateTime.Month is >= 6 and <= 9;
        if (rng.NextDouble() < 0.55)
        {
            return state;
        }

        var r = rng.NextDouble();
        return wet ? (r < 0.3 ? 0 : r < 0.6 ? 1 : 2) : (r < 0.5 ? 0 : r < 0.75 ? 1 : 2);
    }

    private static string FileName(string prefix, DateTimeOffset acquired, SensorProfile profile) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}_{acquired.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}_{Snake(profile.Sensor)}-{profile.GsdMetres:0.##}m.tif");

    private static string Snake<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static void Validate(SeriesOptions o)
    {
        if (o.Days is < 1 or > 3650)
        {
            throw new UsageException($"series: {o.Days} days is outside 1–3650");
        }

        if (o.BaselineCars < 0 || o.SurgeCars < 0)
        {
            throw new UsageException("series: car counts must not be negative");
        }

        if (o.SurgeDay is { } s && (s < 0 || s >= o.Days))
        {
            throw new UsageException($"series: surge day {s} is outside the series (0–{o.Days - 1})");
        }

        if (o.Sensors.Count == 0)
        {
            throw new UsageException("series: no sensor profiles");
        }
    }
}
