using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Registration;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Bench;

/// <summary>
/// A coarse registrar tried in the counter on 2026-11-28 and not kept (docs/accuracy.md, "Coarse registration by
/// the yard's profile"); `coarsereg` scores it beside the counter's own. Where rails and car sides are below the
/// pixel (coarse imagery, ~2 m and more), the yard's track bed — the tracks with their cars, the bed's shoulders,
/// the ground around — still has a tone and a texture profile across it, whatever the tones are. Each pixel near the yard is placed by its distance from the nearest centre
/// line among bands (0, 1, 2, 3, 4.5, 6, 9, 12, 16, 20 and 24 m), shared linearly between the two nearest; the shift
/// whose bands explain most of the variance of tone and of local roughness (the correlation ratio η², summed)
/// wins. The bands are moved, not the image (<see cref="CentreLineDistance"/> reads distances at sub-pixel shifts),
/// so no shift is favoured by the smoothing an interpolated image would have, and the linear sharing keeps the
/// score continuous in the shift where a band is narrower than a pixel (partial-volume binning, as in
/// mutual-information registration).
/// </summary>
internal static class ProfileRegistrar
{
    /// <summary>Distances (metres) at the bands' centres; a pixel between two is shared between them.</summary>
    private static readonly double[] BandCentres = [0, 1, 2, 3, 4.5, 6, 9, 12, 16, 20, 24];

    private const double Reach = 24;
    private const double SearchStepMetres = 1;

    public static RegistrationResult Register(
        ScenePlanes planes,
        IPixelGeoreference georeference,
        LocalMetricFrame frame,
        IReadOnlyList<TrackPath> paths,
        double radiusMetres,
        CancellationToken ct)
    {
        var gsd = Math.Max(0.05, georeference.GsdMetres);
        var w = planes.Width;
        var h = planes.Height;
        var rough = CorridorRegistrar.Roughness(planes.Luma, w, h);

        var distance = CentreLineDistance.Build(georeference, frame, paths, w, h, Reach + radiusMetres + gsd);
        var pixels = NearPixels(planes, distance, Reach + radiusMetres + gsd);

        var j = RegistrationResult.PixelsPerMetre(georeference, frame);
        var shifts = new List<(double East, double North)>();
        var n = (int)Math.Floor(radiusMetres / SearchStepMetres);
        for (var a = -n; a <= n; a++)
        {
            for (var b = -n; b <= n; b++)
            {
                var (de, dn) = (a * SearchStepMetres, b * SearchStepMetres);
                if ((de * de) + (dn * dn) <= radiusMetres * radiusMetres * 1.0001)
                {
                    shifts.Add((de, dn));
                }
            }
        }

        // Every shift is scored on its own, so the scores are the same however many threads share them out.
        var scores = new double[shifts.Count];
        Parallel.For(
            0,
            shifts.Count,
            new ParallelOptions { CancellationToken = ct },
            () => new BandSums(BandCentres.Length),
            (i, _, bands) =>
            {
                var (de, dn) = shifts[i];
                scores[i] = Explained(planes.Luma, rough, distance, pixels, (de * j.Ex) + (dn * j.Nx), (de * j.Ey) + (dn * j.Ny), bands);
                return bands;
            },
            _ => { });

        var best = (East: 0.0, North: 0.0);
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < shifts.Count; i++)
        {
            // A faint preference for small shifts breaks ties on featureless scenes.
            var (de, dn) = shifts[i];
            var score = scores[i] * (1 - (0.002 * ((de * de) + (dn * dn)) / (radiusMetres * radiusMetres)));
            if (score > bestScore)
            {
                bestScore = score;
                best = (de, dn);
            }
        }

        return double.IsFinite(bestScore) ? RegistrationResult.FromSearch(best, bestScore, scores) : new RegistrationResult((0, 0), 0);
    }

    /// <summary>
    /// η² of tone plus η² of roughness over the distance bands, with the bands moved by (dx, dy) pixels; −∞ where
    /// too few pixels fall in the bands or the innermost band.
    /// </summary>
    private static double Explained(float[] luma, float[] rough, CentreLineDistance distance, NearPixelList pixels, double dx, double dy, BandSums bands)
    {
        bands.Clear();
        for (var p = 0; p < pixels.Index.Length; p++)
        {
            // The pixel's distance to the moved centre lines is the table's at the point the shift brings onto it.
            var d = distance.At(pixels.Column[p] - dx, pixels.Row[p] - dy);
            if (d <= Reach)
            {
                var k = pixels.Index[p];
                var band = Band(d);
                var t = band + 1 < BandCentres.Length ? (d - BandCentres[band]) / (BandCentres[band + 1] - BandCentres[band]) : 0;
                bands.Add(band, 1 - t, luma[k], rough[k]);
                if (t > 0)
                {
                    bands.Add(band + 1, t, luma[k], rough[k]);
                }
            }
        }

        return bands.Total < 50 || bands.Count[0] + bands.Count[1] < 10 ? double.NegativeInfinity : bands.ToneRatio() + bands.RoughnessRatio();
    }

    /// <summary>The visible pixels within <paramref name="reach"/> of a centre line at zero shift, with their centres' coordinates.</summary>
    private static NearPixelList NearPixels(ScenePlanes planes, CentreLineDistance distance, double reach)
    {
        var w = planes.Width;
        var index = new List<int>();
        for (var i = 0; i < planes.Luma.Length; i++)
        {
            if (planes.Visible[i] && distance.At((i % w) + 0.5, (i / w) + 0.5) <= reach)
            {
                index.Add(i);
            }
        }

        return new NearPixelList([.. index], [.. index.Select(i => (i % w) + 0.5)], [.. index.Select(i => (i / w) + 0.5)]);
    }

    private sealed record NearPixelList(int[] Index, double[] Column, double[] Row);

    /// <summary>The band whose centre is the last at or below <paramref name="d"/>.</summary>
    private static int Band(double d)
    {
        var band = 0;
        while (band + 1 < BandCentres.Length && d >= BandCentres[band + 1])
        {
            band++;
        }

        return band;
    }
}
