using System.Globalization;
using RailWatch.Synth;

namespace RailWatch.Vision.Bench;

/// <summary>
/// The counter's cloud mask along the tracks against the renderer's: per track, the share of its centre line the
/// counter sees (strip samples within 1 m of the centre line, at the true registration) against the truth's
/// observed fraction (centre line not under cloud of opacity ≥ 0.5), summed over track length.
/// </summary>
internal static class CloudMaskCheck
{
    public static void Run(IReadOnlyList<int> seeds, RailcarCounter counter)
    {
        double length = 0, over = 0, under = 0;
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            var scene = SceneRenderer.Render(yard, options);
            var shift = (scene.Truth.GeolocationError.EastM, scene.Truth.GeolocationError.NorthM);
            var prepared = counter.PrepareTracks(scene.Image, yard, shift, "check", CancellationToken.None);
            var truth = scene.Truth.Tracks.ToDictionary(t => t.Id, t => t.ObservedFraction, StringComparer.Ordinal);
            double sceneLength = 0, sceneOver = 0, sceneUnder = 0, seen = 0, trueSeen = 0;
            foreach (var strip in prepared.Strips)
            {
                if (!truth.TryGetValue(strip.Path.Track.Id, out var trueFraction))
                {
                    continue;
                }

                int samples = 0, visible = 0;
                for (var t = 0; t < strip.Length; t++)
                {
                    for (var v = 0; v < strip.Width; v++)
                    {
                        if (Math.Abs(strip.OffsetsMetres[v]) <= 1.0)
                        {
                            samples++;
                            visible += strip.Visible[strip.Index(t, v)] ? 1 : 0;
                        }
                    }
                }

                var ours = samples > 0 ? visible / (double)samples : 0;
                var metres = strip.Path.Length;
                sceneLength += metres;
                seen += ours * metres;
                trueSeen += trueFraction * metres;
                sceneOver += Math.Max(0, ours - trueFraction) * metres;
                sceneUnder += Math.Max(0, trueFraction - ours) * metres;
            }

            length += sceneLength;
            over += sceneOver;
            under += sceneUnder;
            if (options.CloudCover > 0 || sceneOver + sceneUnder > 0.02 * sceneLength)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"seed {seed} gsd {options.GsdMetres} {options.Season} {options.Sensor} cloud {options.CloudCover:F2} haze {options.Haze:F2} | seen {seen / sceneLength:F2} true {trueSeen / sceneLength:F2} | over {sceneOver / sceneLength:F2} under {sceneUnder / sceneLength:F2}"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all: track seen beyond the truth {over / length:P2}, hidden though clear {under / length:P2} of {length / 1000:F0} km"));
    }
}
