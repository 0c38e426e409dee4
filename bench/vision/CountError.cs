namespace RailWatch.Vision.Bench;

/// <summary>How far a count is from the truth on a log scale, defined for empty yards: |ln((count + 1) / (truth + 1))|.</summary>
internal static class CountError
{
    public static double LogRatio(int count, int truth) => Math.Abs(Math.Log((count + 1.0) / (truth + 1.0)));
}
