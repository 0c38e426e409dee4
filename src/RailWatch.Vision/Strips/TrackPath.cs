using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;

namespace RailWatch.Vision.Strips;

/// <summary>A track's centre line in a local metric frame, parameterised by arc length.</summary>
internal sealed class TrackPath
{
    private readonly double[] xs;
    private readonly double[] ys;
    private readonly double[] cumulative;

    public TrackPath(Track track, LocalMetricFrame frame)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(frame);
        Track = track;
        var pts = track.Points.Select(frame.ToMetres).ToList();
        // Drop repeated vertices; they would give zero-length segments.
        var clean = new List<(double East, double North)> { pts[0] };
        foreach (var p in pts.Skip(1))
        {
            var q = clean[^1];
            if (Math.Abs(p.East - q.East) + Math.Abs(p.North - q.North) > 1e-6)
            {
                clean.Add(p);
            }
        }

        xs = clean.Select(p => p.East).ToArray();
        ys = clean.Select(p => p.North).ToArray();
        cumulative = new double[xs.Length];
        for (var i = 1; i < xs.Length; i++)
        {
            cumulative[i] = cumulative[i - 1] + Math.Sqrt(Sq(xs[i] - xs[i - 1]) + Sq(ys[i] - ys[i - 1]));
        }

        Length = cumulative[^1];
    }

    public Track Track { get; }

    public double Length { get; }

    /// <summary>Position at arc length <paramref name="s"/> (clamped to the line).</summary>
    public (double East, double North) PointAt(double s)
    {
        if (xs.Length == 1)
        {
            return (xs[0], ys[0]);
        }

        s = Math.Clamp(s, 0, Length);
        var i = Array.BinarySearch(cumulative, s);
        if (i < 0)
        {
            i = ~i;
        }

        i = Math.Clamp(i, 1, xs.Length - 1);
        var seg = cumulative[i] - cumulative[i - 1];
        var f = seg <= 0 ? 0 : (s - cumulative[i - 1]) / seg;
        return (xs[i - 1] + (f * (xs[i] - xs[i - 1])), ys[i - 1] + (f * (ys[i] - ys[i - 1])));
    }

    /// <summary>Unit tangent at <paramref name="s"/>, smoothed over ±<paramref name="halfSpan"/> metres so curves turn gradually.</summary>
    public (double Tx, double Ty) TangentAt(double s, double halfSpan = 1.0)
    {
        var a = PointAt(s - halfSpan);
        var b = PointAt(s + halfSpan);
        var dx = b.East - a.East;
        var dy = b.North - a.North;
        var n = Math.Sqrt((dx * dx) + (dy * dy));
        if (n < 1e-9)
        {
            dx = xs[^1] - xs[0];
            dy = ys[^1] - ys[0];
            n = Math.Max(1e-9, Math.Sqrt((dx * dx) + (dy * dy)));
        }

        return (dx / n, dy / n);
    }

    /// <summary>Arc length of the point of the line nearest to (<paramref name="e"/>, <paramref name="n"/>).</summary>
    public double Project(double e, double n)
    {
        if (xs.Length == 1)
        {
            return 0;
        }

        var best = double.MaxValue;
        var arc = 0.0;
        for (var i = 1; i < xs.Length; i++)
        {
            var dx = xs[i] - xs[i - 1];
            var dy = ys[i] - ys[i - 1];
            var len2 = (dx * dx) + (dy * dy);
            var f = Math.Clamp((((e - xs[i - 1]) * dx) + ((n - ys[i - 1]) * dy)) / len2, 0, 1);
            var d = Sq(xs[i - 1] + (f * dx) - e) + Sq(ys[i - 1] + (f * dy) - n);
            if (d < best)
            {
                best = d;
                arc = cumulative[i - 1] + (f * Math.Sqrt(len2));
            }
        }

        return arc;
    }

    private static double Sq(double v) => v * v;
}
