using System.Buffers.Binary;
using StbImageSharp;

namespace TriageBot.Manifest;

/// <summary>A decoded PNG icon as 8-bit RGBA pixels, row by row.</summary>
public sealed class PngIcon
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // Icons are at most 192 pixels; a header claiming more than this is refused before any memory is taken for pixels.
    private const int MaxSide = 4096;

    private PngIcon(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Rgba { get; }

    /// <summary>Decodes <paramref name="bytes"/>, or returns null with the reason in <paramref name="error"/>.</summary>
    public static PngIcon? TryDecode(byte[] bytes, out string error)
    {
        // The decoder also reads JPEG, GIF and BMP; Teams takes PNG only.
        if (bytes.Length < Signature.Length || !bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            error = "is not a PNG file";
            return null;
        }
        // IHDR is always the first chunk: width and height are big-endian at bytes 16 and 20.
        if (bytes.Length < 24 ||
            BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16)) is 0 or > MaxSide ||
            BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20)) is 0 or > MaxSide)
        {
            error = $"is not a readable PNG (no header, or a side of 0 or more than {MaxSide} pixels)";
            return null;
        }
        try
        {
            var image = ImageResult.FromMemory(bytes, ColorComponents.RedGreenBlueAlpha);
            error = "";
            return new PngIcon(image.Width, image.Height, image.Data);
        }
        catch (Exception e) when (e is InvalidOperationException or IndexOutOfRangeException or ArgumentException)
        {
            // stb_image reports bad data with InvalidOperationException; truncated data can also overrun.
            error = $"is not a readable PNG ({e.Message})";
            return null;
        }
    }

    /// <summary>Pixels that are at least partly visible and not pure white, as (x, y) positions.</summary>
    public IEnumerable<(int X, int Y)> NonWhiteVisiblePixels()
    {
        for (var i = 0; i < Rgba.Length; i += 4)
        {
            var visible = Rgba[i + 3] > 0;
            var white = Rgba[i] == 255 && Rgba[i + 1] == 255 && Rgba[i + 2] == 255;
            if (visible && !white)
            {
                var pixel = i / 4;
                yield return (pixel % Width, pixel / Width);
            }
        }
    }
}
