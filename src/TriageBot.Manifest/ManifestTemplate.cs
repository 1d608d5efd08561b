using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TriageBot.Manifest;

/// <summary>manifest/manifest.json holds <c>${{NAME}}</c> tokens where deployment values go. Filling works on
/// the parsed JSON tree: each string value is rewritten and set back as a JSON string, so a value with
/// quotes or backslashes is escaped by the serialiser, never spliced into JSON text.</summary>
public static partial class ManifestTemplate
{
    public const string AppId = "APP_ID";
    public const string BotId = "BOT_ID";
    public const string AppName = "APP_NAME";
    public const string DeveloperName = "DEVELOPER_NAME";
    public const string WebsiteUrl = "WEBSITE_URL";
    public const string PrivacyUrl = "PRIVACY_URL";
    public const string TermsUrl = "TERMS_URL";

    /// <summary>A copy of <paramref name="template"/> with every token whose name is in
    /// <paramref name="values"/> replaced; unknown tokens are left for <see cref="FindPlaceholders"/> to report.</summary>
    public static JsonObject Fill(JsonObject template, IReadOnlyDictionary<string, string> values)
    {
        var copy = template.DeepClone().AsObject();
        foreach (var (value, text) in StringValues(copy).ToList())
        {
            var filled = Token().Replace(text, m => values.TryGetValue(m.Groups["name"].Value, out var v) ? v : m.Value);
            if (!string.Equals(filled, text, StringComparison.Ordinal))
            {
                value.ReplaceWith(JsonValue.Create(filled));
            }
        }
        return copy;
    }

    /// <summary>Every token still present, with where it is (<c>bots[0].botId</c>).</summary>
    public static IEnumerable<(string Path, string Token)> FindPlaceholders(JsonNode root) =>
        from item in StringValues(root)
        from Match m in Leftover().Matches(item.Text)
        select (SchemaPath(item.Node), m.Value);

    [GeneratedRegex(@"\$\{\{(?<name>[A-Za-z0-9_]+)\}\}")]
    private static partial Regex Token();

    // Looser than Token: also a token mistyped in editing ("${{ BOT_ID }", "${{BOTID"), which must not ship as text.
    [GeneratedRegex(@"\$\{\{[^}]*\}{0,2}")]
    private static partial Regex Leftover();

    private static IEnumerable<(JsonNode Node, string Text)> StringValues(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    foreach (var item in StringValues(child))
                    {
                        yield return item;
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var item in StringValues(child))
                    {
                        yield return item;
                    }
                }
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return (value, text);
                break;
        }
    }

    /// <summary>JSONPath without the leading <c>$.</c>, matching the schema validator's paths.</summary>
    public static string SchemaPath(JsonNode node)
    {
        var path = node.GetPath();
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
