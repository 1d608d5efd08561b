using System.IO.Compression;
using System.Text.Json.Nodes;
using TriageBot.Manifest.Tests.Support;

namespace TriageBot.Manifest.Tests;

public sealed class AppPackagerTests : IDisposable
{
    private readonly ManifestWorkspace _workspace = new();
    private readonly string _zip = Path.Combine(Path.GetTempPath(), $"triagebot-{Guid.NewGuid():N}.zip");

    public void Dispose()
    {
        _workspace.Dispose();
        File.Delete(_zip);
    }

    [Fact]
    public void Committed_manifest_with_test_ids_builds_a_package_Microsofts_validator_accepts()
    {
        var (package, faults) = AppPackager.Build(_workspace.Request());

        Assert.Empty(faults);
        Assert.NotNull(package);
        package.WriteZip(_zip);
        var extracted = Path.Combine(_workspace.Directory, "from-zip.json");
        using (var zip = ZipFile.OpenRead(_zip))
        {
            zip.GetEntry("manifest.json")!.ExtractToFile(extracted);
        }
        var check = MicrosoftSchemaCheck.Run(extracted);
        Assert.True(check.Valid, string.Join("\n", check.Errors));
        Assert.Equal("v1.30", check.Schema);
    }

    [Fact]
    public void Zip_holds_exactly_the_manifest_and_both_icons_at_its_root_with_the_ids_filled_in()
    {
        var (package, faults) = AppPackager.Build(_workspace.Request());
        Assert.Empty(faults);
        package!.WriteZip(_zip);

        using var zip = ZipFile.OpenRead(_zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var text = reader.ReadToEnd();
        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(text)!;
        Assert.Equal(ManifestWorkspace.AppId, (string?)manifest["id"]);
        Assert.Equal(ManifestWorkspace.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("Plymouth Safeguarding Team", (string?)manifest["developer"]!["name"]);
        Assert.Equal("https://example.org/triagebot/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("TriageBot", (string?)manifest["name"]!["short"]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.ManifestDirectory, "color.png")), ReadEntry(zip, "color.png"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.ManifestDirectory, "outline.png")), ReadEntry(zip, "outline.png"));
    }

    [Fact]
    public void Values_with_quotes_backslashes_and_accents_stay_exact_JSON_strings()
    {
        const string developer = "Dév \"Q\" \\ Ltd";
        var (package, faults) = AppPackager.Build(_workspace.Request() with { DeveloperName = developer, AppName = "Tri \"Bot\"" });
        Assert.Empty(faults);
        package!.WriteZip(_zip);

        using var zip = ZipFile.OpenRead(_zip);
        var manifest = JsonNode.Parse(ReadEntry(zip, "manifest.json"))!;
        Assert.Equal(developer, (string?)manifest["developer"]!["name"]);
        Assert.Equal("Tri \"Bot\"", (string?)manifest["name"]!["short"]);
        Assert.StartsWith("Tri \"Bot\": ", (string?)manifest["name"]!["full"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_inputs_give_the_same_zip_bytes()
    {
        var (package, _) = AppPackager.Build(_workspace.Request());
        package!.WriteZip(_zip);
        var first = File.ReadAllBytes(_zip);
        AppPackager.Build(_workspace.Request()).Package!.WriteZip(_zip);

        Assert.Equal(first, File.ReadAllBytes(_zip));
    }

    [Fact]
    public void A_version_option_replaces_the_manifest_version_and_must_be_semver()
    {
        Assert.Equal("1.2.3", (string?)AppPackager.Build(_workspace.Request() with { Version = "1.2.3" }).Package!.Manifest["version"]);

        var (package, faults) = AppPackager.Build(_workspace.Request() with { Version = "1.2" });
        Assert.Null(package);
        Assert.Contains(faults, f => f.ToString() == "version: version '1.2' is not MAJOR.MINOR.PATCH (like 1.0.1)");
    }

    public static TheoryData<string, string> BrokenInputs => new()
    {
        { "missing bot id", "bots[0].botId: bot id is missing" },
        { "bot id not a GUID", "bots[0].botId: bot id 'my-bot' is not a GUID" },
        { "app id not a GUID", "id: app id '{4f1d7e2a-8b3c-4d5e-a6f7-0123456789ab}' is not a GUID" },
        { "colour icon 100x100", "icons.color: color icon 'color.png' is 100x100 pixels; it must be 192x192" },
        { "outline icon 48x48", "icons.outline: outline icon 'outline.png' is 48x48 pixels; it must be 32x32" },
        { "outline icon with a red mark", "icons.outline: outline icon 'outline.png' has 16 visible pixels that are not white (first at x=10, y=10)" },
        { "outline icon with one off-white pixel", "icons.outline: outline icon 'outline.png' has 1 visible pixels that are not white (first at x=31, y=0)" },
        { "outline icon missing", "icons.outline: icon file 'outline.png' is missing" },
        { "colour icon not a PNG", "icons.color: icon 'color.png' is not a PNG file" },
        { "unknown bot scope", "bots[0].scopes[3]: unknown scope 'channel'" },
        { "command list for an undeclared scope", "bots[0].commandLists[2].scopes: command list for scope 'team', which the bot does not declare" },
        { "full description too long", "description.full: full description is 4001 characters; the limit is 4000" },
        { "short description too long", "description.short: short description is 81 characters; the limit is 80" },
        { "short name too long", "name.short: short name is 31 characters; the limit is 30" },
        { "leftover placeholder", "description.full: leftover placeholder ${{TENANT_ID}}" },
        { "mistyped placeholder", "name.full: leftover placeholder ${{ APP_NAME }" },
        { "older manifest version", "manifestVersion: manifestVersion is '1.29' but this tool validates against schema 1.30" },
        { "developer site over http", "developer.websiteUrl: 'http://example.org' is not an absolute https:// URL" },
        { "accent colour not hex", "accentColor: schema: does not match the pattern" },
        { "property the schema does not know", "schema: property 'colour' is not in the schema" },
    };

    [Theory]
    [MemberData(nameof(BrokenInputs))]
    public void Broken_input_is_refused_with_a_message_naming_the_fault(string brokenInput, string expected)
    {
        var request = Break(brokenInput);

        var (package, faults) = AppPackager.Build(request);

        Assert.Null(package);
        Assert.Contains(faults, f => f.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    public static TheoryData<string> SchemaLevelFaults => new()
    {
        "bot id not a GUID", "unknown bot scope", "full description too long", "short description too long",
        "short name too long", "older manifest version", "accent colour not hex", "property the schema does not know",
    };

    // The tool's own rules restate the schema; Microsoft's validator must agree each of these is invalid.
    [Theory]
    [MemberData(nameof(SchemaLevelFaults))]
    public void Microsofts_validator_also_rejects_what_the_tool_refuses(string brokenInput)
    {
        var request = Break(brokenInput);
        var filled = ManifestTemplate.Fill(JsonNode.Parse(File.ReadAllText(_workspace.ManifestPath))!.AsObject(),
            new Dictionary<string, string>
            {
                [ManifestTemplate.AppId] = request.AppId!,
                [ManifestTemplate.BotId] = request.BotId!,
                [ManifestTemplate.AppName] = request.AppName,
                [ManifestTemplate.DeveloperName] = request.DeveloperName!,
                [ManifestTemplate.WebsiteUrl] = request.WebsiteUrl!,
                [ManifestTemplate.PrivacyUrl] = request.PrivacyUrl!,
                [ManifestTemplate.TermsUrl] = request.TermsUrl!,
            });
        File.WriteAllText(_workspace.ManifestPath, filled.ToJsonString());

        Assert.False(MicrosoftSchemaCheck.Run(_workspace.ManifestPath).Valid);
    }

    private PackageRequest Break(string brokenInput)
    {
        var request = _workspace.Request();
        switch (brokenInput)
        {
            case "missing bot id":
                return _workspace.Request(botId: null);
            case "bot id not a GUID":
                return _workspace.Request(botId: "my-bot");
            case "app id not a GUID":
                return _workspace.Request(appId: "{" + ManifestWorkspace.AppId + "}");
            case "colour icon 100x100":
                _workspace.WriteIcon("color.png", TestPng.Solid(100, 100, 27, 94, 122, 255));
                break;
            case "outline icon 48x48":
                _workspace.WriteIcon("outline.png", TestPng.Solid(48, 48, 255, 255, 255, 255));
                break;
            case "outline icon with a red mark":
                _workspace.WriteIcon("outline.png", TestPng.Draw(32, 32, (x, y) =>
                    x is >= 10 and < 14 && y is >= 10 and < 14 ? ((byte)200, (byte)0, (byte)0, (byte)255) : ((byte)255, (byte)255, (byte)255, (byte)0)));
                break;
            case "outline icon with one off-white pixel":
                _workspace.WriteIcon("outline.png", TestPng.Draw(32, 32, (x, y) =>
                    x == 31 && y == 0 ? ((byte)254, (byte)255, (byte)255, (byte)255) : ((byte)255, (byte)255, (byte)255, (byte)(x % 2 * 255))));
                break;
            case "outline icon missing":
                File.Delete(Path.Combine(_workspace.Directory, "outline.png"));
                break;
            case "colour icon not a PNG":
                _workspace.WriteIcon("color.png", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);
                break;
            case "unknown bot scope":
                _workspace.EditManifest(m => m["bots"]![0]!["scopes"]!.AsArray().Add("channel"));
                break;
            case "command list for an undeclared scope":
                _workspace.EditManifest(m => m["bots"]![0]!["scopes"] = new JsonArray("personal", "groupChat"));
                break;
            case "full description too long":
                _workspace.EditManifest(m => m["description"]!["full"] = new string('a', 4001));
                break;
            case "short description too long":
                // 81 characters, one of them outside the BMP: the limit counts characters, not UTF-16 units.
                _workspace.EditManifest(m => m["description"]!["short"] = "\U0001F6E1" + new string('a', 80));
                break;
            case "short name too long":
                return request with { AppName = new string('N', 31) };
            case "leftover placeholder":
                _workspace.EditManifest(m => m["description"]!["full"] = "For tenant ${{TENANT_ID}}.");
                break;
            case "mistyped placeholder":
                _workspace.EditManifest(m => m["name"]!["full"] = "${{ APP_NAME }: Plymouth guide");
                break;
            case "older manifest version":
                _workspace.EditManifest(m => m["manifestVersion"] = "1.29");
                break;
            case "developer site over http":
                return request with { WebsiteUrl = "http://example.org" };
            case "accent colour not hex":
                _workspace.EditManifest(m => m["accentColor"] = "teal");
                break;
            case "property the schema does not know":
                _workspace.EditManifest(m => m["colour"] = "#1B5E7A");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(brokenInput), brokenInput, null);
        }
        return request;
    }

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
