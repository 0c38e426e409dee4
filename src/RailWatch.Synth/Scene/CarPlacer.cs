namespace RailWatch.Synth;

/// <summary>
/// Puts railcars on tracks the way yards hold them: cuts of coupled cars (body gaps 0.8–1.6 m) separated by empty
/// stretches, some tracks full, some empty, none standing where another track fouls it (ladders, switches).
/// </summary>
internal static class CarPlacer
{
    /// <summary>Clearance from another track's centre line below which no car stands (a fouling point).</summary>
    private const double FoulingDistance = 3.9;

    /// <summary>Empty length kept between cuts on one track.</summary>
    private const double MinCutSpacing = 3.0;

    private const double MeanPitch = 16.6;

    public static List<Railcar> Place(IReadOnlyList<TrackPath> tracks, SceneOptions options, Random rng, Sun sun)
    {
        var free = tracks.Select(t => FreeIntervals(t, tracks)).ToList();
        var totalFree = free.Sum(f => f.Sum(i => i.To - i.From));
        var target = options.CarCount ?? (int)Math.Round(options.Occupancy * totalFree / MeanPitch);

        // Per-track appetite: some tracks stay (nearly) empty, some fill up, the rest in between.
        var weights = tracks.Select(_ =>
        {
            var r = rng.NextDouble();
            return r < 0.2 ? 0.05 : r < 0.45 ? 1.0 : 0.2 + (0.8 * rng.NextDouble());
        }).ToArray();
        var occupied = tracks.Select(_ => new List<(double From, double To)>()).ToList();
        var cars = new List<Railcar>();
        var full = new bool[tracks.Count];
        var attempts = 0;
        while (cars.Count < target && attempts++ < 4000)
        {
            var t = PickTrack(free, occupied, weights, full, rng);
            if (t < 0)
            {
                break;
            }

            var gaps = Gaps(free[t], occupied[t]);
            var largest = gaps.Count == 0 ? 0 : gaps.Max(g => g.To - g.From);
            if (largest < 13)
            {
                full[t] = true;
                continue;
            }

            var cut = PlanCut(Math.Min(target - cars.Count, CutSize(rng)), options.Season, rng);
            var cutLength = CutLength(cut, rng, out var couplerGaps);
            while (cut.Count > 1 && cutLength > largest)
            {
                cut.RemoveAt(cut.Count - 1);
                cutLength = CutLength(cut, rng, out couplerGaps);
            }

            var fitting = gaps.Where(g => g.To - g.From >= cutLength).ToList();
            if (fitting.Count == 0)
            {
                full[t] = true;
                continue;
            }

            var gap = fitting[rng.Next(fitting.Count)];
            var slack = gap.To - gap.From - cutLength;

            // Cars are mostly pushed together towards one end of a gap, sometimes left in the middle.
            var r = rng.NextDouble();
            var start = r < 0.35 ? gap.From + Math.Min(slack, rng.NextDouble() * 6)
                : r < 0.7 ? gap.To - cutLength - Math.Min(slack, rng.NextDouble() * 6)
                : gap.From + (rng.NextDouble() * slack);
            var s = start;
            for (var i = 0; i < cut.Count; i++)
            {
                var spec = cut[i];
                var a = tracks[t].At(s);
                var b = tracks[t].At(s + spec.Length);
                var chord = TrackPath.Distance(a, b);
                var ux = (b.X - a.X) / chord;
                var uy = (b.Y - a.Y) / chord;
                cars.Add(new Railcar(spec, (a.X + b.X) / 2, (a.Y + b.Y) / 2, ux, uy, sun) { TrackId = tracks[t].Id });
                s += spec.Length + (i < couplerGaps.Length ? couplerGaps[i] : 0);
            }

            occupied[t].Add((start - MinCutSpacing, start + cutLength + MinCutSpacing));
            occupied[t].Sort();
        }

        return cars;
    }

    /// <summary>Stretches of the track (arc lengths) at least <see cref="FoulingDistance"/> from every other track.</summary>
    internal static List<(double From, double To)> FreeIntervals(TrackPath track, IReadOnlyList<TrackPath> all)
    {
        var result = new List<(double From, double To)>();
        double? open = null;
        const double step = 1.0;
        var n = (int)Math.Floor(track.Length / step);
        for (var i = 0; i <= n; i++)
        {
            var s = i * step;
            var p = track.At(s);
            var ok = s >= 2 && s <= track.Length - 2 && Clear(p, track, all);
            if (ok && open is null)
            {
                open = s;
            }
            else if (!ok && open is { } o)
            {
                if (s - step - o > 12)
                {
                    result.Add((o, s - step));
                }

                open = null;
            }
        }

        if (open is { } last && track.Length - 2 - last > 12)
        {
            result.Add((last, track.Length - 2));
        }

        return result;
    }

    private static bool Clear((double X, double Y) p, TrackPath own, IReadOnlyList<TrackPath> all)
    {
        foreach (var other in all)
        {
            if (ReferenceEquals(other, own))
            {
                continue;
            }

            for (var i = 1; i < other.Points.Count; i++)
            {
                var a = other.Points[i - 1];
                var b = other.Points[i];
                if (p.X < Math.Min(a.X, b.X) - FoulingDistance || p.X > Math.Max(a.X, b.X) + FoulingDistance
                    || p.Y < Math.Min(a.Y, b.Y) - FoulingDistance || p.Y > Math.Max(a.Y, b.Y) + FoulingDistance)
                {
                    continue;
                }

                if (TrackPath.DistanceToSegment(p, a, b) < FoulingDistance)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static List<(double From, double To)> Gaps(List<(double From, double To)> free, List<(double From, double To)> occupied)
    {
        var gaps = new List<(double From, double To)>();
        foreach (var (from, to) in free)
        {
            var cursor = from;
            foreach (var (oFrom, oTo) in occupied)
            {
                if (oTo <= cursor || oFrom >= to)
                {
                    continue;
                }

                if (oFrom > cursor)
                {
                    gaps.Add((cursor, oFrom));
                }

                cursor = Math.Max(cursor, oTo);
            }

            if (to > cursor)
            {
                gaps.Add((cursor, to));
            }
        }

        return gaps;
    }

    private static int PickTrack(List<List<(double From, double To)>> free, List<List<(double From, double To)>> occupied, double[] weights, bool[] full, Random rng)
    {
        var scores = new double[free.Count];
        double total = 0;
        for (var i = 0; i < free.Count; i++)
        {
            if (full[i])
            {
                continue;
            }

            var room = Gaps(free[i], occupied[i]).Sum(g => g.To - g.From);
            scores[i] = weights[i] * room;
            total += scores[i];
        }

        if (total <= 0)
        {
            return -1;
        }

        var r = rng.NextDouble() * total;
        for (var i = 0; i < scores.Length; i++)
        {
            r -= scores[i];
            if (r <= 0 && scores[i] > 0)
            {
                return i;
            }
        }

        return Array.FindLastIndex(scores, x => x > 0);
    }

    private static int CutSize(Random rng)
    {
        var r = rng.NextDouble();
        return r < 0.3 ? 1 + rng.Next(4) : r < 0.8 ? 5 + rng.Next(16) : 20 + rng.Next(26);
    }

    private static List<RailcarSpec> PlanCut(int size, Season season, Random rng)
    {
        var cut = new List<RailcarSpec>(size);
        var locos = rng.NextDouble() < 0.25 && size >= 3 ? 1 + (rng.NextDouble() < 0.3 ? 1 : 0) : 0;
        if (size == 1 && rng.NextDouble() < 0.08)
        {
            locos = 1;
        }

        for (var i = 0; i < locos; i++)
        {
            cut.Add(CarCatalog.Create(CarType.Locomotive, rng, season, null, null));
        }

        // Half the cuts are block trains of one type (often one paint and one load), the rest mixed.
        var block = rng.NextDouble() < 0.5;
        var blockType = PickType(rng);
        var blockPaint = block && rng.NextDouble() < 0.6 ? CarCatalog.Paint(blockType, rng) : (Rgbn?)null;
        CarLoad? blockLoad = block && blockType == CarType.Gondola ? CarCatalog.Pick([(CarLoad.Coal, 3.0), (CarLoad.Ore, 2.0), (CarLoad.None, 2.0), (CarLoad.Scrap, 1.0)], rng) : null;
        while (cut.Count < size)
        {
            var type = block && rng.NextDouble() < 0.92 ? blockType : PickType(rng);
            cut.Add(CarCatalog.Create(type, rng, season, type == blockType ? blockPaint : null, type == blockType ? blockLoad : null));
        }

        return cut;
    }

    private static CarType PickType(Random rng) => CarCatalog.Pick(
        [(CarType.Boxcar, 0.22), (CarType.TankCar, 0.2), (CarType.Gondola, 0.26), (CarType.Hopper, 0.16), (CarType.Flatcar, 0.16)], rng);

    private static double CutLength(List<RailcarSpec> cut, Random rng, out double[] gaps)
    {
        gaps = new double[Math.Max(0, cut.Count - 1)];
        for (var i = 0; i < gaps.Length; i++)
        {
            gaps[i] = CarCatalog.MinCouplerGap + (rng.NextDouble() * (CarCatalog.MaxCouplerGap - CarCatalog.MinCouplerGap));
        }

        return cut.Sum(c => c.Length) + gaps.Sum();
    }
}
