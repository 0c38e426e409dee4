// Counts railcars on scenes drawn by a renderer of its own, independent of RailWatch.Synth, and scores the shipped
// model against their truth, or writes them as labelled scenes for `railwatch calibrate --train-labelled`.
// Usage: RailWatch.AltScenes.Bench SEEDS [--format text|json] [--write DIR] | SEEDS --labels DIR
using RailWatch.AltScenes.Bench.Cli;
using RailWatch.AltScenes.Bench.Output;
using RailWatch.AltScenes.Bench.Scoring;
using RailWatch.Vision;

BenchArguments arguments;
try
{
    arguments = BenchArguments.Parse(args);
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchArguments.Usage);
    return 2;
}

if (arguments.LabelsDirectory is { } labels)
{
    foreach (var seed in arguments.Seeds)
    {
        var (scene, image, yard, truth) = SceneBench.Render(seed);
        LabelledSceneFiles.Write(labels, scene, image, yard, truth);
        Console.WriteLine($"alt-{seed}: {scene.Gsd:0.00} m, {truth.VisibleCount} visible cars");
    }

    return 0;
}

var counter = new RailcarCounter(ShippedModel.Load());
var bench = new SceneBench(counter, arguments.WriteDirectory);
var results = new List<SceneResult>();
var log = arguments.Json ? Console.Error : Console.Out;
log.WriteLine($"model {counter.Model.Version}; cars listed up to {counter.Model.MaxSegmentationGsdMetres} m GSD");
log.WriteLine(ResultPrinter.Header);
foreach (var seed in arguments.Seeds)
{
    var result = bench.Run(seed);
    results.Add(result);
    log.WriteLine(ResultPrinter.Line(result));
}

log.WriteLine();
log.Write(ResultPrinter.Summary(results));
log.WriteLine();
log.Write(RecallBreakdown.Tables(results));
if (arguments.Json)
{
    Console.WriteLine(ResultPrinter.Json(results));
}

return 0;
