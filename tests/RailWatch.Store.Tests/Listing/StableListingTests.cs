using RailWatch.Core.Flags;
using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Listing;

public class StableListingTests
{
    private static readonly string[] YardIds = ["khasan", "tumangang"];

    private static void Fill(RailWatchStore store, bool reversed)
    {
        foreach (var id in reversed ? YardIds.Reverse() : YardIds)
        {
            store.UpsertYard(Samples.Yard(id));
        }

        // Different run ids and run times on purpose: they must not show in the listings.
        if (reversed)
        {
            store.BeginRun(Samples.Day0.AddDays(50), "other.json");
        }

        var run = store.BeginRun(Samples.Day0.AddDays(reversed ? 77 : 60), null);
        var work = (from i in Enumerable.Range(0, 6) from y in YardIds select (i, y)).ToList();
        if (reversed)
        {
            work.Reverse();
        }

        foreach (var (i, y) in work)
        {
            store.SaveObservation(Samples.Observation(y, $"S{i}", Samples.Day0.AddDays(i), i == 4 ? 40 : 10 + i, run, gsd: i % 2 == 0 ? 0.5 : 3.0, provider: i == 2 ? "stac" : "folder"));
        }

        var flags = YardIds.SelectMany(y => new[] { Samples.Flag(y, Samples.Day0.AddDays(4), 40), Samples.Flag(y, Samples.Day0.AddDays(4), 40, FlagKind.Sustained, 0.02) }).ToList();
        if (reversed)
        {
            flags.Reverse();
        }

        store.SaveFlags(flags, run);
        var tumangangSpike = store.Flags(new FlagQuery { YardId = "tumangang" }).Single(f => f.Kind == FlagKind.Spike).Id;
        var reviews = new[]
        {
            new Review(tumangangSpike, ReviewDecision.NeedsMoreImagery, "ana", Samples.Day0.AddDays(7)),
            new Review(tumangangSpike, ReviewDecision.Accepted, "lead", Samples.Day0.AddDays(8)) { CorrectedCount = 38, Note = "two cars\tare vans" },
        };
        foreach (var r in reversed ? reviews.Reverse() : reviews)
        {
            store.SaveReview(r);
        }
    }

    [Test]
    public void Listings_TwoStoresFilledInDifferentOrders_PrintIdenticalBytes()
    {
        using var temp = new TempStore();
        using var a = temp.Open("a.db");
        using var b = temp.Open("b.db");

        Fill(a, reversed: false);
        Fill(b, reversed: true);

        Assert.That(a.Flags().Select(f => f.Id), Is.Not.EqualTo(b.Flags().Select(f => f.Id)), "ids differ, so the test means something");
        Assert.That(StoreListing.ObservationsTsv(b.Observations()), Is.EqualTo(StoreListing.ObservationsTsv(a.Observations())));
        Assert.That(StoreListing.FlagsTsv(b.Flags()), Is.EqualTo(StoreListing.FlagsTsv(a.Flags())));
        Assert.That(b.Dump(), Is.EqualTo(a.Dump()));
    }

    [Test]
    public void ObservationsTsv_OrdersByYardTimeSceneWithTotalFirst()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        Fill(store, reversed: true);

        var lines = StoreListing.ObservationsTsv(store.Observations()).Split('\n');

        Assert.That(lines[0], Is.EqualTo("yard\tprovider\tscene_id\tacquired\ttrack\tcount\tlow\thigh\tobserved_fraction\tgsd_m\tsensor\talgorithm\tmodel_version\tcorrected_count"));
        Assert.That(lines[1], Is.EqualTo("khasan\tfolder\tS0\t2025-03-01T01:45:10Z\t*\t10\t8\t13\t1\t0.5\tSkySat\ttemplate-matcher\t2025.1\t"));
        Assert.That(lines[2], Does.StartWith("khasan\tfolder\tS0\t2025-03-01T01:45:10Z\tt1\t5\t4\t6\t"));
        Assert.That(lines[3], Does.StartWith("khasan\tfolder\tS0\t2025-03-01T01:45:10Z\tt2\t"));
        Assert.That(lines.Count(l => l.StartsWith("tumangang\tfolder\tS4\t", StringComparison.Ordinal) && l.Contains("\t*\t40\t", StringComparison.Ordinal) && l.EndsWith("\t38", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(lines[^1], Is.Empty, "ends with a newline");
    }

    [Test]
    public void FlagsTsv_EscapesTabsAndPrintsStatusWithoutIds()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        Fill(store, reversed: false);
        var row = store.Flags(new FlagQuery { YardId = "tumangang" })[0] with { Reason = "a\tb\nc\\d" };

        var line = StoreListing.FlagsTsv([row]).Split('\n')[1].Split('\t');

        Assert.That(line, Has.Length.EqualTo(StoreListing.FlagColumns.Count));
        Assert.That(line[9], Is.EqualTo("a\\tb\\nc\\\\d"));
        Assert.That((line[0], line[1], line[2], line[10], line[16]), Is.EqualTo(("tumangang", "2025-03-05T01:45:10Z", "spike", "accepted", "38")));
    }
}
