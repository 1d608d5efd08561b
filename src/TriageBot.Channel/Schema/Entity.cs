using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Channel.Schema;

/// <summary>
/// Metadata attached to an activity (Activity spec, "Entities"). Only <c>type</c> is common; the rest of each
/// entity stays in <see cref="Properties"/> and is exposed through typed views such as <see cref="AsMention"/>.
/// </summary>
public sealed class Entity
{
    public const string MentionType = "mention";

    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The mention view of this entity, or null when it is not a well-formed <c>mention</c>.</summary>
    public Mention? AsMention()
    {
        if (!string.Equals(Type, MentionType, StringComparison.Ordinal) || Properties is null)
        {
            return null;
        }

        ChannelAccount? mentioned = null;
        if (Properties.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object)
        {
            mentioned = m.Deserialize<ChannelAccount>(ActivityJson.Options);
        }

        string? text = Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return mentioned is null ? null : new Mention(mentioned, text);
    }

    /// <summary>Builds a <c>mention</c> entity, for replies that @mention someone.</summary>
    public static Entity FromMention(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["mentioned"] = JsonSerializer.SerializeToElement(mention.Mentioned, ActivityJson.Options),
        };
        if (mention.Text is not null)
        {
            properties["text"] = JsonSerializer.SerializeToElement(mention.Text, ActivityJson.Options);
        }

        return new Entity { Type = MentionType, Properties = properties };
    }
}
