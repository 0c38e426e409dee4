using System.Globalization;
using RailWatch.Store;
using RailWatch.Store.CrashProbe;

// Usage: CrashProbe STORE SCENES NIGHT [--step-delay-ms MS] [--pause-in-scene I]
// Runs one workload night over STORE.
//   --step-delay-ms: sleep MS inside each save's transaction after every step, so that nearly all of the probe's time
//                    is spent mid-transaction and a kill at a random moment lands inside one.
//   --pause-in-scene: stop inside the I-th new save's transaction (after the track rows, before the cars and the
//                    commit) and print "paused", so a test can kill it mid-write for certain.
if (args.Length < 3)
{
    await Console.Error.WriteLineAsync("usage: CrashProbe STORE SCENES NIGHT [--step-delay-ms MS] [--pause-in-scene I]");
    return 2;
}

var scenes = int.Parse(args[1], CultureInfo.InvariantCulture);
var night = int.Parse(args[2], CultureInfo.InvariantCulture);
int? pauseIn = null;
var delayMs = 0;
for (var i = 3; i + 1 < args.Length; i += 2)
{
    var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    switch (args[i])
    {
        case "--pause-in-scene":
            pauseIn = value;
            break;
        case "--step-delay-ms":
            delayMs = value;
            break;
        default:
            await Console.Error.WriteLineAsync($"unknown option {args[i]}");
            return 2;
    }
}

using var store = RailWatchStore.Open(args[0]);
var current = -1;
store.CrashHook = step =>
{
    if (step == "scene")
    {
        current++;
    }

    if (current == pauseIn && step == "tracks")
    {
        Console.Out.WriteLine("paused");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
    }

    if (delayMs > 0)
    {
        Thread.Sleep(delayMs);
    }
};

Workload.RunNight(store, scenes, Workload.Start.AddDays(scenes + night), Console.Out);
return 0;
