using RailWatch.AltSeries.Bench.Looks;
using RailWatch.AltSeries.Bench.Yards;
using RailWatch.Core.Flags;
using RailWatch.Stats.Evaluation;

namespace RailWatch.AltSeries.Bench;

/// <summary>One simulated yard: its traits, its cars over time and its labelled events.</summary>
internal sealed record SimulatedYard(YardTraits Traits, YardTraffic Traffic, IReadOnlyList<LabelledEvent> Events);

/// <summary>
/// Labelled count series drawn by this bench's own model of yards (trains of cars that stay days, weather in
/// spells, cloud that hides whole cuts, a counter with gross errors and overconfident intervals), written without
/// using the project's generator. Two years from 2023-03-06; the first is burn-in without events.
/// </summary>
internal static class AltSeriesGenerator
{
    public static readonly DateOnly Start = new(2023, 3, 6);

    public const int Days = 730;

    public const int BurnInDays = 365;

    public static (SyntheticSeries Series, IReadOnlyList<SimulatedYard> Yards) Generate(int seed, int yards, AltSeriesFaults? faults = null)
    {
        faults ??= new AltSeriesFaults();
        var observations = new List<CountObservation>();
        var events = new List<LabelledEvent>();
        var simulated = new List<SimulatedYard>();
        var origin = new DateTimeOffset(Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        for (var index = 0; index < yards; index++)
        {
            var rng = new Random(unchecked((seed * 1_000_003) + index));
            var drawn = TraitDraw.Draw(TraitDraw.YardId(seed, index), rng);
            var traits = drawn with
            {
                Season = faults.SeasonBump ? drawn.Season : drawn.Season with { Height = 0 },
                NewYearLull = faults.NewYearLull && drawn.NewYearLull,
                ScheduleChange = faults.ScheduleChange ? drawn.ScheduleChange : null,
            };
            var yardEvents = EventPlan.Draw(traits.Id, Start.AddDays(BurnInDays), Days - BurnInDays, rng);
            var traffic = YardTraffic.Simulate(traits, Start, Days, yardEvents, rng);
            var cloudy = Sky.CloudyDays(traits.Cloudiness, traits.CloudiestDay, Start, Days, rng);
            foreach (var day in Sky.PassDays(traits.RevisitDays, Days, rng))
            {
                if (CounterLook.Take(traits, traffic, day, cloudy[day], faults, rng) is { } look)
                {
                    observations.Add(new CountObservation(traits.Id, origin.AddDays(look.Time), look.Count)
                    {
                        Low = look.Low,
                        High = look.High,
                        ObservedFraction = look.ObservedFraction ?? 1,
                    });
                }
            }

            events.AddRange(yardEvents);
            simulated.Add(new SimulatedYard(traits, traffic, yardEvents));
        }

        var options = new SyntheticSeriesOptions { Seed = seed, Yards = yards, Start = Start, Days = Days, BurnInDays = BurnInDays };
        return (new SyntheticSeries(options, observations, events), simulated);
    }
}
