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

    /// <summary>Whether car precision and recall are reported for the band (cars are told apart there).</summary>
    public static bool ScoresCars(ResolutionBand band) => band <= ResolutionBand.HalfToOneMetre;
}
