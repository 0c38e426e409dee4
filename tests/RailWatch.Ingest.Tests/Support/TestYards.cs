using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;

namespace RailWatch.Ingest.Tests.Support;

internal static class TestYards
{
    /// <summary>A rectangular yard of about <paramref name="widthMetres"/> × <paramref name="heightMetres"/> centred on <paramref name="centre"/>, one track along it.</summary>
    public static Yard Around(GeoPoint centre, double widthMetres = 400, double heightMetres = 200)
    {
        var frame = new LocalMetricFrame(centre);
        var w = widthMetres / 2;
        var h = heightMetres / 2;
        var polygon = new[] { frame.ToGeo(-w, -h), frame.ToGeo(w, -h), frame.ToGeo(w, h), frame.ToGeo(-w, h) };
        var track = new Track("t1", [frame.ToGeo(-w * 0.9, 0), frame.ToGeo(w * 0.9, 0)]);
        return new Yard("test-yard", "Test yard", polygon, [track]);
    }

    /// <summary>Tumangang/Khasan-like position (UTM zone 52N).</summary>
    public static GeoPoint Tumangang => new(130.5985, 42.4175);
}
