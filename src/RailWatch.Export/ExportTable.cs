using RailWatch.Core.Geometry;

namespace RailWatch.Export;

public enum ColumnType
{
    Text,
    Integer,
    Real,
    Timestamp,
}

public sealed record ExportColumn(string Name, ColumnType Type);

/// <summary>One row: values in column order (null where unknown) and the point it is drawn at, if any.</summary>
public sealed record ExportRow(IReadOnlyList<object?> Values, GeoPoint? Location);

/// <summary>A table with stable columns that every export format writes the same way.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<ExportRow> Rows);
