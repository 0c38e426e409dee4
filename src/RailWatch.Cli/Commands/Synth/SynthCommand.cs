using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Errors;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.Synth;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Synth;

/// <summary>
/// <c>railwatch synth</c>: renders georeferenced scenes of a yard with known railcars (GeoTIFF/COG plus
/// NAME.truth.json), one or more single scenes or a whole series with a scripted surge.
/// </summary>
public sealed class SynthCommand(CliEnvironment env) : Command<SynthSettings>
{
    public override int Execute(CommandContext context, SynthSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var yard = LoadYard(settings);
        if (settings.WriteYard is { } yardPath)
        {
            WriteYardFile(yard, yardPath);
        }

        if (settings.Out is null)
        {
            return Report(new SynthSummary(yard.Id, settings.WriteYard, null, []), settings);
        }

        var results = settings.Series is { } days
            ? RenderSeries(yard, settings, days, cancellationToken)
            : RenderScenes(yard, settings, cancellationToken);
        return Report(new SynthSummary(yard.Id, settings.WriteYard, Path.GetFullPath(settings.Out), results), settings);
    }

    private static Yard LoadYard(SynthSettings s)
    {
        if (s.Yard is { } path)
        {
            return YardFile.Load(path);
        }

        if (s.Preset is { } preset)
        {
            return preset == YardGenerator.TumangangLikeId
                ? YardGenerator.Generate(YardGenerator.TumangangLike)
                : throw new UsageException($"--preset: unknown preset \"{preset}\" (known: {YardGenerator.TumangangLikeId})");
        }

        return YardGenerator.Generate(new YardLayoutOptions { Seed = s.YardSeed ?? s.Seed, BodyTracks = s.Tracks });
    }

    private static void WriteYardFile(Yard yard, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, YardFile.ToGeoJson(yard) + "\n");
        File.Move(temporary, full, overwrite: true);
    }

    private List<SynthScene> RenderScenes(Yard yard, SynthSettings s, CancellationToken ct)
    {
        var start = s.Acquired is { } a && SynthSettings.TryTime(a, out var t) ? t : new SceneOptions().Acquired;
        var results = new List<SynthScene>();
        WithProgress(s.Count, (advance) =>
        {
            for (var k = 0; k < s.Count; k++)
            {
                ct.ThrowIfCancellationRequested();
                var options = SceneOptionsFrom(s, s.Seed + k, start.AddDays(k));
                var scene = SceneRenderer.Render(yard, options, ct);
                var name = FormattableString.Invariant($"{yard.Id}_{options.Acquired.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}_{s.Sensor.ToLowerInvariant()}-{options.GsdMetres:0.##}m_s{options.Seed}.tif");
                var path = Path.Combine(s.Out!, name);
                SceneWriter.Write(scene, path, ct);
                if (s.Png)
                {
                    RasterWriter.WritePng(Path.ChangeExtension(path, ".png"), scene.Image, new PngWriteOptions { Stretch = PngStretch.Percentiles }, ct);
                }

                results.Add(SynthScene.From(name, scene.Truth));
                advance(name);
            }
        });
        return results;
    }

    private List<SynthScene> RenderSeries(Yard yard, SynthSettings s, int days, CancellationToken ct)
    {
        var options = new SeriesOptions
        {
            Seed = s.Seed,
            Days = days,
            SurgeDay = s.SurgeDay < 0 ? null : s.SurgeDay,
            BaselineCars = s.BaselineCars,
            SurgeCars = s.SurgeCars,
            MarginMetres = s.Margin,
            Start = s.Start is { } text && SynthSettings.TryTime(text, out var t) ? t : new SeriesOptions().Start,
        };
        var planned = SceneSeries.Plan(yard, options).Count;
        IReadOnlyList<SeriesEntry> written = [];
        WithProgress(planned, advance =>
        {
            written = SceneSeries.Generate(yard, options, s.Out!, new SynchronousProgress<(int Done, int Total, string File)>(p => advance(p.File)), ct);
        });
        return written.Select(e => new SynthScene(
            e.File, Path.GetFileNameWithoutExtension(e.File) + ".truth.json", e.Acquired, e.Options.GsdMetres, e.Options.Sensor, e.Options.Season,
            e.Options.Crs, e.TotalCount ?? 0, e.VisibleCount ?? 0, e.ObservedFraction ?? 0, e.CloudFraction ?? 0)).ToList();
    }

    internal static SceneOptions SceneOptionsFrom(SynthSettings s, int seed, DateTimeOffset acquired) => new()
    {
        Seed = seed,
        GsdMetres = s.Gsd,
        Season = ParseEnum<Season>(s.Season, "--season", "summer, autumn, winter"),
        Sensor = ParseEnum<SensorKind>(s.Sensor, "--sensor", "rgb8, pan16, bgrn16"),
        Crs = ParseEnum<OutputCrs>(s.Crs, "--crs", "utm, wgs84, webmercator"),
        Occupancy = s.Occupancy,
        CarCount = s.Cars,
        CloudCover = s.Clouds,
        Haze = s.Haze,
        NoiseSigma = s.Noise,
        JpegQuality = s.Jpeg,
        GeolocationErrorMetres = s.GeoError,
        SunAzimuthDegrees = s.SunAzimuth,
        SunElevationDegrees = s.SunElevation,
        NodataEdgeFraction = s.NodataEdge,
        Gain = s.Gain,
        Offset = s.Offset,
        BlurPixels = s.Blur,
        MarginMetres = s.Margin,
        Clutter = !s.NoClutter,
        Catenary = !s.NoCatenary,
        RustyTrackBeds = s.RustyBeds,
        OffNadirDegrees = s.OffNadir,
        ViewAzimuthDegrees = s.ViewAzimuth,
        OvergrownYard = s.Overgrown,
        Acquired = acquired,
    };

    private static T ParseEnum<T>(string text, string option, string known)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)
            ? value
            : throw new UsageException($"{option}: \"{text}\" is not one of {known}");

    private void WithProgress(int total, Action<Action<string>> work)
    {
        if (!env.Interactive)
        {
            work(_ => { });
            return;
        }

        env.Out.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("rendering scenes", maxValue: total);
            work(name =>
            {
                task.Description = Markup.Escape(name);
                task.Increment(1);
            });
        });
    }

    private int Report(SynthSummary summary, SynthSettings s)
    {
        if (s.Format == "json")
        {
            env.WriteRaw(CliJson.Serialize(summary));
            return ExitCodes.Ok;
        }

        if (summary.WroteYard is { } y)
        {
            env.Out.WriteLine($"wrote yard {summary.YardId} to {y}");
        }

        foreach (var scene in summary.Scenes)
        {
            env.Out.WriteLine(FormattableString.Invariant(
                $"{scene.File}: {scene.TotalCount} cars ({scene.VisibleCount} visible), observed {scene.ObservedFraction:P0}, cloud {scene.CloudFraction:P0}"));
        }

        if (summary.Out is { } o)
        {
            env.Out.WriteLine($"{summary.Scenes.Count} scene(s) with truth in {o}");
        }

        return ExitCodes.Ok;
    }
}
