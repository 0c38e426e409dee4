namespace RailWatch.Stats.Testing;

/// <summary>The Benjamini–Hochberg step-up procedure, which controls the false discovery rate of a family of tests.</summary>
public static class BenjaminiHochberg
{
    /// <summary>
    /// Adjusted p-values (q-values): q(i) = min over j ≥ i of m·p(j)/j in ascending order, capped at 1,
    /// returned in the input order. A hypothesis is rejected at rate α exactly when its q-value is at most α.
    /// </summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        var order = new int[m];
        for (var i = 0; i < m; i++)
        {
            var p = pValues[i];
            if (double.IsNaN(p) || p < 0 || p > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), $"p-value {p} at {i} is not in [0, 1]");
            }

            order[i] = i;
        }

        // Stable order so that ties keep input order (deterministic output).
        Array.Sort(order, (a, b) => pValues[a] != pValues[b] ? pValues[a].CompareTo(pValues[b]) : a.CompareTo(b));
        var adjusted = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var index = order[rank - 1];
            running = Math.Min(running, pValues[index] * m / rank);
            adjusted[index] = running;
        }

        return adjusted;
    }

    /// <summary>Which hypotheses are rejected at false discovery rate <paramref name="rate"/>.</summary>
    public static bool[] Reject(IReadOnlyList<double> pValues, double rate)
    {
        var q = Adjust(pValues);
        return Array.ConvertAll(q, v => v <= rate);
    }
}
