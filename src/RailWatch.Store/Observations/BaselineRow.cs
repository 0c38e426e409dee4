namespace RailWatch.Store;

/// <summary>The detector's expected count and band for a yard at one scene's time (for the web chart).</summary>
public sealed record BaselineRow(string YardId, DateTimeOffset Acquired, double Expected, double Lower, double Upper);
