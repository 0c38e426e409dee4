namespace RailWatch.Synth;

/// <summary>A track's centre line in the local metric frame with cumulative arc length.</summary>
internal sealed class TrackPath
{
    public TrackPath(string id, IReadOnlyList<(double X, double Y)> points)
    {
        Id = id;
        Points = points;
        var s = new double[points.Count];
        for (var i = 1; i < points.Count; i++)
        {
            s[i] = s[i - 1] + Distance(points[i - 1], points[i]);
        }

        Arc = s;
    }

    public string Id { get; }

    public IReadOnlyList<(double X, double Y)> Points { get; }

    /// <summary>Arc length at each vertex.</summary>
    public double[] Arc { get; }

    public double Length => Arc[^1];

    public (double X, double Y) At(double s)
    {
        s = Math.Clamp(s, 0, Length);
        var i = Array.BinarySearch(Arc, s);
        if (i >= 0)
        {
            return Points[i];
        }

        i = ~i;
        var a = Points[i - 1];
        var b = Points[i];
        var t = (s - Arc[i - 1]) / (Arc[i] - Arc[i - 1]);
        return (a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));
    }

    /// <summary>Unit tangent at arc length s.</summary>
    public (double X, double Y) Tangent(double s)
    {
        var a = At(Math.Max(0, s - 1));
        var b = At(Math.Min(Length, s + 1));
        var d = Distance(a, b);
        return d < 1e-9 ? (1, 0) : ((b.X - a.X) / d, (b.Y - a.Y) / d);
    }

    public static double Distance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));

    public static double DistanceToSegment((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var len2 = (dx * dx) + (dy * dy);
        var t = len2 == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / len2, 0, 1);
        var ex = a.X + (t * dx) - p.X;
        var ey = a.Y + (t * dy) - p.Y;
        return Math.Sqrt((ex * ex) + (ey * ey));
    }
}
