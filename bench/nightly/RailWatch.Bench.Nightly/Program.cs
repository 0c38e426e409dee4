// Benchmark of the nightly job: N yards with one new scene each, from the folder source, on this machine's cores.
// Usage: dotnet run -c Release --project bench/nightly/RailWatch.Bench.Nightly -- [--yards 1000] [--gsd 1.0] [--work DIR]
// Renders the world once (not timed), then times `railwatch run` over it into a fresh store and prints yards/s and
// the seconds spent in each stage (summed over threads).
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RailWatch.Cli;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;
using RailWatch.Synth;
using Spectre.Console;

var yards = Option("--yards", 1000);
var gsd = Option("--gsd", 1.0);
var work = args.SkipWhile(a => a != "--work").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), $"rw-bench-nightly-{yards}");

var scenes = Path.Combine(work, "scenes");
var yardFolder = Path.Combine(work, "yards");
if (!File.Exists(Path.Combine(work, "world.done")))
{
    Directory.CreateDirectory(scenes);
    Directory.CreateDirectory(yardFolder);
    var rendering = Stopwatch.StartNew();
    Parallel.For(0, yards, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
    {
        // Yards on a grid 0.05° apart so that no scene covers two yards.
        var center = new GeoPoint(128.0 + (0.05 * (i % 40)), 40.0 + (0.05 * (i / 40)));
        var yard = YardGenerator.Generate(new YardLayoutOptions
        {
            Seed = 90_000 + i,
            Id = $"bench-{i:D4}",
            Name = $"Benchmark yard {i}",
            Center = center,
            BodyTracks = 4 + (i % 5),
            MinTrackLengthMetres = 300,
            MaxTrackLengthMetres = 600,
        });
        File.WriteAllText(Path.Combine(yardFolder, yard.Id + ".geojson"), YardFile.ToGeoJson(yard));
        var acquired = new DateTimeOffset(2024, 5, 1, 2, 30, 0, TimeSpan.Zero).AddMinutes(i);
        var scene = SceneRenderer.Render(yard, new SceneOptions { Seed = 190_000 + i, GsdMetres = gsd, Acquired = acquired, Occupancy = 0.5 });
        SceneWriter.Write(scene, Path.Combine(scenes, $"{yard.Id}_{acquired:yyyyMMdd'T'HHmmss'Z'}.tif"));
    });
    File.WriteAllText(Path.Combine(work, "world.done"), rendering.Elapsed.ToString());
    Console.WriteLine($"rendered {yards} yards and scenes in {rendering.Elapsed.TotalSeconds:F0} s");
}

var config = Path.Combine(work, "railwatch.json");
var yardFiles = Directory.GetFiles(yardFolder, "*.geojson").Order(StringComparer.Ordinal).ToList();
File.WriteAllText(config, JsonSerializer.Serialize(new Dictionary<string, object>
{
    ["store"] = new { path = "bench.db" },
    ["yards"] = yardFiles,
    ["sources"] = new[] { new { name = "scenes", type = "folder", path = scenes, pattern = "*.tif" } },
}));
var store = Path.Combine(work, "bench.db");
foreach (var stale in Directory.GetFiles(work, "bench.*"))
{
    File.Delete(stale);
}

foreach (var dir in Directory.GetDirectories(work, "bench.*"))
{
    Directory.Delete(dir, recursive: true);
}

var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) });
var log = new StringWriter();
var clock = Stopwatch.StartNew();
var code = await RailWatchApp.RunAsync(["run", "--config", config, "--store", store, "--format", "json"], new CliEnvironment(console, log, TimeProvider.System));
var elapsed = clock.Elapsed.TotalSeconds;
var summaryJson = ((StringWriter)console.Profile.Out.Writer).ToString();
Console.WriteLine(summaryJson);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exit {code}; {yards} yards in {elapsed:F1} s = {yards / elapsed:F2} yards/s on {Environment.ProcessorCount} cores (GSD {gsd} m)"));
return code;

T Option<T>(string name, T fallback) where T : IParsable<T>
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is null ? fallback : T.Parse(value, CultureInfo.InvariantCulture);
}
