using System.Text.Json.Nodes;

namespace TriageBot.Manifest;

/// <summary>Decides whether a manifest and its icons can be uploaded to Teams. The tool's own rules come
/// first, with messages a deployer can act on; the schema check then catches everything else.</summary>
public static class ManifestValidator
{
    public const int ColorIconSize = 192;
    public const int OutlineIconSize = 32;

    private static readonly string[] KnownScopes = ["personal", "groupChat", "team", "copilot"];

    // The schema's limits, restated so an over-long text is named in plain words (counted in characters).
    private static readonly (string Path, string What, int Max)[] Lengths =
    [
        ("name.short", "short name", 30),
        ("name.full", "full name", 100),
        ("description.short", "short description", 80),
        ("description.full", "full description", 4000),
        ("developer.name", "developer name", 32),
    ];

    /// <param name="manifest">The parsed manifest.json.</param>
    /// <param name="readFile">Reads a file named by the manifest (an icon) from the package; null if absent.</param>
    public static IReadOnlyList<ManifestFault> Validate(JsonObject manifest, Func<string, byte[]?> readFile)
    {
        var faults = new List<ManifestFault>();
        CheckVersion(manifest, faults);
        CheckGuid(manifest["id"], "id", "app id", faults);
        CheckBot(manifest, faults);
        CheckLengths(manifest, faults);
        CheckDeveloperUrls(manifest, faults);
        foreach (var (path, token) in ManifestTemplate.FindPlaceholders(manifest).Where(p => !faults.Any(f => f.Path == p.Path)))
        {
            faults.Add(new(path, $"leftover placeholder {token}: give its value on the command line or edit manifest.json"));
        }
        CheckIcons(manifest, readFile, faults);

        // One fault per place is enough: the schema's wording for a place already named above adds nothing.
        var named = faults.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        faults.AddRange(TeamsSchema.Validate(manifest.ToJsonString()).Where(f => !named.Contains(f.Path)));
        return faults;
    }

    private static void CheckVersion(JsonObject manifest, List<ManifestFault> faults)
    {
        var version = Text(manifest["manifestVersion"]);
        if (version != TeamsSchema.ManifestVersion)
        {
            faults.Add(new("manifestVersion",
                $"manifestVersion is '{version}' but this tool validates against schema {TeamsSchema.ManifestVersion}"));
        }
        var schema = Text(manifest["$schema"]);
        if (schema != TeamsSchema.Url)
        {
            faults.Add(new("$schema", $"$schema is '{schema}', expected {TeamsSchema.Url}"));
        }
    }

    private static void CheckBot(JsonObject manifest, List<ManifestFault> faults)
    {
        if (manifest["bots"] is not JsonArray { Count: 1 } bots || bots[0] is not JsonObject bot)
        {
            faults.Add(new("bots", "the manifest must declare exactly one bot"));
            return;
        }
        CheckGuid(bot["botId"], "bots[0].botId", "bot id", faults);

        var scopes = ScopesAt(bot["scopes"], "bots[0].scopes", faults);
        if (scopes.Count == 0)
        {
            faults.Add(new("bots[0].scopes", "the bot declares no scope (personal, groupChat or team)"));
        }
        if (bot["commandLists"] is not JsonArray lists)
        {
            return;
        }
        for (var i = 0; i < lists.Count; i++)
        {
            var path = $"bots[0].commandLists[{i}].scopes";
            foreach (var scope in ScopesAt(lists[i]?["scopes"], path, faults).Where(s => !scopes.Contains(s)))
            {
                faults.Add(new(path, $"command list for scope '{scope}', which the bot does not declare"));
            }
        }
    }

    private static List<string> ScopesAt(JsonNode? node, string path, List<ManifestFault> faults)
    {
        var scopes = new List<string>();
        if (node is not JsonArray array)
        {
            return scopes;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var scope = Text(array[i]);
            if (scope is not null && KnownScopes.Contains(scope, StringComparer.Ordinal))
            {
                scopes.Add(scope);
            }
            else
            {
                faults.Add(new($"{path}[{i}]", $"unknown scope '{scope}' (Teams knows {string.Join(", ", KnownScopes)})"));
            }
        }
        return scopes;
    }

    private static void CheckGuid(JsonNode? node, string path, string what, List<ManifestFault> faults)
    {
        var text = Text(node);
        if (string.IsNullOrWhiteSpace(text))
        {
            faults.Add(new(path, $"{what} is missing"));
        }
        else if (text.Contains("${{", StringComparison.Ordinal))
        {
            faults.Add(new(path, $"{what} is missing: the placeholder {text} was not filled"));
        }
        // Only the hyphenated 8-4-4-4-12 form: the schema's pattern rejects braces and bare hex.
        else if (!Guid.TryParseExact(text, "D", out _))
        {
            faults.Add(new(path, $"{what} '{text}' is not a GUID (like 00000000-0000-0000-0000-000000000000)"));
        }
    }

    private static void CheckLengths(JsonObject manifest, List<ManifestFault> faults)
    {
        foreach (var (path, what, max) in Lengths)
        {
            var parts = path.Split('.');
            if (Text(manifest[parts[0]]?[parts[1]]) is not { } text)
            {
                continue;
            }
            // JSON Schema's maxLength counts code points, not UTF-16 units.
            var length = text.EnumerateRunes().Count();
            if (length > max)
            {
                faults.Add(new(path, $"{what} is {length} characters; the limit is {max}"));
            }
        }
    }

    private static void CheckDeveloperUrls(JsonObject manifest, List<ManifestFault> faults)
    {
        foreach (var key in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            var text = Text(manifest["developer"]?[key]);
            if (text is null || text.Contains("${{", StringComparison.Ordinal))
            {
                continue; // absent: the schema says so; a placeholder: reported as one
            }
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                faults.Add(new($"developer.{key}", $"'{text}' is not an absolute https:// URL"));
            }
        }
    }

    private static void CheckIcons(JsonObject manifest, Func<string, byte[]?> readFile, List<ManifestFault> faults)
    {
        foreach (var (key, size, outline) in new[] { ("color", ColorIconSize, false), ("outline", OutlineIconSize, true) })
        {
            var path = $"icons.{key}";
            var name = Text(manifest["icons"]?[key]);
            if (string.IsNullOrWhiteSpace(name))
            {
                faults.Add(new(path, $"the {key} icon is not named"));
                continue;
            }
            if (!AppPackage.IsRootFileName(name))
            {
                faults.Add(new(path, $"icon '{name}' must be a file name at the package root, without folders"));
                continue;
            }
            if (readFile(name) is not { } bytes)
            {
                faults.Add(new(path, $"icon file '{name}' is missing"));
                continue;
            }
            if (PngIcon.TryDecode(bytes, out var error) is not { } icon)
            {
                faults.Add(new(path, $"icon '{name}' {error}"));
                continue;
            }
            if (icon.Width != size || icon.Height != size)
            {
                faults.Add(new(path, $"{key} icon '{name}' is {icon.Width}x{icon.Height} pixels; it must be {size}x{size}"));
            }
            if (outline)
            {
                var wrong = icon.NonWhiteVisiblePixels().ToList();
                if (wrong.Count > 0)
                {
                    faults.Add(new(path, $"outline icon '{name}' has {wrong.Count} visible pixels that are not white " +
                        $"(first at x={wrong[0].X}, y={wrong[0].Y}); it must be white on transparent only"));
                }
            }
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
