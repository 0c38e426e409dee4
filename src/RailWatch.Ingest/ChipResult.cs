namespace RailWatch.Ingest;

/// <summary>A chip written by <see cref="ISceneSource.FetchChipAsync"/>: where it is, its actual ground sample distance and size, and the sensor.</summary>
public sealed record ChipResult(string Path, double GsdMetres, int Width, int Height, string? Sensor);
