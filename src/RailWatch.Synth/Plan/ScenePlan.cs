using RailWatch.Core.Errors;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;

namespace RailWatch.Synth;

/// <summary>
/// The labelled synthetic scenes of calibration and evaluation (<c>railwatch calibrate</c>/<c>evaluate</c> and the
/// vision benchmark): each seed gives one random yard layout and the options of one rendering of it
/// (<see cref="SceneRenderer"/> draws it), drawn across resolutions (0.3–3 m: four in ten at ≤ 0.5 m, three at 0.6–1 m, one at 1.25–2 m, two at 3 m), seasons, sensors, CRSs, clouds, haze, noise, JPEG,
/// geolocation error up to 10 m, sun and nodata edges. Calibration and evaluation use disjoint seed ranges.
/// From seed <see cref="RustyBedsFrom"/> on, half the scenes also have rusty track beds (dark bands about a car
/// wide, as on many real yards); from seed <see cref="BigYardsFrom"/> on, half the 3 m scenes show a large, nearly
/// empty yard instead of the usual one (8–12 body tracks of 500–1000 m, 0–8% of the track under cars: a border
/// yard such as Tumangang between surges); from seed <see cref="OffNadirFrom"/> on, half the scenes are seen
/// 5–25° off nadir, from any azimuth (cars lean away from the satellite and show a side, as in most commercial
/// tasking); from seed <see cref="OvergrownFrom"/> on, half the scenes show a yard gone to weeds (outside winter).
/// The scenes of lower seeds are what they always were.
/// <para>
/// The plan is fixed: <see cref="For"/> gives every seed the same yard and options on every run and machine, and the
/// documented accuracy figures rest on that, so a change to it changes them. New kinds of scene go in from a new
/// seed on, as the rusty beds and big yards did.
/// </para>
/// </summary>
public static class ScenePlan
{
    /// <summary>The seeds whose scenes the classifiers learn from.</summary>
    public const string DefaultTrainingSeeds = "1-120";

    /// <summary>The seeds whose scenes the count scale and intervals are fitted on, disjoint from the training seeds.</summary>
    public const string DefaultCalibrationSeeds = "121-299";

    /// <summary>The car verifier learns from mistakes the forests make on scenes they were not trained on.</summary>
    public const string DefaultVerifierSeeds = "2000-2599";

    /// <summary>The held-out seeds of evaluation, disjoint from every seed range above.</summary>
    public const string DefaultEvaluationSeeds = "5000-5089";

    /// <summary>
    /// Seeds whose coarse scenes (coarser than the segmentation limit) the coarse occupancy forest learns from: the
    /// training seeds' and those of a range whose fine scenes alone teach the verifier.
    /// </summary>
    public const string DefaultCoarseSeeds = "1-120,2000-2599";

    /// <summary>Seeds whose coarse scenes the coarse track regressor learns from: ones the coarse forest never saw.</summary>
    public const string DefaultCoarseTrackSeeds = "40000-43999";

    /// <summary>The first seed whose scenes may have rusty track beds.</summary>
    public const int RustyBedsFrom = 100_000;

    /// <summary>The first seed whose 3 m scenes may show a large, nearly empty yard.</summary>
    public const int BigYardsFrom = 200_000;

    /// <summary>The first seed whose scenes may be seen off nadir.</summary>
    public const int OffNadirFrom = 400_000;

    /// <summary>The first seed whose scenes may show an overgrown yard.</summary>
    public const int OvergrownFrom = 500_000;

    private static readonly double[] FineGsds = [0.3, 0.4, 0.5];
    private static readonly double[] MidGsds = [0.6, 0.75, 0.9, 1.0];
    private static readonly double[] CoarseMidGsds = [1.25, 1.5, 2.0];

    /// <summary>The yard and scene options of <paramref name="seed"/>: a pure function of the seed.</summary>
    public static (Yard Yard, SceneOptions Options) For(int seed)
    {
        var rng = new Random(unchecked((seed * 7919) + 17));
        var band = seed % 10;
        var gsd = band switch
        {
            <= 3 => FineGsds[rng.Next(FineGsds.Length)],
            <= 6 => MidGsds[rng.Next(MidGsds.Length)],
            7 => CoarseMidGsds[rng.Next(CoarseMidGsds.Length)],
            _ => 3.0,
        };
        var bigYard = gsd >= 3 && seed >= BigYardsFrom && HashBit(seed, 1);
        var yard = YardGenerator.Generate(new YardLayoutOptions
        {
            Seed = seed,
            Id = $"synthetic-{seed}",
            Name = $"Synthetic yard {seed}",
            BodyTracks = bigYard ? 8 + (int)(Hash(seed) >> 8 & 0xFF) % 5 : rng.Next(3, 8),
            MinTrackLengthMetres = bigYard ? 500 : 200,
            MaxTrackLengthMetres = bigYard ? 1000 : gsd >= 2 ? 800 : 350,
            MarginMetres = 15,
        });
        var cloudy = rng.NextDouble() < 0.3;
        var options = new SceneOptions
        {
            Seed = seed,
            GsdMetres = gsd,
            Season = (Season)rng.Next(3),
            Sensor = (SensorKind)rng.Next(3),
            Crs = (OutputCrs)rng.Next(3),
            Occupancy = bigYard ? BigYardOccupancy(rng.NextDouble()) : Occupancy(rng.NextDouble()),
            CloudCover = cloudy ? 0.1 + (rng.NextDouble() * 0.5) : 0,
            Haze = rng.NextDouble() < 0.3 ? rng.NextDouble() * 0.4 : 0,
            NoiseSigma = 0.004 + (rng.NextDouble() * 0.016),
            JpegQuality = rng.NextDouble() < 0.2 ? 60 + rng.Next(35) : null,
            GeolocationErrorMetres = rng.NextDouble() * 10,
            SunAzimuthDegrees = rng.NextDouble() * 360,
            SunElevationDegrees = 20 + (rng.NextDouble() * 50),
            NodataEdgeFraction = rng.NextDouble() < 0.15 ? rng.NextDouble() * 0.4 : 0,
            Gain = 0.8 + (rng.NextDouble() * 0.4),
            BlurPixels = 0.3 + (rng.NextDouble() * 0.5),
            MarginMetres = 30,
            RustyTrackBeds = seed >= RustyBedsFrom && HashBit(seed, 0),
            OffNadirDegrees = seed >= OffNadirFrom && HashBit(seed, 2) ? 5 + (HashUnit(seed, 32) * 20) : 0,
            ViewAzimuthDegrees = seed >= OffNadirFrom ? HashUnit(seed, 48) * 360 : 0,
            OvergrownYard = seed >= OvergrownFrom && HashBit(seed, 3),
        };
        return (yard, options);
    }

    /// <summary>
    /// The seed's scene with the sun 12–28° above the horizon on a share of seeds, chosen by bits 16–31 of the seed's
    /// hash; the other seeds' scenes unchanged. A low sun casts each car's shadow across the next track, which the
    /// fine forests must learn to tell from a car (<c>railwatch calibrate --low-sun</c>).
    /// </summary>
    public static SceneOptions WithLowSun(SceneOptions options, double share)
    {
        ArgumentNullException.ThrowIfNull(options);
        var u = HashUnit(options.Seed, 16);
        return u < share ? options with { SunElevationDegrees = 12 + (16 * u / share) } : options;
    }

    /// <summary>
    /// A bit of a SplitMix64 hash of the seed: unlike the first draws of <see cref="Random"/> for neighbouring seeds,
    /// uncorrelated, and drawn beside the seed's other choices without moving them. Bit 0 chooses rusty beds, bit 1
    /// big yards, bit 2 an off-nadir view, bit 3 an overgrown yard.
    /// </summary>
    private static bool HashBit(int seed, int bit) => ((Hash(seed) >> bit) & 1) == 0;

    /// <summary>A uniform draw in [0, 1) from 16 bits of the seed's hash from bit <paramref name="shift"/> on (16: low sun, 32: off-nadir angle, 48: view azimuth).</summary>
    private static double HashUnit(int seed, int shift) => ((Hash(seed) >> shift) & 0xFFFF) / 65536.0;

    private static ulong Hash(int seed)
    {
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>
    /// Three scenes in ten show a nearly empty yard (0–15% of the track length under cars: a border yard's usual
    /// state, and the baseline every surge is measured against), the rest 15–90%. One uniform draw in, so the
    /// rest of each seed's scene is what it was.
    /// </summary>
    private static double Occupancy(double u) => u < 0.3 ? u / 0.3 * 0.15 : 0.15 + ((u - 0.3) / 0.7 * 0.75);

    /// <summary>A large yard between surges: 0–8% of its track under cars, from the same uniform draw.</summary>
    private static double BigYardOccupancy(double u) => u * 0.08;

    /// <summary>
    /// Parses "A-B", "A" or a comma-separated list of them ("1-120,2000-2599") into seeds; a malformed list is a
    /// <see cref="UsageException"/> that names the <c>--seeds</c> option.
    /// </summary>
    public static IReadOnlyList<int> ParseSeeds(string text)
    {
        try
        {
            return SeedRanges.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--seeds: {e.Message}", e);
        }
    }
}
