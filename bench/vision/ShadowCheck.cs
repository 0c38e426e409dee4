using System.Globalization;
using RailWatch.Synth;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Bench;

/// <summary>
/// How often the shadow direction read from the tracks puts shadows on the right side of the body tracks, against the
/// renderer's sun (scenes at the true registration; only scenes whose shadows cross the tracks, |cos| ≥ 0.3).
/// </summary>
internal static class ShadowCheck
{
    public static void Run(IReadOnlyList<int> seeds, RailcarCounter counter)
    {
        int right = 0, scored = 0;
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            if (options.GsdMetres > 1.5)
            {
                continue;
            }

            var scene = SceneRenderer.Render(yard, options);
            var prepared = counter.PrepareTracks(scene.Image, yard, (scene.Truth.GeolocationError.EastM, scene.Truth.GeolocationError.NorthM), "check", CancellationToken.None);
            var estimate = ShadowDirection.Of(prepared.Strips);
            var towards = (options.SunAzimuthDegrees + 180) * Math.PI / 180;
            var truth = new ShadowDirection(Math.Sin(towards), Math.Cos(towards), 1);
            var body = prepared.Strips.MaxBy(s => s.Path.Length)!.Path;
            var trueLateral = truth.LateralComponent(body, body.Length / 2);
            var estLateral = estimate.LateralComponent(body, body.Length / 2);
            var ok = Math.Abs(trueLateral) < 0.3 ? (bool?)null : Math.Sign(trueLateral) == Math.Sign(estLateral) && Math.Abs(estLateral) > 0.2;
            if (ok is { } hit)
            {
                scored++;
                right += hit ? 1 : 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed} gsd {options.GsdMetres} elev {options.SunElevationDegrees:F0} true lateral {trueLateral:F2} estimated {estLateral:F2} strength {estimate.Strength:F3} {(ok is null ? "along" : ok.Value ? "right" : "WRONG")}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"right side on {right} of {scored} scenes whose shadows cross the tracks ({100.0 * right / Math.Max(1, scored):F0}%)"));
    }
}
