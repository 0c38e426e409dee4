namespace RailWatch.Synth;

/// <summary>A yard observed over time: the calendar, the sensors, the weather and the scripted car counts.</summary>
public sealed record SeriesOptions
{
    public int Seed { get; init; }

    /// <summary>First day of the series (the time of day is the nominal overpass, UTC).</summary>
    public DateTimeOffset Start { get; init; } = new(2023, 9, 1, 1, 30, 0, TimeSpan.Zero);

    public int Days { get; init; } = 120;

    /// <summary>Cars in the yard before the surge (day-to-day noise is added).</summary>
    public int BaselineCars { get; init; } = 20;

    /// <summary>Day (0-based) the surge starts, or null for none.</summary>
    public int? SurgeDay { get; init; } = 80;

    /// <summary>Days over which the count ramps from the baseline to <see cref="SurgeCars"/>.</summary>
    public int SurgeRampDays { get; init; } = 6;

    public int SurgeCars { get; init; } = 75;

    /// <summary>Scenes cloudier than this (over the yard) are not delivered: the gaps of a real archive.</summary>
    public double MaxCloudCover { get; init; } = 0.7;

    public IReadOnlyList<SensorProfile> Sensors { get; init; } = SensorProfile.DefaultMix;

    /// <summary>At most one scene per day (keeps the series small).</summary>
    public bool OneScenePerDay { get; init; } = true;

    /// <summary>File names start with this; the yard's id when null.</summary>
    public string? FilePrefix { get; init; }

    /// <summary>Ground margin around the yard in each scene, metres.</summary>
    public double MarginMetres { get; init; } = 60;

    /// <summary>Encoding of the files; 8-bit products use JPEG compression at this quality when set.</summary>
    public int? JpegCompressionQuality { get; init; } = 85;
}
