using System.Text.Json.Nodes;

namespace TriageBot.Manifest.Tests;

public sealed class ManifestTemplateTests
{
    [Fact]
    public void Fill_replaces_known_tokens_anywhere_in_a_string_and_leaves_the_template_untouched()
    {
        var template = JsonNode.Parse("""{ "name": { "short": "${{APP_NAME}}", "full": "${{APP_NAME}}: guide" }, "list": ["${{OTHER}}"] }""")!.AsObject();

        var filled = ManifestTemplate.Fill(template, new Dictionary<string, string> { ["APP_NAME"] = "Bot \"B\"" });

        Assert.Equal("Bot \"B\"", (string?)filled["name"]!["short"]);
        Assert.Equal("Bot \"B\": guide", (string?)filled["name"]!["full"]);
        Assert.Equal("${{OTHER}}", (string?)filled["list"]![0]);
        Assert.Equal("${{APP_NAME}}", (string?)template["name"]!["short"]);
    }

    [Fact]
    public void FindPlaceholders_reports_each_token_with_its_place_including_mistyped_ones()
    {
        var manifest = JsonNode.Parse("""{ "a": "${{X}}", "b": [{ "c": "x ${{ Y } y" }], "d": "${{Z" }""")!;

        var found = ManifestTemplate.FindPlaceholders(manifest).ToList();

        Assert.Equal([("a", "${{X}}"), ("b[0].c", "${{ Y }"), ("d", "${{Z")], found);
    }
}
