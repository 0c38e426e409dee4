using RailWatch.Core.Counting;
using RailWatch.Core.Errors;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;
using RailWatch.Vision.Diagnostics;
using RailWatch.Vision.Estimation;
using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Registration;
using RailWatch.Vision.Segmentation;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision;

/// <summary>
/// Counts railcars on a yard's known tracks in one image: registers the tracks, rectifies a strip along each,
/// tells cars from empty track, segments cars where the resolution allows or estimates from occupied length where
/// it does not, and gives every count a calibrated interval. Thread-safe: one counter may count many images at once.
/// </summary>
public sealed class RailcarCounter
{
    public const string AlgorithmName = "railwatch-track-strip";

    private const double StripHalfWidth = 5.2;
    private const double MinObservedFraction = 0.02;

    /// <summary>From this GSD rails and car sides are below the pixel and the track bed's outline registers the yard.</summary>
    private const double CorridorRegistrationGsdMetres = 1.8;

    private readonly OccupancyClassifiers? classifiers;

    public RailcarCounter(CounterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        classifiers = OccupancyClassifiers.For(model);
    }

    public CounterModel Model { get; }

    public static RailcarCounter FromModelFile(string path) => new(CounterModel.Load(path));

    public YardCount Count(RasterImage image, Yard yard, CountOptions? options = null, CancellationToken ct = default) =>
        CountDetailed(image, yard, options, ct).Count;

    public CountReport CountDetailed(RasterImage image, Yard yard, CountOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(yard);
        options ??= new CountOptions();
        var imageName = options.ImageName ?? string.Empty;
        var gsd = image.GsdMetres;
        if (!(gsd > 0) || !double.IsFinite(gsd))
        {
            throw new BadDataException($"{imageName}: image has no valid ground sample distance");
        }

        var prepared = PrepareTracks(image, yard, options.FixedShiftMetres, imageName, ct);
        var frame = prepared.Frame;
        var registration = prepared.Registration;
        var profiles = ProfileTracks(prepared.Strips, gsd);

        var band = Model.BandFor(gsd);
        var segment = gsd <= Model.MaxSegmentationGsdMetres;
        var tracks = new List<TrackCount>();
        var cars = new List<CarDetection>();
        var rawTracks = new Dictionary<string, double?>(StringComparer.Ordinal);
        var debugCars = new List<IReadOnlyList<CarSegment>>();
        double rawTotal = 0, observedPitches = 0, unsureTotal = 0;
        var anyObserved = false;
        double visibleSamples = 0, allSamples = 0;
        var segments = segment ? SegmentAll(profiles, gsd) : null;
        var coarseCars = !segment && classifiers?.CoarseTracks is { } regressor
            ? CoarseTrackShares.Cars(profiles, gsd, registration.Confidence, regressor, Model)
            : null;

        // With a verifier every candidate carries the probability that it is a car: the likely ones are the cars
        // counted, and the doubtful ones widen the interval. (Their expected number, the sum of the probabilities,
        // counted worse on fresh scenes: many unlikely candidates add up.)
        var verified = classifiers?.Verifier is not null;
        var carScore = verified ? Model.VerifierThreshold : 0;

        for (var k = 0; k < profiles.Count; k++)
        {
            ct.ThrowIfCancellationRequested();
            var profile = profiles[k];
            var track = profile.Strip.Path.Track;
            var observed = profile.ObservedFraction;
            visibleSamples += observed * profile.Strip.Length;
            allSamples += profile.Strip.Length;
            IReadOnlyList<CarSegment> found = [];
            if (observed < MinObservedFraction)
            {
                tracks.Add(new TrackCount(track.Id, CountEstimate.NotObserved, observed));
                rawTracks[track.Id] = null;
                debugCars.Add(found);
                continue;
            }

            var mass = TrackMass.Of(profile, Model);
            var unsure = mass.UnsureCars;
            double raw;
            if (segments is not null)
            {
                found = [.. segments[k].Where(c => c.Score >= carScore)];
                raw = found.Count;
                if (verified)
                {
                    // The verifier has decided the undecided track: what remains unsure is its doubtful candidates
                    // (the undecided length of a 10 km yard would otherwise dwarf a count of five cars).
                    unsure = segments[k].Sum(c => 4 * c.Score * (1 - c.Score));
                }
                foreach (var car in found)
                {
                    var s = car.ArcIn(profile.Strip);
                    var (e, n) = profile.Strip.Path.PointAt(s);
                    var length = ((car.End - car.Start) * profile.Strip.StepMetres) - Model.CouplingGapMetres;
                    cars.Add(new CarDetection(track.Id, frame.ToGeo(e, n), Math.Round(length, 1), Math.Round(car.Score, 3)));
                }
            }
            else
            {
                raw = coarseCars?[k] ?? mass.OccupiedCars;
            }

            debugCars.Add(found);
            rawTracks[track.Id] = raw;
            rawTotal += raw;
            anyObserved = true;
            var pitches = segment ? 0 : observed * profile.Strip.Length * profile.Strip.StepMetres / Model.MeanPitchMetres;
            observedPitches += pitches;
            unsureTotal += unsure;
            tracks.Add(new TrackCount(track.Id, band.Estimate(raw, pitches, new IntervalEvidence(observed, unsure)), Math.Round(observed, 4)));
        }

        var sceneObserved = allSamples > 0 ? visibleSamples / allSamples : 0;
        var total = anyObserved ? band.Estimate(rawTotal, observedPitches, new IntervalEvidence(sceneObserved, unsureTotal)) : CountEstimate.NotObserved;

        var yardCount = new YardCount
        {
            YardId = yard.Id,
            Image = imageName,
            GsdMetres = Math.Round(gsd, 4),
            ShiftMetres = (Math.Round(registration.Shift.East, 2), Math.Round(registration.Shift.North, 2)),
            ObservedFraction = Math.Round(sceneObserved, 4),
            Total = total,
            Tracks = tracks,
            Cars = cars,
            Algorithm = AlgorithmName,
            ModelVersion = Model.Version,
        };

        if (options.DebugDirectory is { } dir)
        {
            StripDebugWriter.Write(dir, yard.Id, profiles, debugCars);
        }

        return new CountReport(yardCount, anyObserved ? rawTotal : null, rawTracks, registration.Confidence)
        {
            Profiles = profiles,
            ObservedPitches = anyObserved ? observedPitches : null,
            UnsureCars = anyObserved ? Math.Round(unsureTotal, 3) : null,
        };
    }

    /// <summary>
    /// Cars of every observed track with at least half their length visible, each counted on one track only, and
    /// scored by the model's verifier where it has one.
    /// </summary>
    private IReadOnlyList<IReadOnlyList<CarSegment>> SegmentAll(IReadOnlyList<TrackProfile> profiles, double gsd)
    {
        var candidates = CandidateCars(profiles);
        return classifiers?.Verifier is { } verifier ? CarVerifier.Apply(profiles, candidates, gsd, Model, verifier) : candidates;
    }

    /// <summary>Candidate cars before the verifier's second look.</summary>
    internal IReadOnlyList<IReadOnlyList<CarSegment>> CandidateCars(IReadOnlyList<TrackProfile> profiles) =>
        CrossTrackDuplicates.Remove(profiles, [.. profiles.Select(p => p.ObservedFraction < MinObservedFraction
            ? (IReadOnlyList<CarSegment>)[]
            : [.. CarSegmenter.Segment(p, Model).Where(c => c.VisibleShare >= 0.5)])]);

    /// <summary>Car probability and boundary evidence along every strip, each overlap owned by one track.</summary>
    internal IReadOnlyList<TrackProfile> ProfileTracks(IReadOnlyList<Strip> strips, double gsd)
    {
        var profiles = classifiers is null
            ? OccupancyProfiler.Profile(strips, gsd, Model)
            : LearnedOccupancy.Profile(strips, gsd, classifiers);
        TrackOwnership.Apply(profiles);
        return profiles;
    }

    /// <summary>Registers the tracks (or applies a known shift) and rectifies a strip along each.</summary>
    internal PreparedTracks PrepareTracks(RasterImage image, Yard yard, (double East, double North)? fixedShift, string imageName, CancellationToken ct)
    {
        var gsd = image.GsdMetres;
        var frame = new LocalMetricFrame(yard.Bounds.Center);
        var paths = yard.Tracks.Select(t => new TrackPath(t, frame)).ToList();
        var georeference = LocalAffineGeoreference.Fit(image.Georeference, frame, yard.Bounds.Expand(Model.RegistrationRadiusMetres + 10));
        if (!CoversAnyTrack(image, georeference, frame, paths))
        {
            throw new BadDataException($"{imageName}: the image does not cover any track of yard \"{yard.Id}\"");
        }

        ct.ThrowIfCancellationRequested();
        var planes = ScenePreparer.Prepare(image, TrackNeighbourhood(image, georeference, frame, paths));
        ct.ThrowIfCancellationRequested();

        RegistrationResult registration = fixedShift is { } shift
            ? new RegistrationResult(shift, 1)
            : gsd >= CorridorRegistrationGsdMetres
                ? CorridorRegistrar.Register(planes, georeference, frame, paths, Model.RegistrationRadiusMetres, ct)
                : TrackRegistrar.Register(planes, georeference, frame, paths, Model.RegistrationRadiusMetres, ct);

        var step = Math.Clamp(gsd * 0.75, 0.2, 1.0);
        var lateralStep = Math.Clamp(gsd * 0.5, 0.15, 0.75);
        var offsets = Offsets(lateralStep);
        var stripPlanes = PlaneSmoothing.ForStrips(planes, gsd, Model.StripSmoothingMetres);
        var strips = paths.Select(p => StripSampler.Sample(stripPlanes, georeference, frame, p, registration.Shift, step, offsets)).ToList();
        if (Model.CloudShadowLift && gsd <= Model.MaxSegmentationGsdMetres)
        {
            CloudShadowLift.Apply(strips);
        }

        ct.ThrowIfCancellationRequested();
        return new PreparedTracks(frame, strips, registration);
    }

    /// <summary>Pixel indices within 8 m of the tracks: the contrast stretch looks at the yard, not at the fields around it.</summary>
    internal static int[] TrackNeighbourhood(RasterImage image, IPixelGeoreference georeference, LocalMetricFrame frame, List<TrackPath> paths)
    {
        var set = new HashSet<int>();
        var step = Math.Max(0.5, image.GsdMetres);
        foreach (var path in paths)
        {
            for (var s = 0.0; s <= path.Length; s += step)
            {
                var (x, y, nx, ny) = StripSampler.PixelFrame(georeference, frame, path, s, (0, 0));
                for (var o = -8.0; o <= 8.0; o += step)
                {
                    var xi = (int)(x + (o * nx));
                    var yi = (int)(y + (o * ny));
                    if (xi >= 0 && yi >= 0 && xi < image.Width && yi < image.Height)
                    {
                        set.Add((yi * image.Width) + xi);
                    }
                }
            }
        }

        return [.. set];
    }

    private static double[] Offsets(double lateralStep)
    {
        var half = (int)Math.Ceiling(StripHalfWidth / lateralStep);
        return Enumerable.Range(-half, (2 * half) + 1).Select(i => i * lateralStep).ToArray();
    }

    private static bool CoversAnyTrack(RasterImage image, IPixelGeoreference georeference, LocalMetricFrame frame, List<TrackPath> paths)
    {
        foreach (var path in paths)
        {
            for (double s = 0; s <= path.Length; s += Math.Max(1, path.Length / 200))
            {
                var (e, n) = path.PointAt(s);
                var (x, y) = georeference.ToPixel(frame.ToGeo(e, n));
                if (x >= 0 && y >= 0 && x < image.Width && y < image.Height)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>A yard's tracks as rectified strips in one image, with the registration that placed them.</summary>
internal sealed record PreparedTracks(LocalMetricFrame Frame, IReadOnlyList<Strip> Strips, RegistrationResult Registration);
