using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Calibration;

/// <summary>
/// Trains the counter's per-sample classifiers from labelled scenes: every strip sample inside a true car is a
/// car, every sample clear of all cars is empty track, samples within a car's end are boundaries. Each scene is
/// seen at its true registration and once more slightly misregistered, so the classifiers tolerate the
/// registration's residual error. Samples are balanced per scene and class so that large scenes do not dominate.
/// The occupancy forest is trained twice: the second time with the examples the first got most wrong added from
/// a larger pool of each scene's samples (hard-example mining), because a yard's long empty tracks make every
/// false car per kilometre count. Half the looks have their shadows faded in the features
/// (<see cref="SampleFeatures.FadeShadowSide"/>), so that cars are told from empty track by more than the shadow
/// beside them: with the shadow side replaced by the sun side, v12's forest gave its own scenes' cars about 0.5
/// instead of 0.8, as low as it gives cars of scenes drawn by another renderer.
/// </summary>
public sealed class ClassifierTrainer
{
    public const string OccupancyFileName = "occupancy.yml.gz";
    public const string BoundaryFileName = "boundary.yml.gz";
    public const string CoarseOccupancyFileName = "coarse-occupancy.yml.gz";

    private const int OccupancyPerClass = 1000;
    private const int BoundaryPerClass = 600;

    /// <summary>Further samples per scene and class, from which the first forest's worst mistakes are added.</summary>
    private const int PoolPerClass = 4000;

    /// <summary>Hard examples added, as a share of the first round's samples of the same class.</summary>
    private const double HardShare = 0.5;
    private const double EndMargin = 0.3;

    /// <summary>Share of the looks whose shadows are faded, and the most of a shadow such a look keeps.</summary>
    private const double FadedShare = 0.5;
    private const double MaxShadowKept = 0.6;

    private readonly RailcarCounter counter;
    private readonly Random random = new(20261126);
    private readonly List<float> occupancyRows = [];
    private readonly List<float> occupancyTargets = [];
    private readonly List<float> poolRows = [];
    private readonly List<float> poolTargets = [];
    private readonly List<float> boundaryRows = [];
    private readonly List<float> boundaryTargets = [];

    public ClassifierTrainer(CounterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        counter = new RailcarCounter(model with { OccupancyClassifier = null, BoundaryClassifier = null });
    }

    public int OccupancySamples => occupancyTargets.Count;

    public int BoundarySamples => boundaryTargets.Count;

    /// <summary>Adds the samples of one labelled scene.</summary>
    public void Add(RasterImage image, Yard yard, SceneLabel label, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(label);
        var angle = random.NextDouble() * 2 * Math.PI;
        var miss = 0.3 + (random.NextDouble() * 0.7);
        var shifts = new[]
        {
            label.TrueShiftMetres,
            (label.TrueShiftMetres.East + (miss * Math.Cos(angle)), label.TrueShiftMetres.North + (miss * Math.Sin(angle))),
        };
        foreach (var shift in shifts)
        {
            ct.ThrowIfCancellationRequested();
            var keepShadow = random.NextDouble() < FadedShare ? (float)(random.NextDouble() * MaxShadowKept) : 1f;
            var prepared = counter.PrepareTracks(image, yard, shift, label.Name, ct);
            var paths = prepared.Strips.GroupBy(strip => strip.Path.Track.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Path, StringComparer.Ordinal);
            var cars = label.Cars.Select(c => CarFootprint.Of(c, prepared.Frame, paths)).Where(c => c is not null).Select(c => c!).ToList();
            var features = SampleFeatures.ComputeAll(prepared.Strips, image.GsdMetres);
            var occupancy = new List<(float[] Rows, int Index, float Target)>();
            var boundary = new List<(float[] Rows, int Index, float Target)>();
            for (var k = 0; k < prepared.Strips.Count; k++)
            {
                var strip = prepared.Strips[k];
                var (rows, visible) = features[k];
                var reach = Math.Max(0.6, 0.5 * image.GsdMetres);
                for (var t = 0; t < strip.Length; t++)
                {
                    if (!visible[t])
                    {
                        continue;
                    }

                    var (e, n) = strip.Path.PointAt(strip.ArcAt(t));
                    var (occ, cut) = Targets(cars, e, n, reach);
                    if (occ is { } o)
                    {
                        occupancy.Add((rows, t, o));
                    }

                    if (cut is { } c)
                    {
                        boundary.Add((rows, t, c));
                    }
                }
            }

            Keep(occupancy, OccupancyPerClass + PoolPerClass, OccupancyPerClass, occupancyRows, occupancyTargets, poolRows, poolTargets, keepShadow);
            Keep(boundary, BoundaryPerClass, BoundaryPerClass, boundaryRows, boundaryTargets, null, null, keepShadow);
        }
    }

    /// <summary>
    /// Trains both classifiers, writes them into <paramref name="directory"/> and returns the model naming them.
    /// The token is checked before each forest is trained and before it is written (a forest's training itself runs to its end).
    /// </summary>
    public CounterModel TrainAndSave(CounterModel model, string directory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ct.ThrowIfCancellationRequested();
        if (OccupancySamples == 0 || BoundarySamples == 0)
        {
            throw new InvalidOperationException("no labelled samples to train on");
        }

        // The two forests are independent: trained side by side (a cancellation comes out as one OperationCanceledException).
        Parallel.Invoke(
            new ParallelOptions { CancellationToken = ct },
            () => TrainOccupancyAndSave(Path.Combine(directory, OccupancyFileName), ct),
            () =>
            {
                ct.ThrowIfCancellationRequested();
                using var boundary = SampleForest.Train([.. boundaryRows], [.. boundaryTargets], SampleFeatures.Count);
                ct.ThrowIfCancellationRequested();
                boundary.Save(Path.Combine(directory, BoundaryFileName));
            });

        return model with
        {
            OccupancyClassifier = OccupancyFileName,
            BoundaryClassifier = BoundaryFileName,
            Directory = Path.GetFullPath(directory),
        };
    }

    /// <summary>
    /// Trains the car/empty classifier (with hard examples) and writes it to <paramref name="path"/>; alone for the coarse scenes' own one.
    /// The token is checked before each of the two rounds and before the forest is written.
    /// </summary>
    public void TrainOccupancyAndSave(string path, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (OccupancySamples == 0)
        {
            throw new InvalidOperationException("no labelled samples to train on");
        }

        using var occupancy = TrainWithHardExamples(ct);
        ct.ThrowIfCancellationRequested();
        occupancy.Save(path);
    }

    /// <summary>(car 1 / empty 0 / unsure null, boundary 1 / car interior 0 / not applicable null) at a point.</summary>
    private static (float? Occupancy, float? Boundary) Targets(List<CarFootprint> cars, double e, double n, double reach)
    {
        var inside = false;
        var near = false;
        var hidden = false;
        var endDistance = double.MaxValue;
        var deepInside = false;
        foreach (var car in cars)
        {
            var dx = e - car.East;
            var dy = n - car.North;
            if ((dx * dx) + (dy * dy) > car.Radius * car.Radius)
            {
                continue;
            }

            var along = Math.Abs((dx * car.Tx) + (dy * car.Ty));
            var lateral = Math.Abs((dy * car.Tx) - (dx * car.Ty));
            if (lateral > car.HalfWidth + 0.5 || along > car.HalfLength + reach + 1)
            {
                continue;
            }

            near = true;
            if (!car.Visible)
            {
                hidden = true;
                continue;
            }

            endDistance = Math.Min(endDistance, Math.Abs(along - car.HalfLength));
            if (lateral <= car.HalfWidth && along <= car.HalfLength - EndMargin)
            {
                inside = true;
                deepInside |= along <= car.HalfLength - 1.5;
            }
        }

        float? occupancy = hidden ? null : inside ? 1f : near ? null : 0f;
        float? boundary = hidden ? null : endDistance <= reach ? 1f : deepInside ? 0f : null;
        return (occupancy, boundary);
    }

    /// <summary>
    /// The first round's forest, then one trained with the pooled samples it misjudged most (<see cref="HardExamples"/>),
    /// at most <see cref="HardShare"/> of each class's first-round count.
    /// </summary>
    private SampleForest TrainWithHardExamples(CancellationToken ct)
    {
        var first = SampleForest.Train([.. occupancyRows], [.. occupancyTargets], SampleFeatures.Count);
        if (poolTargets.Count == 0)
        {
            return first;
        }

        float[] predicted;
        using (first)
        {
            ct.ThrowIfCancellationRequested();
            predicted = first.Predict([.. poolRows]);
        }

        var rows = new List<float>(occupancyRows);
        var targets = new List<float>(occupancyTargets);
        var hard = HardExamples.Select(predicted, poolTargets, cls => (int)(HardShare * occupancyTargets.Count(t => t == cls)));
        foreach (var i in hard)
        {
            rows.AddRange(poolRows.GetRange(i * SampleFeatures.Count, SampleFeatures.Count));
            targets.Add(poolTargets[i]);
        }

        HardExampleCount = hard.Count;
        ct.ThrowIfCancellationRequested();
        return SampleForest.Train([.. rows], [.. targets], SampleFeatures.Count);
    }

    /// <summary>Hard examples the second occupancy round added (0 before training).</summary>
    public int HardExampleCount { get; private set; }

    /// <summary>
    /// Draws up to <paramref name="draw"/> samples per class at random; the first <paramref name="keep"/> are kept
    /// for training, the rest go to the pool of candidate hard examples (when there is one). Each keeps
    /// <paramref name="keepShadow"/> of its shadow (1: as seen).
    /// </summary>
    private void Keep(List<(float[] Rows, int Index, float Target)> samples, int draw, int keep, List<float> rows, List<float> targets, List<float>? pool, List<float>? poolTargetList, float keepShadow)
    {
        foreach (var cls in new[] { 0f, 1f })
        {
            var of = samples.Where(s => s.Target == cls).ToList();
            var take = Math.Min(pool is null ? keep : draw, of.Count);
            for (var i = 0; i < take; i++)
            {
                var j = i + random.Next(of.Count - i);
                (of[i], of[j]) = (of[j], of[i]);
                var (r, t, target) = of[i];
                var (toRows, toTargets) = i < keep ? (rows, targets) : (pool!, poolTargetList!);
                var row = r.AsSpan(t * SampleFeatures.Count, SampleFeatures.Count).ToArray();
                SampleFeatures.FadeShadowSide(row, keepShadow);
                toRows.AddRange(row);
                toTargets.Add(target);
            }
        }
    }

    /// <summary>A true car's footprint in the yard's metric frame, oriented along its track.</summary>
    private sealed record CarFootprint(double East, double North, double Tx, double Ty, double HalfLength, double HalfWidth, bool Visible)
    {
        public double Radius => HalfLength + 3;

        public static CarFootprint? Of(LabelledCar car, LocalMetricFrame frame, IReadOnlyDictionary<string, TrackPath> paths)
        {
            if (!paths.TryGetValue(car.TrackId, out var path))
            {
                return null;
            }

            var (e, n) = frame.ToMetres(car.Centre);
            var s = path.Project(e, n);
            var (tx, ty) = path.TangentAt(s, Math.Max(1, car.LengthMetres / 2));
            return new CarFootprint(e, n, tx, ty, car.LengthMetres / 2, car.WidthMetres / 2, car.Visible);
        }
    }
}
