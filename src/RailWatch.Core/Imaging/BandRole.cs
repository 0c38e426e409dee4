namespace RailWatch.Core.Imaging;

/// <summary>What a band of an image measures, from its colour interpretation or description.</summary>
public enum BandRole
{
    Other,
    Gray,
    Red,
    Green,
    Blue,
    NearInfrared,
    Alpha,
}
