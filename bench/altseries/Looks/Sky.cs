namespace RailWatch.AltSeries.Bench.Looks;

/// <summary>
/// The days a satellite passes over a yard and the weather it meets. Passes come every few days from a
/// constellation whose ground track drifts (a nominal pass is a day early or late three times in ten), plus
/// occasional tasked looks. Weather comes in spells: runs of clear and of cloudy days whose mean lengths follow
/// the yard's cloudiness and its cloudiest season, not a fixed chance a pass.
/// </summary>
internal static class Sky
{
    public static SortedSet<int> PassDays(int revisitDays, int days, Random rng)
    {
        var passes = new SortedSet<int>();
        var phase = rng.Next(revisitDays);
        for (var day = phase; day < days; day += revisitDays)
        {
            var shifted = revisitDays >= 3 && rng.NextDouble() < 0.3 ? day + (rng.NextDouble() < 0.5 ? -1 : 1) : day;
            passes.Add(Math.Clamp(shifted, 0, days - 1));
        }

        for (var day = 0; day < days; day++)
        {
            if (rng.NextDouble() < 0.03)
            {
                passes.Add(day);
            }
        }

        return passes;
    }

    /// <summary>Whether each day is cloudy, from alternating spells (30 days run before the first so that it starts in the weather's own rhythm).</summary>
    public static bool[] CloudyDays(double cloudiness, int cloudiestDay, DateOnly start, int days, Random rng)
    {
        var cloudy = new bool[days];
        var state = rng.NextDouble() < cloudiness;
        for (var day = -30; day < days; day++)
        {
            var doy = start.AddDays(day).DayOfYear;
            var share = Math.Clamp(cloudiness + (0.15 * Math.Cos(2 * Math.PI * (doy - cloudiestDay) / 365.0)), 0.05, 0.95);
            var cloudySpell = 1 + (4 * share);
            var clearSpell = cloudySpell * (1 - share) / share;
            if (rng.NextDouble() < 1 / (state ? cloudySpell : clearSpell))
            {
                state = !state;
            }

            if (day >= 0)
            {
                cloudy[day] = state;
            }
        }

        return cloudy;
    }
}
