using System.Globalization;

namespace RailWatch.Core.Text;

/// <summary>How RailWatch writes a time for people and scripts: ISO 8601 in UTC with a <c>Z</c>, fractions of a second only where there are any.</summary>
public static class UtcTime
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture);
}
