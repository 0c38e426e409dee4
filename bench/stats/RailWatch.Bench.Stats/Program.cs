using System.Diagnostics;
using System.Globalization;
using RailWatch.Core.Flags;
using RailWatch.Stats;
using RailWatch.Stats.Evaluation;
using RailWatch.Stats.Io;

// Benchmark driver for increase detection (bench/stats/run.sh calls it; docs/stats.md explains the metrics).
//   generate --seed S --yards N --out DIR      labelled series → DIR/series.csv, DIR/events.csv
//   ours     --dir DIR [--name N] [k=v ...]     our detector on DIR/series.csv → DIR/flags_N.csv (default ours)
//   score    --seed S --yards N --dir DIR       every DIR/flags_*.csv against the labels → markdown table
//   score    --dir DIR --start D [--days N] [--burn-in N]   the same against DIR/series.csv and DIR/events.csv as written (series made elsewhere: bench/altseries)
//   speed    --seed S --yards N                 time Evaluate on N yards × 2 years, one thread
//   tune     --seeds 1,2 --yards N [k=v ...]    score our detector with option overrides (training seeds only)
//   oracle   --seeds 1,2 --yards N [--spike R] [--cusum R] [--shift K]   the same tests against the true in-control model (an upper bound)
//   misses   --seeds 1,2 --yards N [k=v ...]    which events our detector misses and where its delay goes (training seeds only)
//   trace    --seed S [--yard ID] [k=v ...]     baseline against the true in-control mean: one yard, or each missed spike of ×3+
//   seconds  --seed S --yards N [--share F]     a share of passes seen twice (SecondLooks): ours with and without same-pass looks collapsed
//   coarse   --seed S --yards N [--share F] [--swing F]   a share of looks by a coarse, biased sensor with honest intervals (CoarseLooks), with and without sources named
var command = args.Length > 0 ? args[0] : "help";
var opts = ParseArgs(args.Skip(1).ToArray());
var culture = CultureInfo.InvariantCulture;
switch (command)
{
    case "generate":
    {
        var series = Generate(opts);
        var dir = opts["out"];
        Directory.CreateDirectory(dir);
        WriteSeries(Path.Combine(dir, "series.csv"), series.Observations);
        using (var w = new StreamWriter(Path.Combine(dir, "events.csv")))
        {
            w.WriteLine("yard,kind,start,end,factor");
            foreach (var e in series.Events)
            {
                w.WriteLine(string.Create(culture, $"{e.YardId},{e.Kind.ToString().ToLowerInvariant()},{e.Start:yyyy-MM-dd},{e.End:yyyy-MM-dd},{e.Factor}"));
            }
        }

        Console.WriteLine(string.Create(culture, $"{series.Observations.Count} observations of {series.Options.Yards} yards, {series.Events.Count} events → {dir}"));
        break;
    }

    case "ours":
    {
        var dir = opts["dir"];
        var observations = CountSeriesCsv.Read(Path.Combine(dir, "series.csv"));
        var detector = new IncreaseDetector(Options(opts));
        var watch = Stopwatch.StartNew();
        var flags = detector.Evaluate(observations);
        watch.Stop();
        var name = opts.GetValueOrDefault("name", "ours");
        WriteFlags(Path.Combine(dir, $"flags_{name}.csv"), flags.Select(f => (f.YardId, f.Acquired, f.Kind.ToString().ToLowerInvariant())));
        Console.WriteLine(string.Create(culture, $"{name}: {flags.Count} flags on {observations.Count} observations in {watch.Elapsed.TotalSeconds:0.00} s"));
        break;
    }

    case "score":
    {
        var series = opts.ContainsKey("start") ? ReadLabelledSeries(opts) : Generate(opts);
        var dir = opts["dir"];
        var scores = new List<BenchmarkScore>();
        foreach (var file in Directory.GetFiles(dir, "flags_*.csv").Order(StringComparer.Ordinal))
        {
            var method = Path.GetFileNameWithoutExtension(file)["flags_".Length..];
            scores.Add(BenchmarkScorer.Score(method, series, ReadFlags(file)));
        }

        PrintTable(series, scores);
        break;
    }

    case "speed":
    {
        var series = Generate(opts);
        var detector = new IncreaseDetector(Options(opts));
        _ = detector.Evaluate(series.Observations.Take(5000).ToList()); // JIT warm-up
        // CPU time of this (single-threaded) call as well as wall time: on a shared machine the wall time counts others' work.
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var flags = detector.Evaluate(series.Observations);
        watch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine(string.Create(culture,
            $"speed: {series.Options.Yards} yards × {series.Options.Days} days, {series.Observations.Count} observations, {flags.Count} flags: {cpu:0.00} s CPU on one thread ({cpu * 1e6 / series.Observations.Count:0.00} µs per observation), {watch.Elapsed.TotalSeconds:0.00} s wall"));
        break;
    }

    case "tune":
    {
        var scores = new List<BenchmarkScore>();
        SyntheticSeries? last = null;
        foreach (var seed in opts["seeds"].Split(',').Select(s => int.Parse(s, culture)))
        {
            var series = SyntheticSeriesGenerator.Generate(new SyntheticSeriesOptions { Seed = seed, Yards = int.Parse(opts.GetValueOrDefault("yards", "300"), culture) });
            var flags = new IncreaseDetector(Options(opts)).Evaluate(series.Observations);
            scores.Add(BenchmarkScorer.Score($"ours seed {seed}", series, flags.Select(f => (f.YardId, DateOnly.FromDateTime(f.Acquired.UtcDateTime)))));
            last = series;
        }

        PrintTable(last!, scores);
        break;
    }

    case "oracle":
    {
        var scores = new List<BenchmarkScore>();
        SyntheticSeries? last = null;
        foreach (var seed in opts["seeds"].Split(',').Select(s => int.Parse(s, culture)))
        {
            var series = SyntheticSeriesGenerator.Generate(new SyntheticSeriesOptions { Seed = seed, Yards = int.Parse(opts.GetValueOrDefault("yards", "300"), culture) });
            var flags = Oracle.Flags(
                series,
                double.Parse(opts.GetValueOrDefault("spike", "0.6"), culture),
                double.Parse(opts.GetValueOrDefault("cusum", "0.25"), culture),
                double.Parse(opts.GetValueOrDefault("shift", "2"), culture));
            scores.Add(BenchmarkScorer.Score($"ours seed {seed}", series, flags));
            last = series;
        }

        PrintTable(last!, scores);
        break;
    }

    case "seconds":
    {
        var series = Generate(opts);
        var twice = SecondLooks.Add(series, double.Parse(opts.GetValueOrDefault("share", "0.3"), culture), int.Parse(opts.GetValueOrDefault("seed", "1"), culture));
        List<(string, DateOnly)> Flags(SyntheticSeries s, double minutes) =>
            new IncreaseDetector(Options(opts) with { SamePassMinutes = minutes }).Evaluate(s.Observations)
                .Select(f => (f.YardId, DateOnly.FromDateTime(f.Acquired.UtcDateTime))).ToList();
        Console.WriteLine(string.Create(culture, $"{series.Observations.Count} observations; with second looks {twice.Observations.Count}"));
        PrintTable(series,
        [
            BenchmarkScorer.Score("one look a pass", series, Flags(series, 30)),
            BenchmarkScorer.Score("second looks, each its own observation", twice, Flags(twice, 0)),
            BenchmarkScorer.Score("second looks, same pass collapsed (default)", twice, Flags(twice, 30)),
        ]);
        break;
    }

    case "coarse":
    {
        var series = Generate(opts);
        var share = double.Parse(opts.GetValueOrDefault("share", "0.4"), culture);
        var seed = int.Parse(opts.GetValueOrDefault("seed", "1"), culture);
        var swing = double.Parse(opts.GetValueOrDefault("swing", "0.5"), culture);
        var mixed = CoarseLooks.Apply(series, share, seed, labelled: false, swing);
        var labelled = CoarseLooks.Apply(series, share, seed, labelled: true, swing);
        var fine = labelled with { Observations = [.. labelled.Observations.Where(o => o.Source != "coarse")] };
        List<(string, DateOnly)> Flags(SyntheticSeries s) =>
            new IncreaseDetector(Options(opts)).Evaluate(s.Observations).Select(f => (f.YardId, DateOnly.FromDateTime(f.Acquired.UtcDateTime))).ToList();
        PrintTable(series,
        [
            BenchmarkScorer.Score("one sensor", series, Flags(series)),
            BenchmarkScorer.Score("a share of coarse, biased looks, sources not named", mixed, Flags(mixed)),
            BenchmarkScorer.Score("the same, each look naming its source", labelled, Flags(labelled)),
            BenchmarkScorer.Score("the fine looks alone (coarse ones dropped)", fine, Flags(fine)),
        ]);
        break;
    }

    case "misses":
    {
        foreach (var seed in opts["seeds"].Split(',').Select(s => int.Parse(s, culture)))
        {
            var series = SyntheticSeriesGenerator.Generate(new SyntheticSeriesOptions { Seed = seed, Yards = int.Parse(opts.GetValueOrDefault("yards", "300"), culture) });
            Console.WriteLine(string.Create(culture, $"# seed {seed}"));
            var result = new IncreaseDetector(Options(opts)).Baseline(series.Observations);
            MissAnalysis.Print(series, result.Flags);
            MissAnalysis.Calibration(series, result.Baseline);
        }

        break;
    }

    case "trace":
    {
        // The baseline beside the generator's true in-control mean: at every observation of one yard in the evaluation
        // year (--yard), or at the observations of each missed spike of ×3 or more (training seeds only).
        var series = Generate(opts);
        var result = new IncreaseDetector(Options(opts)).Baseline(series.Observations);
        var truth = new Dictionary<(string, DateTimeOffset), double>();
        for (var j = 0; j < series.Observations.Count; j++)
        {
            truth[(series.Observations[j].YardId, series.Observations[j].Acquired)] = series.InControlMeans[j];
        }

        var evaluationStart = series.Options.Start.AddDays(series.Options.BurnInDays);
        var byYard = result.Baseline.Where(b => b.Count is not null).GroupBy(b => b.YardId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        string Line(BaselinePoint b) => string.Create(culture,
            $"{b.YardId} {b.Acquired:yyyy-MM-dd} fraction {b.ObservedFraction:0.00} true mean {truth[(b.YardId, b.Acquired)] * b.ObservedFraction:0.0} count {b.Count} expected {b.Expected:0.0} upper {b.Upper} p {b.PValue:G2}{(b.Flagged ? " FLAGGED" : string.Empty)}");
        if (opts.TryGetValue("yard", out var only))
        {
            foreach (var b in byYard.GetValueOrDefault(only, []).Where(b => DateOnly.FromDateTime(b.Acquired.UtcDateTime) >= evaluationStart))
            {
                Console.WriteLine(Line(b));
            }

            Console.WriteLine(string.Join(Environment.NewLine, series.Events.Where(e => e.YardId == only).Select(e => string.Create(culture, $"event {e.Kind} {e.Start:yyyy-MM-dd}..{e.End:yyyy-MM-dd} ×{e.Factor}"))));
            break;
        }

        foreach (var e in series.Events.Where(e => e.Kind == EventKind.Spike && e.Factor >= 3))
        {
            var inside = byYard.GetValueOrDefault(e.YardId, []).Where(b => DateOnly.FromDateTime(b.Acquired.UtcDateTime) is var d && d >= e.Start && d <= e.End).ToList();
            if (inside.Count > 0 && !inside.Exists(b => b.Flagged))
            {
                Console.WriteLine(string.Create(culture, $"missed spike ×{e.Factor:0.00}: ") + string.Join("; ", inside.Select(Line)));
            }
        }

        break;
    }

    default:
        Console.Error.WriteLine("usage: generate|ours|score|speed|tune|oracle|misses|trace (see Program.cs)");
        return 2;
}

return 0;

static Dictionary<string, string> ParseArgs(string[] a)
{
    var d = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < a.Length; i++)
    {
        if (a[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < a.Length)
        {
            d[a[i][2..]] = a[++i];
        }
        else if (a[i].Contains('=', StringComparison.Ordinal))
        {
            var kv = a[i].Split('=', 2);
            d["opt:" + kv[0]] = kv[1];
        }
    }

    return d;
}

static SyntheticSeries Generate(Dictionary<string, string> o) => SyntheticSeriesGenerator.Generate(new SyntheticSeriesOptions
{
    Seed = int.Parse(o.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture),
    Yards = int.Parse(o.GetValueOrDefault("yards", "300"), CultureInfo.InvariantCulture),
});

static DetectorOptions Options(Dictionary<string, string> o)
{
    var options = new DetectorOptions();
    foreach (var (key, value) in o.Where(kv => kv.Key.StartsWith("opt:", StringComparison.Ordinal)))
    {
        var name = key[4..];
        var property = typeof(DetectorOptions).GetProperty(name) ?? throw new ArgumentException($"no option {name}");
        var converted = Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture);
        property.SetValue(options, converted);
    }

    return options;
}

static SyntheticSeries ReadLabelledSeries(Dictionary<string, string> o)
{
    var c = CultureInfo.InvariantCulture;
    var observations = CountSeriesCsv.Read(Path.Combine(o["dir"], "series.csv"));
    var events = File.ReadLines(Path.Combine(o["dir"], "events.csv")).Skip(1)
        .Where(l => l.Length > 0)
        .Select(l => l.Split(','))
        .Select(f => new LabelledEvent(
            f[0],
            Enum.Parse<EventKind>(f[1], ignoreCase: true),
            DateOnly.ParseExact(f[2], "yyyy-MM-dd", c),
            DateOnly.ParseExact(f[3], "yyyy-MM-dd", c),
            double.Parse(f[4], c)))
        .ToList();
    var options = new SyntheticSeriesOptions
    {
        Yards = observations.Select(x => x.YardId).Distinct(StringComparer.Ordinal).Count(),
        Start = DateOnly.ParseExact(o["start"], "yyyy-MM-dd", c),
        Days = int.Parse(o.GetValueOrDefault("days", "730"), c),
        BurnInDays = int.Parse(o.GetValueOrDefault("burn-in", "365"), c),
    };
    return new SyntheticSeries(options, observations, events);
}

static void WriteSeries(string path, IReadOnlyList<CountObservation> observations)
{
    using var w = new StreamWriter(path);
    w.WriteLine("yard,acquired,count,low,high,observed_fraction");
    foreach (var x in observations)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x.YardId},{x.Acquired.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ},{x.Count},{x.Low},{x.High},{x.ObservedFraction}"));
    }
}

static void WriteFlags(string path, IEnumerable<(string Yard, DateTimeOffset Acquired, string Kind)> flags)
{
    using var w = new StreamWriter(path);
    w.WriteLine("yard,date,kind");
    foreach (var (yard, acquired, kind) in flags)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{yard},{acquired.UtcDateTime:yyyy-MM-dd},{kind}"));
    }
}

static List<(string, DateOnly)> ReadFlags(string path) => File.ReadLines(path).Skip(1)
    .Where(l => l.Length > 0)
    .Select(l => l.Split(','))
    .Select(f => (f[0].Trim('"'), DateOnly.ParseExact(f[1].Trim('"')[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)))
    .ToList();

static double Ratio(int a, int b) => b == 0 ? double.NaN : a / (double)b;

static void PrintTable(SyntheticSeries series, List<BenchmarkScore> scores)
{
    var c = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(c, $"{series.Options.Yards} yards per seed, evaluation year after {series.Options.BurnInDays} days of burn-in; recall over events with at least one observation in their window"));
    Console.WriteLine();
    Console.WriteLine("| method | rise recall | spike recall | median rise delay from start (d) | median rise delay from 1st obs in event (d) | median obs in event to flag | median wait for 1st obs in rise (d) | rises flagged ≤ 3 d from start | median spike delay (d) | false alarms / yard-year | precision | flags in decreases | burn-in FA / yard-year |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    foreach (var s in scores)
    {
        Console.WriteLine(string.Create(c,
            $"| {s.Method} | {s.RiseRecall:0.000} ({s.RisesDetected}/{s.RisesObservable}) | {s.SpikeRecall:0.000} ({s.SpikesDetected}/{s.SpikesObservable}) | {s.MedianRiseDelayDays:0.0} | {s.MedianRiseDelayFromFirstObservationDays:0.0} | {s.MedianRiseObservationsToFlag:0.#} | {s.MedianRiseWaitDays:0.#} | {s.RisesFlaggedWithinThreeDays} ({Ratio(s.RisesFlaggedWithinThreeDays, s.RisesObservable):0.000}) | {s.MedianSpikeDelayDays:0.0} | {s.FalseAlarmsPerYardYear:0.00} | {s.Precision:0.000} ({s.TrueFlags}/{s.TrueFlags + s.FalseFlags}) | {s.FlagsDuringDecreases} | {s.BurnInFalseAlarmsPerYardYear:0.00} |"));
    }
}
