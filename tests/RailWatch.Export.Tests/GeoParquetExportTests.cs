using System.Buffers.Binary;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using RailWatch.Core.Geometry;
using RailWatch.Export;

namespace RailWatch.Export.Tests;

public sealed class GeoParquetExportTests
{
    private static readonly ExportTable Table = new(
        "observations",
        [new("yard", ColumnType.Text), new("acquired", ColumnType.Timestamp), new("count", ColumnType.Integer), new("observed_fraction", ColumnType.Real)],
        [
            new ExportRow(["a", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), 12, 0.75], new GeoPoint(130.6, 42.4)),
            new ExportRow(["b", new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero), null, null], new GeoPoint(130.7, 42.5)),
            new ExportRow(["c", null, 3, 1.0], null),
        ]);

    [Test]
    public async Task Write_ReadBack_ColumnsValuesAndWkbPoints()
    {
        using var file = new MemoryStream();
        await GeoParquetExport.WriteAsync(Table, file);
        file.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(file);
        var fields = reader.Schema.GetDataFields();
        Assert.That(fields.Select(f => f.Name), Is.EqualTo(new[] { "yard", "acquired", "count", "observed_fraction", "geometry" }));
        using var group = reader.OpenRowGroupReader(0);
        Assert.That(group.RowCount, Is.EqualTo(3));

        var yards = new string?[3];
        await group.ReadAsync(fields[0], yards.AsMemory());
        Assert.That(yards, Is.EqualTo(new[] { "a", "b", "c" }));
        var counts = new long?[3];
        await group.ReadAsync<long>(fields[2], counts.AsMemory());
        Assert.That(counts, Is.EqualTo(new long?[] { 12, null, 3 }));
        var times = new DateTime?[3];
        await group.ReadAsync<DateTime>(fields[1], times.AsMemory());
        Assert.That(times[0], Is.EqualTo(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
        Assert.That(times[2], Is.Null);

        var wkb = new byte[]?[3];
        await group.ReadAsync(fields[4], wkb.AsMemory());
        Assert.That(wkb[0]![0], Is.EqualTo(1), "little-endian");
        Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(wkb[0].AsSpan(1)), Is.EqualTo(1u), "Point");
        Assert.That(BinaryPrimitives.ReadDoubleLittleEndian(wkb[0].AsSpan(5)), Is.EqualTo(130.6));
        Assert.That(BinaryPrimitives.ReadDoubleLittleEndian(wkb[0].AsSpan(13)), Is.EqualTo(42.4));
        Assert.That(wkb[2], Is.Null);
    }

    [Test]
    public async Task Write_GeoMetadata_FollowsGeoParquet11()
    {
        using var file = new MemoryStream();
        await GeoParquetExport.WriteAsync(Table, file);
        file.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.That(reader.CustomMetadata, Does.ContainKey("geo"));
        using var geo = JsonDocument.Parse(reader.CustomMetadata["geo"]);
        Assert.That(geo.RootElement.GetProperty("version").GetString(), Is.EqualTo("1.1.0"));
        Assert.That(geo.RootElement.GetProperty("primary_column").GetString(), Is.EqualTo("geometry"));
        var column = geo.RootElement.GetProperty("columns").GetProperty("geometry");
        Assert.That(column.GetProperty("encoding").GetString(), Is.EqualTo("WKB"));
        Assert.That(column.GetProperty("geometry_types").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "Point" }));
        Assert.That(column.GetProperty("bbox").EnumerateArray().Select(e => e.GetDouble()), Is.EqualTo(new[] { 130.6, 42.4, 130.7, 42.5 }));
        Assert.That(column.TryGetProperty("crs", out _), Is.False, "absent crs means OGC:CRS84");
    }

    [Test]
    public void Wkb_Point_Is21BytesLittleEndian()
    {
        var bytes = Wkb.Point(new GeoPoint(-1.5, 2.25));
        Assert.That(bytes, Has.Length.EqualTo(21));
        Assert.That(Convert.ToHexString(bytes), Is.EqualTo("0101000000000000000000F8BF0000000000000240"));
    }
}
