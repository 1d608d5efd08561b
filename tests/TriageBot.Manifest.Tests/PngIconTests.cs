using TriageBot.Manifest.Tests.Support;

namespace TriageBot.Manifest.Tests;

public sealed class PngIconTests
{
    [Fact]
    public void Decodes_size_and_finds_visible_pixels_that_are_not_white()
    {
        var png = TestPng.Draw(5, 3, (x, y) => (x, y) switch
        {
            (4, 2) => ((byte)0, (byte)0, (byte)255, (byte)128), // half-transparent blue: visible, so wrong
            (0, 0) => ((byte)255, (byte)0, (byte)0, (byte)0),   // fully transparent red: invisible, fine
            _ => ((byte)255, (byte)255, (byte)255, (byte)255),
        });

        var icon = PngIcon.TryDecode(png, out var error);

        Assert.NotNull(icon);
        Assert.Equal("", error);
        Assert.Equal((5, 3), (icon.Width, icon.Height));
        Assert.Equal([(4, 2)], icon.NonWhiteVisiblePixels());
    }

    [Fact]
    public void A_file_that_is_not_a_PNG_is_named_so()
    {
        Assert.Null(PngIcon.TryDecode("GIF89a"u8.ToArray(), out var error));
        Assert.Equal("is not a PNG file", error);
    }

    [Fact]
    public void A_truncated_PNG_is_refused_without_crashing()
    {
        var png = TestPng.Solid(32, 32, 255, 255, 255, 255);

        Assert.Null(PngIcon.TryDecode(png[..40], out var error));
        Assert.StartsWith("is not a readable PNG", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_claiming_a_huge_image_is_refused_before_decoding()
    {
        var png = TestPng.Solid(1, 1, 255, 255, 255, 255);
        png[16] = 0x7F; // width 2 billion pixels (the CRC no longer matches either)

        Assert.Null(PngIcon.TryDecode(png, out var error));
        Assert.StartsWith("is not a readable PNG (no header, or a side of 0 or more than 4096 pixels)", error, StringComparison.Ordinal);
    }
}
