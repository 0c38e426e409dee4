namespace RailWatch.Vision.Tests.Support;

/// <summary>Cuts of coupled cars for test scenes.</summary>
internal static class Trains
{
    /// <summary><paramref name="count"/> cars of the given lengths from <paramref name="start"/>, 1 m apart.</summary>
    public static List<(double Start, double Length)> Cut(double start, int count, params double[] lengths)
    {
        var list = new List<(double, double)>();
        var s = start;
        for (var i = 0; i < count; i++)
        {
            var len = lengths[i % lengths.Length];
            list.Add((s, len));
            s += len + 1.0;
        }

        return list;
    }
}
