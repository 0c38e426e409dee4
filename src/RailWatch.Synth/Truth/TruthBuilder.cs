using System.Globalization;

namespace RailWatch.Synth;

/// <summary>Computes a scene's truth from its model: where each car is, whether it can be seen, how much of each track is observed.</summary>
internal static class TruthBuilder
{
    public static SceneTruth Build(SceneModel m, bool[] valid)
    {
        var o = m.Options;
        var tracks = new List<TrackTruth>();
        double observedLength = 0, totalLength = 0;
        foreach (var track in m.Tracks)
        {
            var cars = m.Cars.Where(c => c.TrackId == track.Id).Select(c => CarTruthOf(m, c)).ToList();
            var samples = Math.Max(2, (int)Math.Ceiling(track.Length));
            var clear = 0;
            for (var i = 0; i < samples; i++)
            {
                var (x, y) = track.At(track.Length * (i + 0.5) / samples);
                if (Clear(m, x, y))
                {
                    clear++;
                }
            }

            var observed = (double)clear / samples;
            observedLength += observed * track.Length;
            totalLength += track.Length;
            tracks.Add(new TrackTruth { Id = track.Id, ObservedFraction = Math.Round(observed, 4), Cars = cars });
        }

        return new SceneTruth
        {
            YardId = m.Yard.Id,
            Seed = o.Seed,
            Acquired = o.Acquired,
            Sensor = o.Sensor,
            Season = o.Season,
            GsdMetres = o.GsdMetres,
            Crs = m.Grid.Projection.Crs,
            Width = m.Grid.Width,
            Height = m.Grid.Height,
            GeolocationError = m.Error,
            CloudFraction = Math.Round(CloudFraction(m), 4),
            NodataFraction = Math.Round(valid.Count(v => !v) / (double)valid.Length, 4),
            OptionsSummary = Summary(o),
            Tracks = tracks,
            ObservedFraction = totalLength > 0 ? Math.Round(observedLength / totalLength, 4) : 0,
        };
    }

    private static CarTruth CarTruthOf(SceneModel m, Railcar car)
    {
        var f = car.Footprint;
        const double step = 0.5;
        var na = Math.Max(3, (int)Math.Ceiling(f.HalfL * 2 / step));
        var nc = Math.Max(3, (int)Math.Ceiling(f.HalfW * 2 / step));
        var clear = 0;
        for (var i = 0; i < na; i++)
        {
            var a = -f.HalfL + (f.HalfL * 2 * (i + 0.5) / na);
            for (var j = 0; j < nc; j++)
            {
                var c = -f.HalfW + (f.HalfW * 2 * (j + 0.5) / nc);
                if (Clear(m, f.Cx + (f.Ux * a) - (f.Uy * c), f.Cy + (f.Uy * a) + (f.Ux * c)))
                {
                    clear++;
                }
            }
        }

        var fraction = (double)clear / (na * nc);
        var centre = m.Frame.ToGeo(f.Cx, f.Cy);
        var heading = Math.Atan2(f.Ux, f.Uy) * 180 / Math.PI;
        heading = ((heading % 180) + 180) % 180;
        return new CarTruth
        {
            Type = car.Spec.Type,
            Center = [Math.Round(centre.Lon, 8), Math.Round(centre.Lat, 8)],
            LengthM = Math.Round(car.Spec.Length, 3),
            WidthM = Math.Round(car.Spec.Width, 3),
            HeadingDeg = Math.Round(heading, 2),
            ClearFraction = Math.Round(fraction, 4),
            Visible = fraction >= SceneTruth.VisibleClearFraction,
        };
    }

    /// <summary>A ground point is clear when its pixel holds data and no opaque cloud is above it.</summary>
    internal static bool Clear(SceneModel m, double x, double y)
    {
        var (c, r) = m.Grid.LocalToPixel.Apply(x, y);
        if (c < 0 || r < 0 || c >= m.Grid.Width || r >= m.Grid.Height)
        {
            return false;
        }

        if (m.Nodata.IsNodata(Math.Floor(c) + 0.5, Math.Floor(r) + 0.5))
        {
            return false;
        }

        if (m.Clouds.Empty)
        {
            return true;
        }

        // The truth judges the cloud where the pixel's centre is, as the cloud mask does.
        var (px, py) = m.Grid.PixelToLocal.Apply(Math.Floor(c) + 0.5, Math.Floor(r) + 0.5);
        return m.Clouds.Opacity(px, py) < SceneTruth.OpaqueCloudOpacity;
    }

    private static double CloudFraction(SceneModel m)
    {
        if (m.Clouds.Empty)
        {
            return 0;
        }

        var ring = m.YardRing;
        var minX = ring.Min(p => p.X);
        var maxX = ring.Max(p => p.X);
        var minY = ring.Min(p => p.Y);
        var maxY = ring.Max(p => p.Y);
        var step = Math.Max(2, Math.Sqrt((maxX - minX) * (maxY - minY) / 20000));
        int inside = 0, cloudy = 0;
        for (var y = minY + (step / 2); y < maxY; y += step)
        {
            for (var x = minX + (step / 2); x < maxX; x += step)
            {
                if (!Core.Geometry.PlanarGeometry.Contains(ring, (x, y)))
                {
                    continue;
                }

                inside++;
                if (m.Clouds.Opacity(x, y) >= SceneTruth.OpaqueCloudOpacity)
                {
                    cloudy++;
                }
            }
        }

        return inside == 0 ? 0 : (double)cloudy / inside;
    }

    private static string Summary(SceneOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"gsd {o.GsdMetres} m, {o.Season}, {o.Sensor}, {o.Crs}, occupancy {(o.CarCount is { } n ? $"{n} cars" : o.Occupancy.ToString("0.##", CultureInfo.InvariantCulture))}, " +
        $"clouds {o.CloudCover:0.##}, haze {o.Haze:0.##}, noise {o.NoiseSigma:0.###}, jpeg {(o.JpegQuality?.ToString(CultureInfo.InvariantCulture) ?? "none")}, " +
        $"geolocation error {o.GeolocationErrorMetres:0.#} m, sun {o.SunAzimuthDegrees:0}°/{o.SunElevationDegrees:0}°, nodata edge {o.NodataEdgeFraction:0.##}, " +
        $"blur {o.BlurPixels:0.##} px, gain {o.Gain:0.##}, offset {o.Offset:0.###}, clutter {(o.Clutter ? "on" : "off")}, catenary {(o.Catenary ? "on" : "off")}{(o.RustyTrackBeds ? ", rusty track beds" : "")}" +
        $"{(o.OffNadirDegrees > 0 ? $", off nadir {o.OffNadirDegrees:0.#}° from azimuth {o.ViewAzimuthDegrees:0}°" : "")}" +
        $"{(o.OvergrownYard ? ", overgrown" : "")}");
}
