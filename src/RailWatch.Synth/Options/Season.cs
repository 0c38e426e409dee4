namespace RailWatch.Synth;

/// <summary>Ground and roof cover of a scene.</summary>
public enum Season
{
    /// <summary>Green and dry vegetation, bare ballast.</summary>
    Summer,

    /// <summary>Brown, orange and yellow vegetation, wet dark soil.</summary>
    Autumn,

    /// <summary>Snow on the ground, on ballast between rails and on many car roofs.</summary>
    Winter,
}
