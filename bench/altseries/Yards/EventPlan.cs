using RailWatch.Stats.Evaluation;

namespace RailWatch.AltSeries.Bench.Yards;

/// <summary>
/// The labelled events of one yard's evaluation year, as the issue states them: one sustained rise (7–60 days,
/// ×1.5–3), two spikes (1–3 days, ×2–4) and, every other yard, a decrease (7–60 days, ×0.3–0.7) that must not be
/// flagged; at least 14 days between any two.
/// </summary>
internal static class EventPlan
{
    private const int SpacingDays = 14;

    public static IReadOnlyList<LabelledEvent> Draw(string yardId, DateOnly evaluationStart, int evaluationDays, Random rng)
    {
        var wanted = new List<(EventKind Kind, int Days, double Factor)>
        {
            (EventKind.Sustained, rng.Next(7, 61), TraitDraw.Uniform(rng, 1.5, 3)),
            (EventKind.Spike, rng.Next(1, 4), TraitDraw.Uniform(rng, 2, 4)),
            (EventKind.Spike, rng.Next(1, 4), TraitDraw.Uniform(rng, 2, 4)),
        };
        if (rng.NextDouble() < 0.5)
        {
            wanted.Add((EventKind.Decrease, rng.Next(7, 61), TraitDraw.Uniform(rng, 0.3, 0.7)));
        }

        var placed = new List<LabelledEvent>();
        foreach (var (kind, days, factor) in wanted)
        {
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var start = evaluationStart.AddDays(rng.Next(0, evaluationDays - days));
                var end = start.AddDays(days - 1);
                if (placed.TrueForAll(p => end.AddDays(SpacingDays) < p.Start || p.End.AddDays(SpacingDays) < start))
                {
                    placed.Add(new LabelledEvent(yardId, kind, start, end, factor));
                    break;
                }
            }
        }

        return placed;
    }
}
