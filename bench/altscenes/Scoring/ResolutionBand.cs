namespace RailWatch.AltScenes.Bench.Scoring;

internal enum ResolutionBand
{
    UpToHalfMetre,
    HalfToOneMetre,
    OneToTwoMetres,
    TwoToThreeAndAHalf,
}

/// <summary>The resolution bands and the count target of each.</summary>
internal static class ResolutionBands
{
    public static IReadOnlyList<ResolutionBand> All { get; } = Enum.GetValues<ResolutionBand>();

    public static ResolutionBand Of(double gsd) => gsd switch
    {
        <= 0.5 => ResolutionBand.UpToHalfMetre,
        <= 1.0 => ResolutionBand.HalfToOneMetre,
        <= 2.0 => ResolutionBand.OneToTwoMetres,
        _ => ResolutionBand.TwoToThreeAndAHalf,
    };

    public static string Name(ResolutionBand band) => band switch
    {
        ResolutionBand.UpToHalfMetre => "≤ 0.5 m",
        ResolutionBand.HalfToOneMetre => "0.5–1 m",
        ResolutionBand.OneToTwoMetres => "1–2 m",
        _ => "2–3.5 m",
    };

    public static string TargetText(ResolutionBand band) => band switch
    {
        ResolutionBand.UpToHalfMetre => "±max(1, 3%)",
        ResolutionBand.HalfToOneMetre => "±8%",
        _ => "±20%",
    };

    /// <summary>How far a count may miss the truth and still meet the band's target (the rule, as the project's own evaluator applies it).</summary>
    public static double Tolerance(ResolutionBand band, int truth) => band switch
    {
        ResolutionBand.UpToHalfMetre => Math.Max(1, 0.03 * truth),
        ResolutionBand.HalfToOneMetre => 0.08 * truth,
        _ => 0.20 * truth,
    };

    /// <summary>Whether car precision and recall are reported for the band (cars are told apart there).</summary>
    public static bool ScoresCars(ResolutionBand band) => band <= ResolutionBand.HalfToOneMetre;
}
