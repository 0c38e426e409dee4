using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RailWatch.Core.Text;

namespace RailWatch.Web.Server;

/// <summary>
/// Times in the JSON API as the command line writes them: UTC with a <c>Z</c> (<c>2023-12-11T01:02:00Z</c>), fractions
/// of a second only where there are any, not <c>+00:00</c>.
/// </summary>
internal sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(UtcTime.Format(value));
    }
}
