namespace RailWatch.Cli.Infrastructure;

public enum OutputFormat
{
    Text,
    Json,
    Csv,
    GeoJson,
    Parquet,
}
