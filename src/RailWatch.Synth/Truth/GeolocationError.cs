namespace RailWatch.Synth;

/// <summary>The deliberate georeference error of a product: the file's georeference minus the truth, in metres.</summary>
public sealed record GeolocationError(double EastM, double NorthM)
{
    public double MagnitudeM => Math.Sqrt((EastM * EastM) + (NorthM * NorthM));
}
