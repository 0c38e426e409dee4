namespace RailWatch.Vision.Registration;

/// <summary>
/// A square grid of candidate shifts (metres east, north) around a centre, cut to the search radius, with each
/// cell's score once it has been worked out. Scoring every cell is the exhaustive search; scoring every cell on a
/// subset of the points first and then only the neighbourhoods of the best few subset peaks on all points is the
/// coarse-to-fine one. Either way a cell's full score is the same number, and best cells and peaks are read only
/// from cells whose full score is known, in the same order as the exhaustive search reads them.
/// </summary>
internal sealed class ShiftGrid
{
    private readonly int n;
    private readonly int side;
    private readonly double step;
    private readonly double[] east;
    private readonly double[] north;
    private readonly double[] weight;
    private readonly bool[] inside;
    private readonly double[] full;
    private readonly double[] coarse;

    public ShiftGrid((double East, double North) centre, double halfRange, double step, double radius)
    {
        this.step = step;
        n = (int)Math.Round(halfRange / step);
        side = (2 * n) + 1;
        var cells = side * side;
        east = new double[cells];
        north = new double[cells];
        weight = new double[cells];
        inside = new bool[cells];
        full = new double[cells];
        coarse = new double[cells];
        Array.Fill(full, double.NaN);
        Array.Fill(coarse, double.NaN);
        for (var i = -n; i <= n; i++)
        {
            for (var j = -n; j <= n; j++)
            {
                var k = Index(i, j);
                var de = centre.East + (i * step);
                var dn = centre.North + (j * step);
                var r2 = ((de * de) + (dn * dn)) / (radius * radius);
                east[k] = de;
                north[k] = dn;
                inside[k] = r2 <= 1.0001;

                // A slight preference for small shifts breaks ties where the image cannot tell.
                weight[k] = 1 - (0.002 * r2);
            }
        }
    }

    /// <summary>Scores every cell on all points.</summary>
    public void ScoreAll(TrackTaps points, (double Ex, double Ey, double Nx, double Ny) jacobian, CancellationToken ct) =>
        Score(points, jacobian, inside, full, ct);

    /// <summary>
    /// Scores every cell on <paramref name="subset"/>, then, on all <paramref name="points"/>, the cells within
    /// <paramref name="reach"/> cells (Chebyshev) of the <paramref name="keep"/> best local maxima of the subset's
    /// scores.
    /// </summary>
    public void ScoreCoarseToFine(
        TrackTaps points,
        TrackTaps subset,
        (double Ex, double Ey, double Nx, double Ny) jacobian,
        int keep,
        int reach,
        CancellationToken ct)
    {
        Score(subset, jacobian, inside, coarse, ct);
        var wanted = new bool[inside.Length];
        foreach (var k in LocalMaxima(coarse, requireKnownNeighbours: false).Take(keep))
        {
            var (i, j) = (k / side, k % side);
            for (var a = Math.Max(0, i - reach); a <= Math.Min(side - 1, i + reach); a++)
            {
                for (var b = Math.Max(0, j - reach); b <= Math.Min(side - 1, j + reach); b++)
                {
                    wanted[(a * side) + b] = inside[(a * side) + b];
                }
            }
        }

        Score(points, jacobian, wanted, full, ct);
    }

    /// <summary>The cell with the best weighted full score (first in row order on ties), or the centre and −∞.</summary>
    public ((double East, double North) Shift, double Score) Best((double East, double North) centre)
    {
        var best = centre;
        var bestScore = double.NegativeInfinity;
        for (var k = 0; k < full.Length; k++)
        {
            if (double.IsNaN(full[k]))
            {
                continue;
            }

            var score = full[k] * weight[k];
            if (score > bestScore)
            {
                bestScore = score;
                best = (east[k], north[k]);
            }
        }

        return (best, bestScore);
    }

    /// <summary>
    /// The <paramref name="count"/> best local maxima of the full scores (no 8-neighbour higher), best first, ties in
    /// row order; a cell counts only where all its neighbours inside the radius have a full score.
    /// </summary>
    public List<(double East, double North)> Peaks(int count) =>
        LocalMaxima(full, requireKnownNeighbours: true).Take(count).Select(k => (east[k], north[k])).ToList();

    /// <summary>Every scored cell's score (the full one where known), for the search's confidence.</summary>
    public IEnumerable<double> Scores()
    {
        for (var k = 0; k < full.Length; k++)
        {
            if (inside[k])
            {
                yield return double.IsNaN(full[k]) ? coarse[k] : full[k];
            }
        }
    }

    private int Index(int i, int j) => ((i + n) * side) + j + n;

    private IEnumerable<int> LocalMaxima(double[] scores, bool requireKnownNeighbours)
    {
        var maxima = new List<int>();
        for (var k = 0; k < scores.Length; k++)
        {
            if (double.IsFinite(scores[k]) && IsLocalMaximum(scores, k, requireKnownNeighbours))
            {
                maxima.Add(k);
            }
        }

        // Stable: equal scores keep row order, as the exhaustive search's ordering does.
        return maxima.OrderByDescending(k => scores[k]);
    }

    private bool IsLocalMaximum(double[] scores, int k, bool requireKnownNeighbours)
    {
        var (i, j) = (k / side, k % side);
        for (var a = i - 1; a <= i + 1; a++)
        {
            for (var b = j - 1; b <= j + 1; b++)
            {
                if ((a == i && b == j) || a < 0 || b < 0 || a >= side || b >= side || !inside[(a * side) + b])
                {
                    continue;
                }

                var other = scores[(a * side) + b];
                if (double.IsNaN(other))
                {
                    if (requireKnownNeighbours)
                    {
                        return false;
                    }

                    continue;
                }

                if (other > scores[k])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Scores the wanted cells in batches of whole rows (one east offset each), as many rows per batch as keep its
    /// shifts within <see cref="BatchSpanMetres"/> of each other, the batches spread over threads. A point's taps are
    /// read without checks where they are clear for its whole batch, so a batch must not span so far that few are.
    /// </summary>
    private void Score(TrackTaps points, (double Ex, double Ey, double Nx, double Ny) jacobian, bool[] wanted, double[] target, CancellationToken ct)
    {
        var rowsPerBatch = Math.Max(1, Math.Min(side, (int)(BatchSpanMetres / step) + 1));
        var batches = (side + rowsPerBatch - 1) / rowsPerBatch;
        Parallel.For(0, batches, new ParallelOptions { CancellationToken = ct }, b =>
        {
            var cells = new List<int>(side * rowsPerBatch);
            for (var i = b * rowsPerBatch; i < Math.Min(side, (b + 1) * rowsPerBatch); i++)
            {
                for (var j = 0; j < side; j++)
                {
                    var k = (i * side) + j;
                    if (wanted[k] && double.IsNaN(target[k]))
                    {
                        cells.Add(k);
                    }
                }
            }

            if (cells.Count == 0)
            {
                return;
            }

            var es = cells.Select(k => east[k]).ToArray();
            var ns = cells.Select(k => north[k]).ToArray();
            var raws = new double[cells.Count];
            points.Score(jacobian, es, ns, raws);
            for (var c = 0; c < cells.Count; c++)
            {
                target[cells[c]] = raws[c];
            }
        });
    }

    private const double BatchSpanMetres = 1.0;
}
