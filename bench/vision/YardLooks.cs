using System.Globalization;
using RailWatch.Core.Yards;
using RailWatch.Synth;

namespace RailWatch.Vision.Bench;

/// <summary>
/// `yardlooks YARD SEEDS`: why the sample yard reads high at 3 m. The cloudless 3 m scenes of the plan's SEEDS are
/// counted on their own yard and again on YARD with about 20 cars (the sample's state before its surge), with the
/// same look (sensor, season, sun, haze, noise): the same looks on a different yard.
/// </summary>
internal static class YardLooks
{
    public static void Run(RailcarCounter counter, string yardPath, IEnumerable<int> seeds)
    {
        var sample = YardFile.Load(yardPath);
        double own = 0, other = 0;
        var n = 0;
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            if (options.GsdMetres < 2)
            {
                continue;
            }

            options = options with { CloudCover = 0 };
            var plan = SceneRenderer.Render(yard, options);
            var onSample = SceneRenderer.Render(sample, options with { CarCount = 20 });
            var (c1, c2) = (counter.Count(plan.Image, yard).Total.Count ?? -1, counter.Count(onSample.Image, sample).Total.Count ?? -1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seed,6} {options.Sensor,-6} {options.Season,-6} haze {options.Haze:F2} | plan yard: truth {plan.Truth.VisibleCount,4} count {c1,4} | sample yard: truth {onSample.Truth.VisibleCount,4} count {c2,4}"));
            own += CountError.LogRatio(c1, plan.Truth.VisibleCount);
            other += CountError.LogRatio(c2, onSample.Truth.VisibleCount);
            n++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} looks; mean |log((count + 1) / (truth + 1))|: plan yards {own / n:F2}, sample yard {other / n:F2}"));
    }
}
