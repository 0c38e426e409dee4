namespace RailWatch.Synth;

/// <summary>A 2-D affine map x' = A + B·x + C·y, y' = D + E·x + F·y.</summary>
internal readonly record struct Affine(double A, double B, double C, double D, double E, double F)
{
    public (double X, double Y) Apply(double x, double y) => (A + (B * x) + (C * y), D + (E * x) + (F * y));

    public Affine Inverse()
    {
        var det = (B * F) - (C * E);
        if (Math.Abs(det) < 1e-300)
        {
            throw new InvalidOperationException("singular affine map");
        }

        var b = F / det;
        var c = -C / det;
        var e = -E / det;
        var f = B / det;
        return new Affine(-((b * A) + (c * D)), b, c, -((e * A) + (f * D)), e, f);
    }

    /// <summary>The affine map that sends the three source points to the three targets.</summary>
    public static Affine FromPoints(
        (double X, double Y) s0, (double X, double Y) s1, (double X, double Y) s2,
        (double X, double Y) t0, (double X, double Y) t1, (double X, double Y) t2)
    {
        // Solve with the source frame's basis (s1 - s0, s2 - s0).
        var ux = s1.X - s0.X;
        var uy = s1.Y - s0.Y;
        var vx = s2.X - s0.X;
        var vy = s2.Y - s0.Y;
        var toBasis = new Affine(0, ux, vx, 0, uy, vy).Inverse();
        var fromBasis = new Affine(t0.X, t1.X - t0.X, t2.X - t0.X, t0.Y, t1.Y - t0.Y, t2.Y - t0.Y);
        var shifted = new Affine(-s0.X, 1, 0, -s0.Y, 0, 1);
        return fromBasis.Compose(toBasis).Compose(shifted);
    }

    /// <summary>This map applied after <paramref name="inner"/>.</summary>
    public Affine Compose(Affine inner) => new(
        A + (B * inner.A) + (C * inner.D),
        (B * inner.B) + (C * inner.E),
        (B * inner.C) + (C * inner.F),
        D + (E * inner.A) + (F * inner.D),
        (E * inner.B) + (F * inner.E),
        (E * inner.C) + (F * inner.F));
}
