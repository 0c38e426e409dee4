using System.Globalization;
using RailWatch.Core.Yards;
using RailWatch.Synth;

namespace RailWatch.Vision.Bench;

/// <summary>
/// `serieslooks YARD [GSD]`: the sample series' scenes of one GSD (3 m unless given), planned as `samples/README.md`
/// generates them, each counted as rendered, rendered again with clouds that cast no shadow, and without clouds:
/// which of the clouds' effects makes the count.
/// </summary>
internal static class SeriesLooks
{
    public static void Run(RailcarCounter counter, string yardPath, double gsd)
    {
        var yard = YardFile.Load(yardPath);
        var options = new SeriesOptions { Seed = 7, Days = 120, SurgeDay = 80, BaselineCars = 20, SurgeCars = 75, MarginMetres = 30 };
        double errAsIs = 0, errNoShadow = 0, errClear = 0;
        var n = 0;
        foreach (var entry in SceneSeries.Plan(yard, options).Where(e => Math.Abs(e.Options.GsdMetres - gsd) < 1e-9))
        {
            var asIs = SceneRenderer.Render(yard, entry.Options);
            var noShadow = SceneRenderer.Render(yard, entry.Options with { CloudShadows = false });
            var clear = SceneRenderer.Render(yard, entry.Options with { CloudCover = 0 });
            var (c1, c2, c3) = (Count(asIs), Count(noShadow), Count(clear));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{entry.File,-50} cloud {entry.Options.CloudCover:F2} | truth {asIs.Truth.VisibleCount,3} count {c1,4} | no shadows: truth {noShadow.Truth.VisibleCount,3} count {c2,4} | no clouds: truth {clear.Truth.VisibleCount,3} count {c3,4}"));
            errAsIs += CountError.LogRatio(c1, asIs.Truth.VisibleCount);
            errNoShadow += CountError.LogRatio(c2, noShadow.Truth.VisibleCount);
            errClear += CountError.LogRatio(c3, clear.Truth.VisibleCount);
            n++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n} scenes; mean |log((count + 1) / (truth + 1))|: as rendered {errAsIs / n:F2}, no cloud shadows {errNoShadow / n:F2}, no clouds {errClear / n:F2}"));

        int Count(RenderedScene scene) => counter.Count(scene.Image, yard).Total.Count ?? -1;
    }
}
