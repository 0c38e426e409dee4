using System.Globalization;
using System.Text;
using OpenCvSharp;
using RailWatch.Vision.Occupancy;
using RailWatch.Vision.Segmentation;

namespace RailWatch.Vision.Diagnostics;

/// <summary>
/// Writes each rectified strip as a PNG (along the track left to right, lateral offsets top to bottom) with the
/// cars found outlined in green, unseen samples tinted red, and the car probability as a bar under the strip.
/// </summary>
internal static class StripDebugWriter
{
    private const int Zoom = 3;

    public static void Write(string directory, string yardId, IReadOnlyList<TrackProfile> profiles, IReadOnlyList<IReadOnlyList<CarSegment>> cars)
    {
        Directory.CreateDirectory(directory);
        for (var k = 0; k < profiles.Count; k++)
        {
            var p = profiles[k];
            var s = p.Strip;
            const int bar = 8;
            var h = (s.Width + bar) * Zoom;
            var w = s.Length * Zoom;
            var buffer = new byte[h * w * 3];
            void Put(int row, int col, (byte B, byte G, byte R) c)
            {
                var o = ((row * w) + col) * 3;
                buffer[o] = c.B;
                buffer[o + 1] = c.G;
                buffer[o + 2] = c.R;
            }
            for (var t = 0; t < s.Length; t++)
            {
                for (var v = 0; v < s.Width; v++)
                {
                    var i = s.Index(t, v);
                    var g = (byte)Math.Clamp((int)(s.Luma[i] * 255), 0, 255);
                    var px = s.Visible[i] ? (g, g, g) : ((byte)(g / 2), (byte)(g / 2), (byte)Math.Min(255, 128 + (g / 2)));
                    for (var dy = 0; dy < Zoom; dy++)
                    {
                        for (var dx = 0; dx < Zoom; dx++)
                        {
                            // Row 0 is the left side of the track (largest offset).
                            Put(((s.Width - 1 - v) * Zoom) + dy, (t * Zoom) + dx, px);
                        }
                    }
                }

                var level = (byte)Math.Clamp((int)(p.Probability[t] * 255), 0, 255);
                var barPx = ((byte)0, level, (byte)(255 - level));
                for (var dy = 0; dy < bar * Zoom; dy++)
                {
                    for (var dx = 0; dx < Zoom; dx++)
                    {
                        Put((s.Width * Zoom) + dy, (t * Zoom) + dx, barPx);
                    }
                }
            }

            using var img = Mat.FromPixelData(h, w, MatType.CV_8UC3, buffer);
            foreach (var car in cars[k])
            {
                var top = (int)(s.Width * 0.2) * Zoom;
                var bottom = (int)(s.Width * 0.8) * Zoom;
                Cv2.Rectangle(img, new Point(car.Start * Zoom, top), new Point((car.End * Zoom) - 2, bottom), new Scalar(0, 220, 0), 2);
            }

            var name = $"{Safe(yardId)}_{Safe(s.Path.Track.Id)}.png";
            var path = Path.Combine(directory, name);
            var tmp = Path.Combine(directory, "." + name + ".tmp.png");
            if (!Cv2.ImWrite(tmp, img))
            {
                throw new IOException($"{path}: could not write debug strip");
            }

            File.Move(tmp, path, overwrite: true);
        }
    }

    private static string Safe(string id)
    {
        var sb = new StringBuilder();
        foreach (var c in id)
        {
            sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return sb.ToString().ToString(CultureInfo.InvariantCulture);
    }
}
