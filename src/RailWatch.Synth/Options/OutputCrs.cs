namespace RailWatch.Synth;

/// <summary>The coordinate reference system of a rendered product's north-up pixel grid.</summary>
public enum OutputCrs
{
    /// <summary>The WGS84 UTM zone of the yard's centre (EPSG:326xx / 327xx), square pixels of the GSD in metres.</summary>
    Utm,

    /// <summary>Geographic longitude/latitude (EPSG:4326), pixel sizes in degrees equal to the GSD at the yard.</summary>
    Wgs84,

    /// <summary>Web Mercator (EPSG:3857), pixel size the GSD divided by the cosine of the latitude.</summary>
    WebMercator,
}
