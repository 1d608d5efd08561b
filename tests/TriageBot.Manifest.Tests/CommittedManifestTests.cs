using System.Text.Json.Nodes;
using TriageBot.Manifest.Tests.Support;

namespace TriageBot.Manifest.Tests;

/// <summary>What is committed in manifest/: the template and the two icons.</summary>
public sealed class CommittedManifestTests
{
    private static readonly JsonNode Manifest =
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.ManifestDirectory, "manifest.json")))!;

    private static PngIcon Icon(string name) =>
        PngIcon.TryDecode(File.ReadAllBytes(Path.Combine(RepoPaths.ManifestDirectory, name)), out var error)
        ?? throw new InvalidOperationException(error);

    [Fact]
    public void Colour_icon_is_192_pixels_square_fully_opaque_on_the_accent_colour()
    {
        var icon = Icon((string)Manifest["icons"]!["color"]!);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Rgba.Where((_, i) => i % 4 == 3), alpha => Assert.Equal(255, alpha));
        var accent = Convert.FromHexString(((string)Manifest["accentColor"]!)[1..]);
        Assert.Equal(accent, icon.Rgba[..3]); // top-left corner is background
    }

    [Fact]
    public void Outline_icon_is_32_pixels_square_white_on_transparent_with_a_visible_shape()
    {
        var icon = Icon((string)Manifest["icons"]!["outline"]!);

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Empty(icon.NonWhiteVisiblePixels());
        var opaque = icon.Rgba.Where((_, i) => i % 4 == 3).Count(alpha => alpha == 255);
        var clear = icon.Rgba.Where((_, i) => i % 4 == 3).Count(alpha => alpha == 0);
        Assert.InRange(opaque, 100, 600);
        Assert.InRange(clear, 300, 900);
    }

    [Fact]
    public void Bot_works_in_personal_group_chat_and_team_scopes_without_files()
    {
        var bot = Manifest["bots"]![0]!;

        Assert.Equal(["personal", "groupChat", "team"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.False((bool)bot["supportsFiles"]!);
        Assert.Equal("${{BOT_ID}}", (string?)bot["botId"]);
        Assert.Equal("${{APP_ID}}", (string?)Manifest["id"]);
    }

    [Fact]
    public void Each_scope_has_its_own_command_list_of_the_four_commands_with_descriptions()
    {
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray();

        Assert.Equal(["personal", "groupChat", "team"], lists.Select(l => (string)l!["scopes"]!.AsArray().Single()!));
        Assert.All(lists, list =>
        {
            var commands = list!["commands"]!.AsArray();
            Assert.Equal(["help", "start", "who do I call now", "start again"], commands.Select(c => (string)c!["title"]!));
            Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
        });
    }

    [Fact]
    public void Descriptions_say_plainly_what_TriageBot_does_and_does_not_do()
    {
        var full = (string)Manifest["description"]!["full"]!;

        Assert.StartsWith(
            "TriageBot advises; people decide. It helps professionals worried about a child in Plymouth work out the " +
            "level of need, who to contact now and the consent step, using the Plymouth threshold guidance. It does not " +
            "make referrals for you and is not an emergency service: in an emergency call 999.",
            full, StringComparison.Ordinal);
        Assert.InRange(((string)Manifest["description"]!["short"]!).Length, 1, 80);
        Assert.InRange(full.Length, 1, 4000);
    }

    [Fact]
    public void Manifest_declares_the_schema_version_the_tool_validates_against()
    {
        Assert.Equal(TeamsSchema.Url, (string?)Manifest["$schema"]);
        Assert.Equal(TeamsSchema.ManifestVersion, (string?)Manifest["manifestVersion"]);
        Assert.Equal((string?)Manifest["accentColor"], ReadAccentFromDrawScript());
    }

    // The colour icon's background and accentColor must stay one colour.
    private static string ReadAccentFromDrawScript()
    {
        var script = File.ReadAllLines(Path.Combine(RepoPaths.ManifestDirectory, "icons", "draw-icons.sh"));
        var line = script.Single(l => l.StartsWith("ACCENT=", StringComparison.Ordinal));
        return line.Split('\'')[1];
    }
}
